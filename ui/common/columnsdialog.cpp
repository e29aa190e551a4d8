#include "ui/common/columnsdialog.h"

#include "ui/common/windowgeometry.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace hindsight::ui {

namespace {

constexpr int ColumnRole = Qt::UserRole;

} // namespace

ColumnsDialog::ColumnsDialog(const QList<Column> &columns, const QString &table, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("columnsDialog"));
    setWindowTitle(table.isEmpty() ? tr("Columns") : tr("Columns of %1").arg(table));
    auto *label = new QLabel(tr("&Show these columns:"), this);
    label->setBuddy(m_list);
    m_list->setObjectName(QStringLiteral("columnsList"));
    // A list takes no name from its label's buddy: said here, for screen readers.
    m_list->setAccessibleName(tr("Columns shown"));
    for (const Column &c : columns) {
        auto *item = new QListWidgetItem(c.title, m_list);
        item->setData(ColumnRole, c.column);
        item->setCheckState(c.shown ? Qt::Checked : Qt::Unchecked);
        if (!c.available) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("Shown once the table has something to show in it"));
        }
    }
    m_list->setCurrentRow(0);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        emit shownChanged(item->data(ColumnRole).toInt(), item->checkState() == Qt::Checked);
    });
    // Enter toggles too, as Space does, rather than closing the dialog half way.
    connect(m_list, &QListWidget::itemActivated, this, [](QListWidgetItem *item) {
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    WindowGeometry::manage(this, QSize(320, 380));
}

void ColumnsDialog::setShown(int column, bool shown)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(ColumnRole).toInt() == column) {
            const QSignalBlocker block(m_list);
            item->setCheckState(shown ? Qt::Checked : Qt::Unchecked);
        }
    }
}

} // namespace hindsight::ui
