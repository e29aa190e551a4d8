#include "ui/common/windowgeometry.h"

#include "ui/common/settings.h"

#include <QCursor>
#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QSplitter>
#include <QTimer>
#include <QWidget>

#include <algorithm>

namespace hindsight::ui {

namespace {

const QString GeometryPart = QStringLiteral("geometry");
const QString SplitterPart = QStringLiteral("splitter/%1");

// The room left between a window and the edges of the screen, so that it reads as a window and
// its edges can be grabbed: a little on a small screen, more on a large one.
int marginFor(const QRect &available)
{
    return std::clamp(std::min(available.width(), available.height()) / 60, 4, 24);
}

QMargins frameOf(const QWidget *window)
{
    // Known once the window manager has framed the window; until then, assumed.
    if (window->isVisible() && window->frameGeometry() != window->geometry()) {
        const QRect outer = window->frameGeometry();
        const QRect inner = window->geometry();
        return {inner.left() - outer.left(), inner.top() - outer.top(),
                outer.right() - inner.right(), outer.bottom() - inner.bottom()};
    }
    return WindowGeometry::assumedFrame();
}

QList<QSplitter *> namedSplitters(const QWidget *window)
{
    QList<QSplitter *> named;
    for (QSplitter *splitter : window->findChildren<QSplitter *>())
        if (!splitter->objectName().isEmpty() && splitter->window() == window)
            named << splitter;
    return named;
}

} // namespace

WindowGeometry::WindowGeometry(QWidget *window, QSize preferred)
    : QObject(window)
    , m_window(window)
    , m_preferred(preferred)
{
    Q_ASSERT(!window->objectName().isEmpty());
    window->installEventFilter(this);
}

void WindowGeometry::manage(QWidget *window, QSize preferred)
{
    new WindowGeometry(window, preferred);
}

QMargins WindowGeometry::assumedFrame()
{
    return {4, 32, 4, 4};
}

QSize WindowGeometry::fitted(QSize wanted, const QRect &available, const QMargins &frame)
{
    const int margin = marginFor(available);
    const QSize room(available.width() - frame.left() - frame.right() - 2 * margin,
                     available.height() - frame.top() - frame.bottom() - 2 * margin);
    return wanted.boundedTo(room.expandedTo(QSize(1, 1)));
}

QRect WindowGeometry::within(QRect frame, const QRect &available)
{
    frame.setWidth(std::min(frame.width(), available.width()));
    frame.setHeight(std::min(frame.height(), available.height()));
    frame.moveLeft(std::clamp(frame.left(), available.left(), available.right() - frame.width() + 1));
    frame.moveTop(std::clamp(frame.top(), available.top(), available.bottom() - frame.height() + 1));
    return frame;
}

QScreen *WindowGeometry::screenFor(const QWidget *window)
{
    if (const QWidget *parent = window->parentWidget())
        if (QScreen *screen = parent->window()->screen())
            return screen;
    if (QScreen *screen = QGuiApplication::screenAt(QCursor::pos()))
        return screen;
    return QGuiApplication::primaryScreen();
}

void WindowGeometry::keepOnScreen(QWidget *window)
{
    QScreen *screen = window->screen() ? window->screen() : screenFor(window);
    if (!screen || window->isMaximized() || window->isFullScreen())
        return;
    const QRect available = screen->availableGeometry();
    const QMargins frame = frameOf(window);
    const QRect outer = window->geometry().marginsAdded(frame);
    const QRect placed = within(outer, available);
    if (placed == outer)
        return;
    window->resize(placed.marginsRemoved(frame).size());
    window->move(placed.topLeft());
}

bool WindowGeometry::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        switch (event->type()) {
        case QEvent::Show:
            if (!m_restored) {
                m_restored = true;
                m_sizedByOpener = m_window->testAttribute(Qt::WA_Resized);
                restore();
            }
            // Once the window manager has framed it, the real frame is known: checked again.
            if (!m_sizedByOpener)
                QTimer::singleShot(0, m_window, [window = m_window] { keepOnScreen(window); });
            break;
        case QEvent::Hide:
        case QEvent::Close: save(); break;
        default: break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void WindowGeometry::restore()
{
    QScreen *screen = screenFor(m_window);
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const Settings settings;
    const QString key = m_window->objectName();
    // A window its opener sized before showing it keeps that size (a test's 1920x1080, a fixed
    // screenshot): only its splitters come back.
    if (m_window->testAttribute(Qt::WA_Resized)) {
        restoreSplitters(settings);
        return;
    }
    const bool restored = m_window->restoreGeometry(settings.windowState(key, GeometryPart));
    const bool isDialog = m_window->windowType() == Qt::Dialog;
    if (!restored) {
        QSize wanted = m_preferred;
        if (!wanted.isValid())
            wanted = m_window->testAttribute(Qt::WA_Resized) ? m_window->size()
                                                             : m_window->sizeHint();
        m_window->resize(fitted(wanted, available));
    }
    // A dialog comes back at its size, over its parent; a window where it was left.
    if (!restored || isDialog) {
        const QRect over = m_window->parentWidget()
                               ? m_window->parentWidget()->window()->frameGeometry()
                               : available;
        QRect outer = QRect(QPoint(), m_window->size()).marginsAdded(assumedFrame());
        outer.moveCenter(over.center());
        m_window->move(within(outer, available).topLeft());
    }
    keepOnScreen(m_window);
    restoreSplitters(settings);
}

void WindowGeometry::restoreSplitters(const Settings &settings)
{
    const QString key = m_window->objectName();
    for (QSplitter *splitter : namedSplitters(m_window))
        splitter->restoreState(settings.windowState(key, SplitterPart.arg(splitter->objectName())));
}

void WindowGeometry::save() const
{
    // Only what was shown: a window hidden before it was ever shown has nothing to keep.
    if (!m_restored)
        return;
    Settings settings;
    const QString key = m_window->objectName();
    settings.setWindowState(key, GeometryPart, m_window->saveGeometry());
    for (const QSplitter *splitter : namedSplitters(m_window))
        settings.setWindowState(key, SplitterPart.arg(splitter->objectName()),
                                splitter->saveState());
}

} // namespace hindsight::ui
