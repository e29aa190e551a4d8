#include "core/taxonomy.h"

#include <algorithm>

namespace hindsight::core {

namespace {

struct BuiltIn
{
    Taxonomy::Kind kind;
    const char *id;
    const char *label;
};

constexpr BuiltIn builtIns[] = {
    {Taxonomy::Kind::Layer, "databases", "Databases"},
    {Taxonomy::Kind::Layer, "apis", "APIs"},
    {Taxonomy::Kind::Layer, "caching", "Caching"},
    {Taxonomy::Kind::Layer, "queuing", "Queues and background jobs"},
    {Taxonomy::Kind::Layer, "auth", "Authentication and access control"},
    {Taxonomy::Kind::Layer, "deployment", "Deployment and infrastructure"},
    {Taxonomy::Kind::Layer, "integrations", "Third-party integrations"},
    {Taxonomy::Kind::Layer, "observability", "Monitoring and debugging"},
    {Taxonomy::Kind::Domain, "streaming", "Event streaming and message brokers"},
    {Taxonomy::Kind::Domain, "database-internals", "Database internals"},
    {Taxonomy::Kind::Domain, "distributed-systems", "Distributed systems"},
    {Taxonomy::Kind::Domain, "cryptography", "Cryptography"},
    {Taxonomy::Kind::Domain, "compilers", "Compilers and runtimes"},
    {Taxonomy::Kind::Domain, "payments", "Payments"},
    {Taxonomy::Kind::Domain, "performance", "Latency and throughput engineering"},
    {Taxonomy::Kind::Domain, "compliance", "Compliance boundaries"},
    {Taxonomy::Kind::Domain, "distributed-caching", "Distributed caching"},
};

} // namespace

Taxonomy Taxonomy::builtIn()
{
    return Taxonomy();
}

Taxonomy::Taxonomy(std::vector<Entry> userEntries)
{
    for (const BuiltIn &b : builtIns) {
        Entry e{b.kind, b.id, b.label, true};
        (b.kind == Kind::Layer ? m_layers : m_domains).push_back(std::move(e));
    }
    for (Entry &e : userEntries) {
        if (find(e.kind, e.id))
            continue;
        e.builtIn = false;
        (e.kind == Kind::Layer ? m_layers : m_domains).push_back(std::move(e));
    }
}

const Taxonomy::Entry *Taxonomy::find(Kind kind, std::string_view id) const
{
    const auto &list = kind == Kind::Layer ? m_layers : m_domains;
    auto it = std::find_if(list.begin(), list.end(), [&](const Entry &e) { return e.id == id; });
    return it == list.end() ? nullptr : &*it;
}

bool Taxonomy::isValidId(std::string_view id)
{
    if (id.size() < 2 || id.size() > 40 || id.front() < 'a' || id.front() > 'z')
        return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

std::string_view Taxonomy::kindId(Kind kind)
{
    return kind == Kind::Layer ? "layer" : "domain";
}

std::optional<Taxonomy::Kind> Taxonomy::kindFromId(std::string_view id)
{
    if (id == "layer")
        return Kind::Layer;
    if (id == "domain")
        return Kind::Domain;
    return std::nullopt;
}

} // namespace hindsight::core
