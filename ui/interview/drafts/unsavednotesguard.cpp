#include "ui/interview/drafts/unsavednotesguard.h"

#include "ui/common/dialogs.h"
#include "ui/interview/drafts/draftwriter.h"
#include "ui/interview/drafts/notestextfile.h"
#include "ui/interview/drafts/savestatebanner.h"

#include <QDate>
#include <QDir>

namespace hindsight::ui {

UnsavedNotesGuard::UnsavedNotesGuard(DraftWriter *writer, Snapshot snapshot, QString candidate,
                                     QString role, QWidget *window)
    : QObject(window)
    , m_writer(writer)
    , m_snapshot(std::move(snapshot))
    , m_candidate(std::move(candidate))
    , m_role(std::move(role))
    , m_window(window)
{
}

bool UnsavedNotesGuard::mayClose()
{
    if (!m_writer)
        return true; // a submitted interview, read-only: nothing to write
    m_writer->flush();
    if (m_writer->waitUntilSaved(CloseWaitMs))
        return true;
    const DraftWriter::State state = m_writer->state();
    if (state == DraftWriter::State::Saved || state == DraftWriter::State::Failed)
        return true; // nothing waits to be written: a failed change was one that never can be
    const QString cause = SaveStateBanner::message(state, *m_writer);
    if (state == DraftWriter::State::Kept) {
        const QString text = tr("Some notes are not in the database yet.");
        const QString details =
            tr("They are kept in %1 and are written the next time you open this interview or "
               "start Hindsight on this database. You may also save a copy to a file.")
                .arg(QDir::toNativeSeparators(m_writer->journalPath()))
            + QLatin1String("\n\n") + cause;
        switch (Dialogs::choose(m_window, tr("Close Interview"), text, details,
                                {{QMessageBox::Close, tr("&Close, Keep Them in the Journal")},
                                 {QMessageBox::Save, tr("&Save a Copy As…")},
                                 {QMessageBox::Cancel, tr("Keep the Window &Open")}})) {
        case QMessageBox::Close: return true;
        case QMessageBox::Save: return saveNotesAs();
        default: return false;
        }
    }
    // In memory only (or still being written after the wait): closing now would lose them.
    const QString text = tr("Some notes are not saved anywhere but in this window.");
    const QString details = tr("Closing now would lose them. Save them to a file, or keep the "
                               "window open while Hindsight keeps trying.")
                            + QLatin1String("\n\n") + cause;
    switch (Dialogs::choose(m_window, tr("Close Interview"), text, details,
                            {{QMessageBox::Save, tr("&Save the Notes As…")},
                             {QMessageBox::Cancel, tr("Keep the Window &Open")}})) {
    case QMessageBox::Save: return saveNotesAs();
    default: return false;
    }
}

bool UnsavedNotesGuard::saveNotesAs()
{
    const QString suggested = tr("Interview notes %1 %2.txt")
                                  .arg(m_candidate, QDate::currentDate().toString(Qt::ISODate))
                                  .replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString fileName = Dialogs::saveFileName(m_window, tr("Save Notes As"), suggested,
                                                   tr("Text files (*.txt)"));
    if (fileName.isEmpty())
        return false;
    if (const auto failure = NotesTextFile::write(fileName, m_snapshot(), m_candidate, m_role)) {
        Dialogs::critical(m_window, tr("Save Notes As"), *failure);
        return false;
    }
    return true;
}

} // namespace hindsight::ui
