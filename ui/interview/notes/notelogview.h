#pragma once

#include "ui/interview/drafts/draftwriter.h"

#include <QTableView>

namespace hindsight::ui {

class NoteLogModel;

// The committed notes above the editor: newest at the bottom and kept in view, text wrapped,
// editable in place with F2 or a double-click. Time, stage and regret are as wide as their
// longest text (every stage's name, whether used yet or not), the text takes the rest.
class NoteLogView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteLogView)

public:
    explicit NoteLogView(NoteLogModel *model, QWidget *parent = nullptr);

    // The selected note, or 0 when none is selected.
    DraftWriter::Key selectedKey() const;
    // The selected note when the log has focus, else the last note; 0 when there is none.
    DraftWriter::Key targetKey() const;
    // Selects the note and opens its text for editing.
    void editNote(DraftWriter::Key key);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Widens the time, stage and regret columns to their longest text, never narrower.
    void fitColumns();
    int textWidth(const QString &text) const;

    NoteLogModel *m_model;
};

} // namespace hindsight::ui
