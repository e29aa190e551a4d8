#pragma once

// What the main window's tests share: DESIGN.md's worked examples in a store, a candidate found
// in the sidebar, the text a label shows.

#include "core/interview.h"

#include <QModelIndex>
#include <QString>

class QTreeView;
class QWidget;

namespace hindsight::core {
class Store;
}

namespace hindsight::test {

// Candidate G's interview: three regrets, two product-level and one mixed, by Mette Lund.
core::Interview interviewG(core::Id candidate);

// DESIGN.md's worked examples: candidates K (Kim Keller) and G (Gus Green), each under both
// example roles (Fraud scoring pipeline, Payment backend), one submitted interview each.
void fillWorkedExamples(core::Store &store);

// The proxy index of the candidate called `name` under the role titled `role` in the sidebar;
// invalid when it is not shown.
QModelIndex findCandidate(QTreeView *tree, const QString &role, const QString &name);

// The text of the QLabel with this objectName, or an empty string when there is none.
QString labelText(QWidget *window, const char *name);

} // namespace hindsight::test
