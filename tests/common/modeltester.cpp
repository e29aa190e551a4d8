#include "tests/common/modeltester.h"

#include <QAbstractItemModelTester>

namespace hindsight::test {

QAbstractItemModelTester *testModel(QAbstractItemModel *model)
{
    return new QAbstractItemModelTester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest,
                                        model);
}

int rowsBelow(const QAbstractItemModel &model, const QModelIndex &parent)
{
    int n = 0;
    for (int r = 0; r < model.rowCount(parent); ++r)
        n += 1 + rowsBelow(model, model.index(r, 0, parent));
    return n;
}

QStringList columnTexts(const QAbstractItemModel &model, int column, const QModelIndex &parent)
{
    QStringList texts;
    for (int r = 0; r < model.rowCount(parent); ++r)
        texts << model.index(r, column, parent).data().toString();
    return texts;
}

} // namespace hindsight::test
