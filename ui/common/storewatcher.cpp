#include "ui/common/storewatcher.h"

#include <map>

namespace hindsight::ui {

namespace {

// One watcher per store, found by the store's address while some view holds it.
std::map<const core::Store *, std::weak_ptr<StoreWatcher>> &watchers()
{
    static std::map<const core::Store *, std::weak_ptr<StoreWatcher>> map;
    return map;
}

} // namespace

std::shared_ptr<StoreWatcher> StoreWatcher::acquire(core::Store &store)
{
    std::weak_ptr<StoreWatcher> &slot = watchers()[&store];
    if (auto existing = slot.lock())
        return existing;
    // Let go of the store at once (it may be destroyed next), but delete later: the last holder
    // may go away inside a slot this watcher's signal called.
    std::shared_ptr<StoreWatcher> watcher(new StoreWatcher(store), [](StoreWatcher *w) {
        w->detach();
        w->deleteLater();
    });
    slot = watcher;
    return watcher;
}

StoreWatcher::StoreWatcher(core::Store &store)
    : m_store(store)
    , m_timer(this)
{
    // A child with a name, so a test can find it and stop it to show that the change socket alone
    // brings another client's change (tests/teamserver/tst_liveboard.cpp).
    m_timer.setObjectName(QStringLiteral("pollTimer"));
    m_subscription = m_store.subscribe([this](const core::Change &change) {
        // Changes found by a poll arrive here one by one; they are handed on together.
        if (m_polling)
            m_polled.push_back(change);
        else
            emit changed({change});
    });
    m_timer.setInterval(PollIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StoreWatcher::pollNow);
    m_timer.start();
    watchSocket();
}

void StoreWatcher::watchSocket()
{
    const int socket = m_detached ? -1 : m_store.changeSocket();
    if (m_socketNotifier && m_socketNotifier->socket() == socket)
        return;
    delete m_socketNotifier;
    if (socket < 0)
        return;
    m_socketNotifier = new QSocketNotifier(socket, QSocketNotifier::Read, this);
    connect(m_socketNotifier, &QSocketNotifier::activated, this, &StoreWatcher::pollNow);
}

StoreWatcher::~StoreWatcher()
{
    detach();
}

void StoreWatcher::detach()
{
    if (m_detached)
        return;
    m_detached = true;
    m_timer.stop();
    delete m_socketNotifier;
    m_store.unsubscribe(m_subscription);
    auto &map = watchers();
    const auto it = map.find(&m_store);
    // A new watcher of the same store may already have taken the slot.
    if (it != map.end() && it->second.expired())
        map.erase(it);
}

void StoreWatcher::pollNow()
{
    if (m_polling || m_detached)
        return;
    m_polling = true;
    m_polled.clear();
    auto result = m_store.pollExternalChanges();
    m_polling = false;
    watchSocket();
    if (!result) {
        if (!m_pollFailing)
            emit pollFailed(result.error());
        m_pollFailing = true;
        return;
    }
    m_pollFailing = false;
    if (m_polled.empty())
        return;
    const std::vector<core::Change> changes = std::move(m_polled);
    m_polled.clear();
    emit changed(changes);
}

bool StoreWatcher::isVisibleOutsideDraft(const core::Change &change)
{
    return change.kind != core::Change::Kind::DraftContent;
}

bool StoreWatcher::anyVisibleOutsideDraft(const std::vector<core::Change> &changes)
{
    for (const core::Change &change : changes) {
        if (isVisibleOutsideDraft(change))
            return true;
    }
    return false;
}

} // namespace hindsight::ui
