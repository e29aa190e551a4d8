#include "tests/common/modeltester.h"

#include <QAbstractItemModelTester>

namespace hindsight::test {

QAbstractItemModelTester *testModel(QAbstractItemModel *model)
{
    return new QAbstractItemModelTester(
        model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
}

} // namespace hindsight::test
