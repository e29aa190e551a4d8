#pragma once

// QAbstractItemModelTester over a model a test builds or a window shows.

class QAbstractItemModel;
class QAbstractItemModelTester;

namespace hindsight::test {

// Checks the model against QAbstractItemModel's contract now and after every change it announces
// (resets, inserted and removed rows, changed data, layout changes), for as long as it lives. A
// violation fails the running test. Returns the tester, owned by the model.
QAbstractItemModelTester *testModel(QAbstractItemModel *model);

} // namespace hindsight::test
