#pragma once

#include "ui/interchange/failure.h"

#include <QMessageBox>
#include <QString>

#include <optional>

class QWidget;

namespace hindsight::ui {

// Modal file dialogs and message boxes behind one door, so a test can set the next answer and
// never block on a window nobody will click (as KeePassXC's MessageBox and FileDialog do). These
// are the only dialogs run with exec(): their callers need the answer, or need the user to have
// read the message, before they go on. Every other dialog opens with open().
class Dialogs final
{
public:
    Dialogs() = delete;

    // Returns the chosen file, or an empty string when the user cancelled.
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    // `suggested` is a file name proposed in the documents folder.
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                const QString &filter);
    static void critical(QWidget *parent, const QString &title, const QString &text,
                         const QString &details = {});
    // A failure the window itself ran into: what failed as the headline, where and why below.
    static void critical(QWidget *parent, const QString &title, const interchange::Failure &failure);
    static void about(QWidget *parent, const QString &title, const QString &text);
    // Asks before something that cannot be undone: `acceptText` names the action on its button
    // (with a mnemonic), Cancel is the default, so Enter does nothing destructive. True when the
    // user chose the action; a next answer other than Cancel stands for it.
    static bool confirm(QWidget *parent, const QString &title, const QString &text,
                        const QString &details, const QString &acceptText);

    // Asks which of a few ways to go: each standard button with its own text (with a mnemonic),
    // the first one the default. Returns the button chosen, Cancel when the box was closed.
    struct Choice
    {
        QMessageBox::StandardButton button;
        QString text;
    };
    static QMessageBox::StandardButton choose(QWidget *parent, const QString &title,
                                              const QString &text, const QString &details,
                                              const QList<Choice> &choices);

    // Test hooks: the next call returns this instead of showing a dialog. An empty file name
    // stands for Cancel. Each value is used once.
    static void setNextFileName(const QString &fileName);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last message box shown or answered, for tests to check what the user saw.
    static QString lastMessage();
    // For a dialog of its own that asks a question: the scripted answer, if a test set one (used
    // once), with `message` kept as the last message either way.
    static std::optional<QMessageBox::StandardButton> scriptedAnswer(const QString &message);

private:
    static std::optional<QString> s_nextFileName;
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static QString s_lastMessage;
};

} // namespace hindsight::ui
