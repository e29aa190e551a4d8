#pragma once

#include <QWidget>

class QAction;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace hindsight::ui {

class BreadthDepthChart;
class ChartPointModel;

// The breadth-versus-depth chart with its table alternative: "Show as Table" (a button in the tab
// order, and Ctrl+Shift+G anywhere in the panel) swaps the chart for a sortable table of the same
// figures (ChartPointModel) and back. What hosts put on screen; they talk to chart().
class BreadthDepthPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BreadthDepthPanel)

public:
    explicit BreadthDepthPanel(QWidget *parent = nullptr);

    BreadthDepthChart *chart() const { return m_chart; }
    QTableView *table() const { return m_table; }
    ChartPointModel *model() const { return m_model; }
    // The checkable action that shows the table.
    QAction *tableAction() const { return m_asTable; }
    bool showsTable() const;

private:
    void showTable(bool shown);

    BreadthDepthChart *m_chart;
    ChartPointModel *m_model;
    QTableView *m_table;
    QStackedWidget *m_stack;
    QAction *m_asTable;
    QToolButton *m_toggle;
};

} // namespace hindsight::ui
