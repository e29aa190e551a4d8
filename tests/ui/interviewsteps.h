#pragma once

// What the live interview's tests share: a database with one candidate to interview, the
// interview window opened and closed as a user does, a note typed and entered.

#include "tests/common/temporarydatabase.h"

#include <QPointer>
#include <QString>

#include <memory>

class QDialog;

namespace hindsight::ui {
class InterviewWindow;
class RegretCard;
} // namespace hindsight::ui

namespace hindsight::test {

// The interviewer these tests are.
QString interviewer();
// What every interview test's initTestCase does: settings in test mode with interviewer() as the
// interviewer's name, and English plural forms (the translator is owned by `owner`).
void prepareInterviewTests(QObject *owner);

// A temporary database with the one candidate these tests interview: Noor Haddad, for the
// payment backend.
class InterviewDatabase final
{
    Q_DISABLE_COPY_MOVE(InterviewDatabase)

public:
    InterviewDatabase();

    explicit operator bool() const { return m_candidate != 0; }
    const QString &error() const { return m_db.error(); }
    core::SqliteStore &store() const { return m_db.store(); }
    const QString &path() const { return m_db.path(); }
    core::Id candidate() const { return m_candidate; }
    // What another process would read: a second connection to the same file.
    std::unique_ptr<core::SqliteStore> reader() const { return m_db.connect(); }

private:
    TemporaryDatabase m_db;
    core::Id m_candidate = 0;
};

// A submitted interview of `interviewer` with the database's candidate, written straight to the
// store: one domain-specific regret (payments, depth 2, databases) and two notes for it, one a
// quote; 0 when it could not be stored.
core::Id addSubmittedInterview(InterviewDatabase &db, const QString &interviewer);

// Opens the candidate's interview as the main window does and waits until it is active; null
// when it did not open.
ui::InterviewWindow *startInterview(InterviewDatabase &db);
// Closes the window and waits until it is gone: deleted on close, after its writer flushed.
void closeAndWait(QPointer<ui::InterviewWindow> &window);
// Types a line into the note editor, which must have the focus, and enters it with Enter.
void note(const QString &text);
// Presses Ctrl+Return, as a user submits, and waits until the review it opens is active, with
// the focus on the button Enter presses (a ui::SubmitReviewDialog); null when no review opened.
QDialog *openReview(ui::InterviewWindow *window);
// The objectName of the widget with the keyboard focus; empty while none has it (as for a moment
// after a dialog closes), so QTRY_COMPARE can wait on it.
QString focusedName();
// The banner's text while it is shown, otherwise empty.
QString bannerText(ui::InterviewWindow *window);
// The regret card `widget` is in, or null.
ui::RegretCard *cardOf(const QWidget *widget);
// The card of the regret at `position`.
ui::RegretCard *card(ui::InterviewWindow *window, int position);
// The window's status bar message.
QString statusText(ui::InterviewWindow *window);

} // namespace hindsight::test
