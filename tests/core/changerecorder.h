#pragma once

// Records what a Store announces, so a test can compare it with what it expects in one line.

#include "core/storage/store.h"

#include <QString>
#include <QStringList>

#include <initializer_list>
#include <vector>

namespace hindsight::test {

inline QString kindName(core::Change::Kind kind)
{
    using K = core::Change::Kind;
    switch (kind) {
    case K::Taxonomy: return QStringLiteral("Taxonomy");
    case K::Role: return QStringLiteral("Role");
    case K::Candidate: return QStringLiteral("Candidate");
    case K::Interview: return QStringLiteral("Interview");
    case K::DraftContent: return QStringLiteral("DraftContent");
    case K::Decision: return QStringLiteral("Decision");
    case K::PlacementOverride: return QStringLiteral("PlacementOverride");
    case K::TeamMember: return QStringLiteral("TeamMember");
    case K::Dataset: return QStringLiteral("Dataset");
    }
    return QStringLiteral("kind %1").arg(int(kind));
}

// "Role 3, Candidate 7": readable in a failed QCOMPARE.
inline QString describe(const std::vector<core::Change> &changes)
{
    QStringList parts;
    for (const core::Change &c : changes)
        parts << QStringLiteral("%1 %2").arg(kindName(c.kind)).arg(c.id);
    return parts.join(QStringLiteral(", "));
}

inline QString describe(std::initializer_list<core::Change> changes)
{
    return describe(std::vector<core::Change>(changes));
}

class ChangeRecorder
{
public:
    explicit ChangeRecorder(core::Store &store)
        : m_store(store)
        , m_subscription(store.subscribe([this](const core::Change &c) { m_seen.push_back(c); }))
    {
    }
    ~ChangeRecorder() { m_store.unsubscribe(m_subscription); }
    ChangeRecorder(const ChangeRecorder &) = delete;
    ChangeRecorder &operator=(const ChangeRecorder &) = delete;

    // What was announced since the last call, described; then forgets it.
    QString take()
    {
        const QString text = describe(m_seen);
        m_seen.clear();
        return text;
    }

private:
    core::Store &m_store;
    core::Store::Subscription m_subscription;
    std::vector<core::Change> m_seen;
};

} // namespace hindsight::test
