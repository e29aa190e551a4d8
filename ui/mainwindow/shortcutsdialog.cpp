#include "ui/mainwindow/shortcutsdialog.h"

#include "ui/common/windowgeometry.h"
#include "ui/mainwindow/shortcutmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace hindsight::ui {

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));

    auto *view = new QTableView(this);
    view->setObjectName(QStringLiteral("shortcutsTable"));
    view->setAccessibleName(tr("Actions and their shortcuts"));
    view->setModel(new ShortcutModel(actions, view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setShowGrid(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(ShortcutModel::ActionColumn,
                                                   QHeaderView::Stretch);
    view->horizontalHeader()->setSectionResizeMode(ShortcutModel::ShortcutColumn,
                                                   QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(view);
    layout->addWidget(buttons);
    WindowGeometry::manage(this, QSize(420, 340));
}

} // namespace hindsight::ui
