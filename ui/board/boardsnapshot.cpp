#include "ui/board/boardsnapshot.h"

#include "core/scoring/scorer.h"
#include "core/storage/store.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace hindsight::ui {

QString BoardEntry::displayName(bool blind) const
{
    return blind ? alias : QString::fromStdString(scored.candidate.name);
}

int BoardEntry::notProbed() const
{
    return int(std::count_if(gaps.begin(), gaps.end(), [](const core::EvidenceGap &g) {
        return g.status == core::EvidenceGap::Status::NotProbed;
    }));
}

const BoardEntry *BoardSnapshot::entry(core::Id candidateId) const
{
    const auto it = std::find_if(entries.begin(), entries.end(), [candidateId](const BoardEntry &e) {
        return e.id() == candidateId;
    });
    return it == entries.end() ? nullptr : &*it;
}

int BoardSnapshot::draftsOutstanding() const
{
    return std::accumulate(entries.begin(), entries.end(), 0, [](int sum, const BoardEntry &e) {
        return sum + e.scored.figures.draftInterviews;
    });
}

QString BoardSnapshot::aliasFor(std::size_t index)
{
    // Spreadsheet-style letters: A … Z, AA … AZ, BA …
    QString letters;
    std::size_t n = index + 1;
    while (n > 0) {
        --n;
        letters.prepend(QChar(u'A' + char16_t(n % 26)));
        n /= 26;
    }
    return QCoreApplication::translate("hindsight::ui::BoardSnapshot", "Candidate %1").arg(letters);
}

core::Result<BoardSnapshot> BoardSnapshot::load(core::Store &store, core::Id roleId)
{
    BoardSnapshot s;
    auto role = store.role(roleId);
    if (!role)
        return role.error();
    s.role = std::move(*role);
    s.target = core::Scorer::target(s.role);
    auto taxonomy = store.taxonomy();
    if (!taxonomy)
        return taxonomy.error();
    s.taxonomy = std::move(*taxonomy);
    auto candidates = store.candidates(roleId);
    if (!candidates)
        return candidates.error();
    auto interviews = store.interviewsForRole(roleId);
    if (!interviews)
        return interviews.error();
    auto team = store.teamMembers(roleId);
    if (!team)
        return team.error();
    s.team = std::move(*team);

    const core::Scorer scorer(s.taxonomy.layerCount());
    s.entries.reserve(candidates->size());
    for (core::Candidate &c : *candidates) {
        BoardEntry e;
        std::vector<core::Interview> all;
        if (auto it = interviews->find(c.id); it != interviews->end())
            all = std::move(it->second);
        e.scored.figures = scorer.candidate(all);
        e.scored.fit = scorer.fit(s.role, e.scored.figures);
        e.scored.disagreement = scorer.disagreement(e.scored.figures);
        e.gaps = core::EvidenceGaps::classify(s.role, s.taxonomy, all);
        // Independent judgement first: nothing of a draft leaves this function but its count.
        for (core::Interview &i : all) {
            if (!i.submitted)
                continue;
            s.interviewers.add(core::Interviewer::of(i), i.startedAt);
            e.submitted.push_back(std::move(i));
        }
        auto decisions = store.decisions(c.id);
        if (!decisions)
            return decisions.error();
        e.decisions = std::move(*decisions);
        auto overrides = store.placementOverrides(c.id);
        if (!overrides)
            return overrides.error();
        e.overrides = std::move(*overrides);
        auto merges = store.candidateMerges(c.id);
        if (!merges)
            return merges.error();
        e.merges = std::move(*merges);
        e.scored.candidate = std::move(c);
        s.entries.push_back(std::move(e));
    }

    // Aliases follow the order candidates were added, which says nothing about their names.
    std::vector<std::size_t> byId(s.entries.size());
    std::iota(byId.begin(), byId.end(), 0);
    std::sort(byId.begin(), byId.end(),
              [&](std::size_t a, std::size_t b) { return s.entries[a].id() < s.entries[b].id(); });
    for (std::size_t i = 0; i < byId.size(); ++i)
        s.entries[byId[i]].alias = aliasFor(i);

    std::vector<core::ScoredCandidate> scored;
    scored.reserve(s.entries.size());
    for (const BoardEntry &e : s.entries)
        scored.push_back(e.scored);
    s.calibration = core::Calibration::pairs(scored);
    return s;
}

} // namespace hindsight::ui
