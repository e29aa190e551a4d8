#pragma once

// QAbstractItemModelTester over a model a test builds or a window shows, and what tests read
// back from a model.

#include <QModelIndex>
#include <QStringList>

class QAbstractItemModel;
class QAbstractItemModelTester;

namespace hindsight::test {

// Checks the model against QAbstractItemModel's contract now and after every change it announces
// (resets, inserted and removed rows, changed data, layout changes), for as long as it lives. A
// violation fails the running test. Returns the tester, owned by the model.
QAbstractItemModelTester *testModel(QAbstractItemModel *model);

// The rows under `parent` and all of theirs, down the tree.
int rowsBelow(const QAbstractItemModel &model, const QModelIndex &parent = {});
// The display text of one column of the rows under `parent`, top to bottom.
QStringList columnTexts(const QAbstractItemModel &model, int column, const QModelIndex &parent = {});

} // namespace hindsight::test
