#pragma once

#include "ui/interview/drafts/draftwriter.h"

#include "core/note.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QKeySequence>

#include <functional>
#include <optional>
#include <vector>

namespace hindsight::ui {

// The committed notes of the live interview, oldest first: offset (mm:ss), stage, regret and
// text, with verbatim quotes marked. Rows are named by DraftWriter keys; Note::regretId holds the
// key of its regret. Editing the text in a view does not change the row: it asks for the change
// with textEditRequested, so the session can make it an undoable command.
class NoteLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteLogModel)

public:
    using Key = DraftWriter::Key;
    enum Column { TimeColumn, StageColumn, RegretColumn, TextColumn, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, QuoteRole };

    explicit NoteLogModel(QObject *parent = nullptr);

    // How the regret column names a regret key ("Regret 2").
    void setRegretLabel(std::function<QString(Key)> label);
    void setEditable(bool editable);
    // The keys that mark a note as a quote, named in the text column's tooltip.
    void setQuoteShortcut(const QKeySequence &keys);

    // Inserts in offset order (after notes with the same offset), or replaces the row with `key`.
    void put(Key key, const core::Note &note);
    void remove(Key key);
    std::optional<core::Note> note(Key key) const;
    int rowOf(Key key) const; // -1 when absent
    Key keyAt(int row) const;
    std::vector<core::Note> allNotes() const;
    // The regret labels may have changed (a regret was added): repaint that column.
    void regretsChanged();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void textEditRequested(hindsight::ui::DraftWriter::Key key, const QString &text);

private:
    struct Row
    {
        Key key = 0;
        core::Note note;
        quint64 sequence = 0; // order of first insertion, for notes with the same offset
    };

    std::vector<Row> m_rows;
    // Kept for removed rows too, so undoing a deletion puts a note back where it was.
    QHash<Key, quint64> m_sequence;
    std::function<QString(Key)> m_regretLabel;
    bool m_editable = true;
    QKeySequence m_quoteKeys;
};

} // namespace hindsight::ui
