#pragma once

// Every window and dialog of the application, opened the way a user opens them (menus and
// actions), for the tests that hold all of them to one rule: on screen, named for a screen reader.

#include <QString>

#include <functional>

class QWidget;

namespace hindsight::test {

class TemporaryDatabase;

// Hands `visit` each window and dialog while it is shown, `what` saying which (and which tab of
// it is in front; a window is visited once per page of each of its tab widgets). On the demo data
// in `db`: the main window with a candidate selected and its dialogs, the committee board of the
// payment backend with a candidate selected and its dialogs, a live interview and its dialogs.
// Dialogs are visited from inside their own exec() or open() and rejected after. Fails the running
// test when a window or dialog does not open.
using WindowVisitor = std::function<void(QWidget *window, const QString &what)>;
void visitEveryWindow(TemporaryDatabase &db, const WindowVisitor &visit);

} // namespace hindsight::test
