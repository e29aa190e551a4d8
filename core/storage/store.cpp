#include "core/storage/store.h"

namespace hindsight::core {

Store::Subscription Store::subscribe(ChangeListener listener)
{
    const Subscription id = m_nextSubscription++;
    m_listeners.emplace(id, std::move(listener));
    return id;
}

void Store::unsubscribe(Subscription subscription)
{
    m_listeners.erase(subscription);
}

void Store::announce(const Change &change)
{
    // A listener may unsubscribe (a window closing in reaction): iterate over a copy.
    const auto listeners = m_listeners;
    for (const auto &[id, listener] : listeners) {
        if (m_listeners.count(id))
            listener(change);
    }
}

} // namespace hindsight::core
