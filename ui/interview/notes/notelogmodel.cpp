#include "ui/interview/notes/notelogmodel.h"

#include "ui/common/terms.h"

#include <QFont>

#include <algorithm>

namespace hindsight::ui {

NoteLogModel::NoteLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void NoteLogModel::setRegretLabel(std::function<QString(Key)> label)
{
    m_regretLabel = std::move(label);
    regretsChanged();
}

void NoteLogModel::setEditable(bool editable)
{
    m_editable = editable;
}

void NoteLogModel::setQuoteShortcut(const QKeySequence &keys)
{
    m_quoteKeys = keys;
}

void NoteLogModel::put(Key key, const core::Note &note)
{
    if (const int row = rowOf(key); row >= 0) {
        // An edit never moves a note: its offset is fixed when it is committed.
        m_rows[std::size_t(row)].note = note;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const quint64 sequence = m_sequence.contains(key)
                                 ? m_sequence.value(key)
                                 : m_sequence.insert(key, m_sequence.size()).value();
    const Row added{key, note, sequence};
    const auto at = std::upper_bound(m_rows.begin(), m_rows.end(), added,
                                     [](const Row &a, const Row &b) {
        return std::pair(a.note.atMs, a.sequence) < std::pair(b.note.atMs, b.sequence);
    });
    const int row = int(at - m_rows.begin());
    beginInsertRows({}, row, row);
    m_rows.insert(at, added);
    endInsertRows();
}

void NoteLogModel::remove(Key key)
{
    const int row = rowOf(key);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
}

std::optional<core::Note> NoteLogModel::note(Key key) const
{
    const int row = rowOf(key);
    return row < 0 ? std::nullopt : std::optional(m_rows[std::size_t(row)].note);
}

int NoteLogModel::rowOf(Key key) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                 [key](const Row &r) { return r.key == key; });
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

NoteLogModel::Key NoteLogModel::keyAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[std::size_t(row)].key : 0;
}

std::vector<core::Note> NoteLogModel::allNotes() const
{
    std::vector<core::Note> notes;
    notes.reserve(m_rows.size());
    for (const Row &r : m_rows)
        notes.push_back(r.note);
    return notes;
}

void NoteLogModel::regretsChanged()
{
    if (!m_rows.empty())
        emit dataChanged(index(0, RegretColumn), index(rowCount() - 1, RegretColumn));
}

int NoteLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NoteLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NoteLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &r = m_rows[std::size_t(index.row())];
    const core::Note &n = r.note;
    switch (role) {
    case KeyRole: return QVariant::fromValue(r.key);
    case QuoteRole: return n.quote;
    case Qt::EditRole:
        if (index.column() == TextColumn)
            return Terms::text(n.text);
        break;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return Terms::offset(n.atMs);
        case StageColumn: return Terms::stage(n.stage);
        case RegretColumn:
            return n.regretId != 0 && m_regretLabel ? m_regretLabel(Key(n.regretId)) : QString();
        case TextColumn: return n.quote ? Terms::quoted(Terms::text(n.text)) : Terms::text(n.text);
        }
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == TextColumn && n.quote)
            return tr("Quote: %1").arg(Terms::text(n.text));
        break;
    case Qt::FontRole:
        if (index.column() == TextColumn && n.quote) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TextColumn) {
            const QString keys = m_quoteKeys.toString(QKeySequence::NativeText);
            return n.quote ? tr("The candidate's own words (%1 to unmark)").arg(keys)
                           : tr("F2 or double-click to edit, Delete to remove, %1 to mark as a "
                                "quote")
                                 .arg(keys);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == TimeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignTop);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    }
    return {};
}

QVariant NoteLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case StageColumn: return tr("Stage");
    case RegretColumn: return tr("Regret");
    case TextColumn: return tr("Note");
    }
    return {};
}

Qt::ItemFlags NoteLogModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_editable && index.column() == TextColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool NoteLogModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != TextColumn || !m_editable)
        return false;
    const QString text = value.toString().trimmed();
    const Row &r = m_rows[std::size_t(index.row())];
    if (text.isEmpty() || text == Terms::text(r.note.text))
        return false;
    emit textEditRequested(r.key, text);
    return true;
}

} // namespace hindsight::ui
