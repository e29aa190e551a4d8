#include "ui/interview/notes/notelogview.h"

#include "ui/common/terms.h"
#include "ui/interview/notes/notelogmodel.h"

#include "core/stage.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QStyle>
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
    // ResizeToContents measured the columns before the first note and did not follow the rows
    // added later ("00…", "Syst…"): the widths are set here, from the texts the columns can hold.
    for (int c : {NoteLogModel::TimeColumn, NoteLogModel::StageColumn, NoteLogModel::RegretColumn})
        h->setSectionResizeMode(c, QHeaderView::Fixed);
    h->setSectionResizeMode(NoteLogModel::TextColumn, QHeaderView::Stretch);
    h->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    fitColumns();
    connect(model, &QAbstractItemModel::rowsInserted, this, &NoteLogView::fitColumns);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &NoteLogView::fitColumns);
    connect(model, &QAbstractItemModel::dataChanged, this, &NoteLogView::fitColumns);
    connect(model, &QAbstractItemModel::modelReset, this, &NoteLogView::fitColumns);

    // The newest note is the one the interviewer just typed: keep it in view.
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int, int last) {
        QTimer::singleShot(0, this, [this, last] {
            if (last < m_model->rowCount())
                scrollTo(m_model->index(last, NoteLogModel::TextColumn));
        });
    });
}

int NoteLogView::textWidth(const QString &text) const
{
    // The item delegate's margins on both sides, and a little air before the next column.
    const int margin = style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1;
    return fontMetrics().horizontalAdvance(text) + 2 * margin + 8;
}

void NoteLogView::fitColumns()
{
    QHeaderView *h = horizontalHeader();
    auto fit = [this, h](int column, QStringList texts) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            texts << m_model->index(row, column).data().toString();
        int width = h->sectionSizeHint(column);
        for (const QString &t : std::as_const(texts))
            width = qMax(width, textWidth(t));
        h->resizeSection(column, width);
    };
    // The widest values a column will show, so it does not jump as the interview goes on.
    fit(NoteLogModel::TimeColumn, {Terms::offset(59 * 60 * 1000 + 59 * 1000)});
    QStringList stages;
    for (std::string_view id : core::Stage::ids)
        stages << Terms::stage(id);
    fit(NoteLogModel::StageColumn, stages);
    fit(NoteLogModel::RegretColumn, {});
}

void NoteLogView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitColumns();
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
