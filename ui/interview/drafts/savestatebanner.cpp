#include "ui/interview/drafts/savestatebanner.h"

#include "ui/common/colours.h"

#include <QDir>

namespace hindsight::ui {

SaveStateBanner::SaveStateBanner(DraftWriter *writer, QWidget *parent)
    : QLabel(parent)
    , m_writer(writer)
{
    setObjectName(QStringLiteral("saveStateBanner"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAutoFillBackground(true);
    setContentsMargins(10, 6, 10, 6);
    // Screen readers announce it as an alert, not as a label to skip.
    setAccessibleDescription(tr("Save problem"));
    hide();
    connect(writer, &DraftWriter::stateChanged, this, &SaveStateBanner::follow);
    follow(writer->state());
}

QString SaveStateBanner::message(DraftWriter::State state, const DraftWriter &writer)
{
    const std::optional<interchange::Failure> failure = writer.failure();
    const QString cause = failure ? failure->sentence() : QString();
    switch (state) {
    case DraftWriter::State::Saved:
    case DraftWriter::State::Saving: return {};
    case DraftWriter::State::Kept:
        // The team server out of reach (DESIGN.md, Team mode): the notes are safe on this laptop
        // and go to the server by themselves; the reason names what was being done and libpq's.
        if (writer.isOffline())
            return tr("Offline, kept on this laptop. %1 Your notes are kept in %2 and are sent to "
                      "the team server, in order, as soon as it is back; Hindsight keeps trying.")
                .arg(failure ? failure->reason() : QString(),
                     QDir::toNativeSeparators(writer.journalPath()));
        return tr("Not in the database yet. %1 Your notes are kept in %2 and are written as soon as "
                  "the database takes them; Hindsight keeps trying.")
            .arg(cause, QDir::toNativeSeparators(writer.journalPath()));
    case DraftWriter::State::InMemory:
        return tr("Not saved: your latest notes are only in this window. %1 Hindsight keeps "
                  "trying; keep the window open, or save the notes to a file (Interview → Save Notes "
                  "As…).")
            .arg(cause);
    case DraftWriter::State::Failed: return tr("Not saved. %1").arg(cause);
    }
    return {};
}

void SaveStateBanner::follow(DraftWriter::State state)
{
    const QString text = message(state, *m_writer);
    if (text.isEmpty()) {
        hide();
        return;
    }
    QPalette p = palette();
    p.setColor(QPalette::Window, Colours::problem());
    p.setColor(QPalette::WindowText, Qt::white);
    setPalette(p);
    setText(text);
    setAccessibleName(text);
    show();
}

} // namespace hindsight::ui
