#pragma once

#include <QMargins>
#include <QObject>
#include <QRect>
#include <QSize>

class QScreen;
class QWidget;

namespace hindsight::ui {

class Settings;

// Opens every window and dialog within the screen it belongs on and brings back how the user left
// it. A window asks for the size it would like; on a small or scaled screen (1366x768, or
// 2732x1536 at scale 2) it gets what fits, centred on its parent's screen. Its geometry and the
// state of its named splitters are kept under its objectName when it hides and restored when it
// shows again, in this run or the next; what is restored is moved and shrunk back onto the
// available screen, since the monitor it was saved on may be gone. A window its opener resized
// before showing it keeps that size.
class WindowGeometry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowGeometry)

public:
    // Looks after `window` (a top-level widget with an objectName) from its next show on; owned by
    // the window. `preferred` is the size it opens at when nothing was saved, capped to the screen.
    static void manage(QWidget *window, QSize preferred = {});

    // The room a window frame takes around the contents before the window manager says: a title
    // bar and thin borders.
    static QMargins assumedFrame();
    // `wanted` (the contents' size) fitted into `available` with room for `frame` and a margin.
    static QSize fitted(QSize wanted, const QRect &available,
                        const QMargins &frame = assumedFrame());
    // `frame` moved, and shrunk if it must, to lie within `available`.
    static QRect within(QRect frame, const QRect &available);
    // The screen a window belongs on: its parent's, else the one under the mouse, else the primary.
    static QScreen *screenFor(const QWidget *window);
    // Moves and resizes `window` so that its frame lies within its screen's available geometry.
    static void keepOnScreen(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    WindowGeometry(QWidget *window, QSize preferred);
    void restore();
    void restoreSplitters(const Settings &settings);
    void save() const;

    QWidget *m_window;
    QSize m_preferred;
    bool m_restored = false;
    bool m_sizedByOpener = false;
};

} // namespace hindsight::ui
