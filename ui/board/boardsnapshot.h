#pragma once

#include "core/candidatemerge.h"
#include "core/decision.h"
#include "core/error.h"
#include "core/interview.h"
#include "core/interviewerdirectory.h"
#include "core/placementoverride.h"
#include "core/result.h"
#include "core/scoring/calibration.h"
#include "core/scoring/evidencegaps.h"
#include "core/scoring/rolescores.h"
#include "core/taxonomy.h"
#include "core/teammember.h"

#include <QString>

#include <optional>
#include <vector>

namespace hindsight::core {
class Store;
}

namespace hindsight::ui {

// One candidate as the committee board sees it. Figures come from submitted interviews only;
// drafts are counted (scored.figures.draftInterviews) and nothing else of them is read.
struct BoardEntry
{
    core::ScoredCandidate scored;
    QString alias;                          // "Candidate A", for blind mode
    std::vector<core::Interview> submitted; // for "who said what"
    std::vector<core::EvidenceGap> gaps;
    std::vector<core::Decision> decisions;          // oldest first
    std::vector<core::PlacementOverride> overrides; // oldest first
    std::vector<core::CandidateMerge> merges;       // records merged into it, oldest first

    core::Id id() const { return scored.candidate.id; }
    // The real name, or the alias when `blind`.
    QString displayName(bool blind) const;
    const core::Decision *decision() const
    {
        return decisions.empty() ? nullptr : &decisions.back();
    }
    const core::PlacementOverride *placementOverride() const
    {
        return overrides.empty() ? nullptr : &overrides.back();
    }
    int notProbed() const; // gaps with status NotProbed
};

// Everything the committee board shows for one role, read from the store in one go.
struct BoardSnapshot
{
    core::Role role;
    core::RoleTarget target;
    core::Taxonomy taxonomy;
    std::vector<BoardEntry> entries; // the store's candidate order (by name)
    std::vector<core::TeamMember> team;
    std::vector<core::InterviewerPair> calibration;
    // Who interviewed for the role (submitted interviews), each person once: "who said what"
    // names them as the calibration does.
    core::InterviewerDirectory interviewers;

    const BoardEntry *entry(core::Id candidateId) const;
    int draftsOutstanding() const;

    static core::Result<BoardSnapshot> load(core::Store &store, core::Id roleId);
    // "Candidate A" … "Candidate Z", "Candidate AA" …; index 0 is A.
    static QString aliasFor(std::size_t index);
};

} // namespace hindsight::ui
