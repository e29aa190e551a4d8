#include "ui/interview/notes/notelogview.h"

#include "ui/interview/notes/notelogmodel.h"

#include <QApplication>
#include <QHeaderView>
#include <QTimer>

namespace hindsight::ui {

NoteLogView::NoteLogView(NoteLogModel *model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("noteLog"));
    setAccessibleName(tr("Notes so far"));
    setModel(model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setWordWrap(true);
    setShowGrid(false);
    setAlternatingRowColors(true);
    setTabKeyNavigation(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *h = horizontalHeader();
    h->setSectionResizeMode(NoteLogModel::TimeColumn, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(NoteLogModel::StageColumn, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(NoteLogModel::RegretColumn, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(NoteLogModel::TextColumn, QHeaderView::Stretch);
    h->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    // The newest note is the one the interviewer just typed: keep it in view.
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int, int last) {
        QTimer::singleShot(0, this, [this, last] {
            if (last < m_model->rowCount())
                scrollTo(m_model->index(last, NoteLogModel::TextColumn));
        });
    });
}

DraftWriter::Key NoteLogView::selectedKey() const
{
    const QModelIndexList rows = selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->keyAt(rows.first().row());
}

DraftWriter::Key NoteLogView::targetKey() const
{
    const QWidget *focus = QApplication::focusWidget();
    if (focus && (focus == this || isAncestorOf(focus))) {
        if (const DraftWriter::Key key = selectedKey())
            return key;
    }
    return m_model->keyAt(m_model->rowCount() - 1);
}

void NoteLogView::editNote(DraftWriter::Key key)
{
    const int row = m_model->rowOf(key);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, NoteLogModel::TextColumn);
    setFocus(Qt::ShortcutFocusReason);
    setCurrentIndex(index);
    scrollTo(index);
    edit(index);
}

} // namespace hindsight::ui
