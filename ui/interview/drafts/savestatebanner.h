#pragma once

#include "ui/interview/drafts/draftwriter.h"

#include <QLabel>

namespace hindsight::ui {

// The red band that stays across the interview window while its notes are not in the database:
// it names the cause, says where they are kept (the journal beside the database, or only this
// window) and that Hindsight keeps retrying. A team server out of reach is said as DESIGN.md
// words it: "Offline, kept on this laptop", and that the notes are sent when it is back. It follows the writer and hides itself once
// everything is saved. Plain text: the cause may quote a path or a name.
class SaveStateBanner final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaveStateBanner)

public:
    SaveStateBanner(DraftWriter *writer, QWidget *parent = nullptr);

    // The sentence for a state, empty for Saved and Saving.
    static QString message(DraftWriter::State state, const DraftWriter &writer);

private:
    void follow(DraftWriter::State state);

    DraftWriter *m_writer;
};

} // namespace hindsight::ui
