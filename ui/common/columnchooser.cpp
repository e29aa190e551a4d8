#include "ui/common/columnchooser.h"

#include "ui/common/columnsdialog.h"
#include "ui/common/settings.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

namespace hindsight::ui {

namespace {

const char *const ChooserProperty = "hindsightColumnChooser";
const QString TablesGroup = QStringLiteral("tables");

QHeaderView *horizontalHeaderOf(const QAbstractItemView *view)
{
    if (const auto *table = qobject_cast<const QTableView *>(view))
        return table->horizontalHeader();
    if (const auto *tree = qobject_cast<const QTreeView *>(view))
        return tree->header();
    return nullptr;
}

} // namespace

ColumnChooser::ColumnChooser(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
    , m_saveSoon(new QTimer(this))
{
    Q_ASSERT(header() && !view->objectName().isEmpty());
    view->setProperty(ChooserProperty, QVariant::fromValue(static_cast<QObject *>(this)));
    QHeaderView *h = header();
    h->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(h, &QWidget::customContextMenuRequested, this,
            [this, h](const QPoint &at) { menu(h)->popup(h->mapToGlobal(at)); });
    // Kept a moment after the user changes it (a drag resizes a section many times, a column
    // sized to its contents follows every change of the data), and when the table is hidden.
    m_saveSoon->setSingleShot(true);
    m_saveSoon->setInterval(300);
    connect(m_saveSoon, &QTimer::timeout, this, &ColumnChooser::save);
    const auto later = [this] {
        if (!m_restoring)
            m_saveSoon->start();
    };
    connect(h, &QHeaderView::sectionResized, this, later);
    connect(h, &QHeaderView::sectionMoved, this, later);
    connect(h, &QHeaderView::sortIndicatorChanged, this, later);
    view->installEventFilter(this);
}

bool ColumnChooser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Hide && m_saveSoon->isActive()) {
        m_saveSoon->stop();
        save();
    }
    return QObject::eventFilter(watched, event);
}

ColumnChooser *ColumnChooser::of(const QAbstractItemView *view)
{
    return view ? qobject_cast<ColumnChooser *>(view->property(ChooserProperty).value<QObject *>())
                : nullptr;
}

ColumnChooser *ColumnChooser::focusedIn(const QWidget *window, ColumnChooser *fallback)
{
    for (QWidget *w = QApplication::focusWidget(); w && w->window() == window;
         w = w->parentWidget()) {
        if (ColumnChooser *chooser = of(qobject_cast<QAbstractItemView *>(w)))
            return chooser;
    }
    return fallback;
}

QHeaderView *ColumnChooser::header() const
{
    return horizontalHeaderOf(m_view);
}

void ColumnChooser::setAlwaysShown(int column)
{
    m_alwaysShown.insert(column);
    m_userHidden.remove(column);
    apply(column);
}

void ColumnChooser::setAvailable(int column, bool available)
{
    if (available)
        m_unavailable.remove(column);
    else
        m_unavailable.insert(column);
    apply(column);
}

bool ColumnChooser::isShown(int column) const
{
    return !m_userHidden.contains(column) && !m_unavailable.contains(column);
}

void ColumnChooser::setShown(int column, bool shown)
{
    if (m_alwaysShown.contains(column) || shown == !m_userHidden.contains(column))
        return;
    if (!shown) {
        const int count = header()->count();
        int others = 0;
        for (int c = 0; c < count; ++c)
            others += c != column && isShown(c) ? 1 : 0;
        if (others == 0)
            return;
        m_userHidden.insert(column);
    } else {
        m_userHidden.remove(column);
    }
    apply(column);
    // A column shown again after the table was sized comes back at a width that shows it.
    if (shown && header()->sectionSize(column) < header()->minimumSectionSize() * 2)
        header()->resizeSection(column, header()->defaultSectionSize());
    save();
}

void ColumnChooser::apply(int column)
{
    header()->setSectionHidden(column, !isShown(column));
}

bool ColumnChooser::restore()
{
    const Settings settings;
    const QString name = m_view->objectName();
    const QByteArray state = settings.windowState(TablesGroup,
                                                  QStringLiteral("header/%1").arg(name));
    const QByteArray hidden = settings.windowState(TablesGroup,
                                                   QStringLiteral("hidden/%1").arg(name));
    m_restoring = true;
    const bool restored = !state.isEmpty() && header()->restoreState(state);
    m_restoring = false;
    if (!restored)
        return false;
    m_userHidden.clear();
    for (const QByteArray &column : hidden.split(',')) {
        bool ok = false;
        const int c = column.toInt(&ok);
        if (ok && c >= 0 && c < header()->count() && !m_alwaysShown.contains(c))
            m_userHidden.insert(c);
    }
    // The header's own record of hidden sections is replaced by the user's choice and the data's.
    for (int c = 0; c < header()->count(); ++c)
        apply(c);
    return true;
}

void ColumnChooser::save() const
{
    if (m_restoring)
        return;
    const QString name = m_view->objectName();
    QByteArrayList hidden;
    for (int c : m_userHidden)
        hidden << QByteArray::number(c);
    std::sort(hidden.begin(), hidden.end());
    Settings settings;
    settings.setWindowState(TablesGroup, QStringLiteral("header/%1").arg(name),
                            header()->saveState());
    settings.setWindowState(TablesGroup, QStringLiteral("hidden/%1").arg(name), hidden.join(','));
}

QString ColumnChooser::columnTitle(int column) const
{
    const QString title =
        m_view->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    return title.isEmpty() ? tr("Column %1").arg(column + 1) : title;
}

QMenu *ColumnChooser::menu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(QStringLiteral("columnsMenu"));
    menu->setTitle(tr("Columns"));
    QHeaderView *h = header();
    for (int visual = 0; visual < h->count(); ++visual) {
        const int column = h->logicalIndex(visual);
        if (m_alwaysShown.contains(column))
            continue;
        QAction *action = menu->addAction(columnTitle(column));
        action->setCheckable(true);
        action->setChecked(isShown(column));
        action->setEnabled(!m_unavailable.contains(column));
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { setShown(column, shown); });
    }
    return menu;
}

void ColumnChooser::choose()
{
    QList<ColumnsDialog::Column> columns;
    QHeaderView *h = header();
    for (int visual = 0; visual < h->count(); ++visual) {
        const int column = h->logicalIndex(visual);
        if (!m_alwaysShown.contains(column))
            columns.append({column, columnTitle(column), isShown(column),
                            !m_unavailable.contains(column)});
    }
    auto *dialog = new ColumnsDialog(columns, m_view->accessibleName(), m_view->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ColumnsDialog::shownChanged, this, [this, dialog](int column, bool shown) {
        setShown(column, shown);
        dialog->setShown(column, isShown(column));
    });
    // open(), not exec(): window-modal without a nested event loop, so tests are never blocked.
    dialog->open();
}

} // namespace hindsight::ui
