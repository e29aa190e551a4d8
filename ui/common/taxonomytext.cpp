#include "ui/common/taxonomytext.h"

#include "ui/common/terms.h"

#include <utility>

namespace hindsight::ui {

TaxonomyText::TaxonomyText(core::Taxonomy taxonomy)
    : m_taxonomy(std::move(taxonomy))
{
}

QString TaxonomyText::layer(std::string_view id) const
{
    return label(core::Taxonomy::Kind::Layer, id);
}

QString TaxonomyText::domain(std::string_view id) const
{
    return label(core::Taxonomy::Kind::Domain, id);
}

QStringList TaxonomyText::layers(const std::set<std::string> &ids) const
{
    QStringList out;
    for (const core::Taxonomy::Entry &e : m_taxonomy.layers()) {
        if (ids.count(e.id))
            out << layer(e.id);
    }
    // Ids the taxonomy no longer knows still show, after the known ones.
    for (const std::string &id : ids) {
        if (!m_taxonomy.hasLayer(id))
            out << Terms::text(id);
    }
    return out;
}

QString TaxonomyText::label(core::Taxonomy::Kind kind, std::string_view id) const
{
    if (auto builtIn = builtInLabel(kind, id))
        return *builtIn;
    if (const core::Taxonomy::Entry *e = m_taxonomy.find(kind, id); e && !e->label.empty())
        return Terms::text(e->label);
    return Terms::text(id);
}

std::optional<QString> TaxonomyText::builtInLabel(core::Taxonomy::Kind kind, std::string_view id)
{
    if (kind == core::Taxonomy::Kind::Layer) {
        if (id == "databases")
            return tr("Databases");
        if (id == "apis")
            return tr("APIs");
        if (id == "caching")
            return tr("Caching");
        if (id == "queuing")
            return tr("Queues and background jobs");
        if (id == "auth")
            return tr("Authentication and access control");
        if (id == "deployment")
            return tr("Deployment and infrastructure");
        if (id == "integrations")
            return tr("Third-party integrations");
        if (id == "observability")
            return tr("Monitoring and debugging");
        return std::nullopt;
    }
    if (id == "streaming")
        return tr("Event streaming");
    if (id == "database-internals")
        return tr("Database internals");
    if (id == "distributed-systems")
        return tr("Distributed systems");
    if (id == "cryptography")
        return tr("Cryptography");
    if (id == "compilers")
        return tr("Compilers and runtimes");
    if (id == "payments")
        return tr("Payments");
    if (id == "performance")
        return tr("Latency and throughput");
    if (id == "compliance")
        return tr("Compliance");
    if (id == "distributed-caching")
        return tr("Distributed caching");
    return std::nullopt;
}

} // namespace hindsight::ui
