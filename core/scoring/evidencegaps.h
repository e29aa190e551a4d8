#pragma once

#include "core/interview.h"
#include "core/role.h"
#include "core/scoring/figures.h"
#include "core/taxonomy.h"

#include <string>
#include <vector>

namespace hindsight::core {

// Whether the submitted interviews of a candidate collected evidence for each domain the role
// demands and each stack layer. "Not probed" is kept apart from "probed and shallow" so a
// committee does not read missing evidence as a weakness.
struct EvidenceGap
{
    enum class Status {
        NotProbed, // no submitted interview has a regret on it
        Shallow,   // probed, but below what counts (domain: below q_d; layer: below depth 2)
        Covered    // probed deep enough
    };

    Taxonomy::Kind kind = Taxonomy::Kind::Domain;
    std::string id;
    Status status = Status::NotProbed;
    int required = 0;      // domains: q_d; layers: Scorer::MinBreadthDepth
    double observed = 0.0; // domains: depth(d) as the candidate figures have it (0-4);
                           // layers: the deepest rating of a regret touching it (0-4)
    int interviews = 0;    // submitted interviews with a regret on it

    bool operator==(const EvidenceGap &) const = default;
};

class EvidenceGaps final
{
public:
    // A domain counts as probed when a regret of level domain or mixed names it; a layer when any
    // regret lists it. Drafts are ignored. Domains first (in the role's demand order by id), then
    // every layer of the taxonomy in taxonomy order.
    static std::vector<EvidenceGap> classify(const Role &role, const Taxonomy &taxonomy,
                                             const std::vector<Interview> &interviews);
};

} // namespace hindsight::core
