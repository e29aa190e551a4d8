#pragma once

#include "core/interview.h"

#include <string>
#include <vector>

namespace hindsight::core {

// Submission rules for an interview: what is missing before it may be submitted, and the digest
// that seals it, so any later change to its rows is detected as "modified after submission".
class InterviewSeal final
{
public:
    struct Problem
    {
        enum class Kind { NoRegrets, NoLevel, NoDomain, UnknownDomain, NoDepth };
        Kind kind = Kind::NoRegrets;
        int regretPosition = -1; // -1 for the interview as a whole
    };

    // Empty when the interview may be submitted. `knownDomain` tells whether a domain id exists.
    template<typename KnownDomain>
    static std::vector<Problem> problems(const Interview &interview, KnownDomain knownDomain);

    // "v2:" and the SHA-256 (hex) of a canonical rendering of everything the interviewer
    // recorded: the interview row with its version and amendment reason, regrets in position
    // order with their layers, notes, and probe ticks with their regret and time. Row ids are left
    // out so an export and re-import keeps the same digest.
    static std::string digest(const Interview &interview);
    // The digest of schema versions 2-4 (64 hex digits, no prefix): ticks were a set of probe ids
    // for the whole interview. Interviews sealed then keep it; moving their ticks to regrets (schema
    // 5) leaves that set, and so the digest, unchanged.
    static std::string legacyDigest(const Interview &interview);

    // A submitted interview whose rows no longer match its digest (either kind).
    static bool modifiedAfterSubmission(const Interview &interview);
};

template<typename KnownDomain>
std::vector<InterviewSeal::Problem> InterviewSeal::problems(const Interview &interview,
                                                            KnownDomain knownDomain)
{
    std::vector<Problem> list;
    if (interview.regrets.empty())
        list.push_back({Problem::Kind::NoRegrets, -1});
    for (const Regret &r : interview.regrets) {
        if (!r.levelChosen)
            list.push_back({Problem::Kind::NoLevel, r.position});
        else if (Regret::needsDomain(r.level) && r.domain.empty())
            list.push_back({Problem::Kind::NoDomain, r.position});
        else if (Regret::needsDomain(r.level) && !knownDomain(r.domain))
            list.push_back({Problem::Kind::UnknownDomain, r.position});
        if (!r.depthChosen)
            list.push_back({Problem::Kind::NoDepth, r.position});
    }
    return list;
}

} // namespace hindsight::core
