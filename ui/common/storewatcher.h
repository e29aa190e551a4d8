#pragma once

#include "core/storage/change.h"
#include "core/storage/store.h"

#include <QObject>
#include <QPointer>
#include <QSocketNotifier>
#include <QTimer>

#include <memory>
#include <vector>

namespace hindsight::ui {

// Turns a store's change events into one Qt signal that every open view follows, so no window
// shows stale figures whichever window, command or other process wrote. There is one watcher
// per store, shared by the views on it (acquire()); it lives while a view holds it and polls the
// store for other connections' commits every 500 ms meanwhile (PRAGMA data_version on SQLite:
// one cheap pragma when nothing changed). A store with a change socket (a team server's
// connection, where NOTIFY arrives) is polled as soon as the socket has something to read, so
// another laptop's submit shows at once. The timer still runs there: a notification that arrives
// while the connection is answering one of our reads is taken in with that answer, and the socket
// stays quiet; the next tick finds it (and notices a lost connection).
class StoreWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreWatcher)

public:
    static constexpr int PollIntervalMs = 500;

    // The watcher of `store`, made on first use. Hold the pointer for as long as the view lives;
    // the store must outlive every holder.
    static std::shared_ptr<StoreWatcher> acquire(core::Store &store);
    ~StoreWatcher() override;

    core::Store &store() const { return m_store; }

    // Looks for other connections' commits now instead of at the next tick (after a window on
    // another connection said it wrote, or when the user asks to refresh).
    void pollNow();

    // Whether a change can move figures, names or counts that views show. A draft's content
    // (notes, regrets, probe ticks while an interview runs) does not, outside the draft's own
    // window: drafts are never scored and never shown to anyone but their author.
    static bool isVisibleOutsideDraft(const core::Change &change);
    static bool anyVisibleOutsideDraft(const std::vector<core::Change> &changes);

signals:
    // Emitted after each write of this store (one change) and after each poll that found other
    // connections' commits (all of them, in commit order).
    void changed(const std::vector<hindsight::core::Change> &changes);
    // A poll failed (the file went away, the disk failed): said once until a poll succeeds.
    void pollFailed(const hindsight::core::Error &error);

private:
    explicit StoreWatcher(core::Store &store);
    // Unsubscribes and stops polling; the store is not touched afterwards.
    void detach();
    // Watches the store's change socket, again after a reconnection gave it a new one.
    void watchSocket();

    core::Store &m_store;
    core::Store::Subscription m_subscription;
    QTimer m_timer;
    QPointer<QSocketNotifier> m_socketNotifier;
    bool m_polling = false;
    bool m_detached = false;
    bool m_pollFailing = false;
    std::vector<core::Change> m_polled;
};

} // namespace hindsight::ui
