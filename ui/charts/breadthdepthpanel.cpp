#include "ui/charts/breadthdepthpanel.h"

#include "ui/charts/breadthdepthchart.h"
#include "ui/charts/chartpointmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace hindsight::ui {

BreadthDepthPanel::BreadthDepthPanel(QWidget *parent)
    : QWidget(parent)
    , m_chart(new BreadthDepthChart(this))
    , m_model(new ChartPointModel(this))
    , m_table(new QTableView(this))
    , m_stack(new QStackedWidget(this))
    , m_asTable(new QAction(tr("Show as Table"), this))
    , m_toggle(new QToolButton(this))
{
    setObjectName(QStringLiteral("breadthDepthPanel"));

    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_model);
    sorted->setSortRole(ChartPointModel::SortRole);
    m_table->setObjectName(QStringLiteral("breadthDepthTable"));
    m_table->setAccessibleName(tr("Breadth and depth figures"));
    m_table->setModel(sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ChartPointModel::FitColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_stack->addWidget(m_chart);
    m_stack->addWidget(m_table);

    m_asTable->setObjectName(QStringLiteral("actionChartAsTable"));
    m_asTable->setCheckable(true);
    // Not Ctrl+Shift+T: on the board that adds a team member, and two bindings would cancel out.
    m_asTable->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_asTable->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_asTable->setToolTip(tr("Show the chart's figures as a table (%1)")
                              .arg(m_asTable->shortcut().toString(QKeySequence::NativeText)));
    addAction(m_asTable);
    m_toggle->setObjectName(QStringLiteral("chartAsTableButton"));
    m_toggle->setDefaultAction(m_asTable);
    m_toggle->setFocusPolicy(Qt::TabFocus);
    m_toggle->setAutoRaise(true);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addStretch(1);
    bar->addWidget(m_toggle);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_asTable, &QAction::toggled, this, &BreadthDepthPanel::showTable);
    connect(m_chart, &BreadthDepthChart::contentChanged, this,
            [this] { m_model->setCandidates(m_chart->candidates()); });
    m_model->setCandidates(m_chart->candidates());
}

bool BreadthDepthPanel::showsTable() const
{
    return m_stack->currentWidget() == m_table;
}

void BreadthDepthPanel::showTable(bool shown)
{
    const bool hadFocus = m_stack->currentWidget()->hasFocus();
    m_stack->setCurrentWidget(shown ? static_cast<QWidget *>(m_table) : m_chart);
    m_asTable->setText(shown ? tr("Show as Chart") : tr("Show as Table"));
    if (hadFocus || shown)
        m_stack->currentWidget()->setFocus();
}

} // namespace hindsight::ui
