#pragma once

// The writes every store must refuse, each with its code, shared by tst_storechanges.cpp (nothing
// announced, on every store) and tst_changelog.cpp (nothing logged, in the SQLite file).

#include "tests/core/scenario.h"

#include "core/storage/store.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace hindsight::test {

struct RefusedWrites
{
    QStringList actual;   // "<write>: <code it failed with> <what observe() said>"
    QStringList expected; // "<write>: <code it must fail with> <quiet>"
};

// Makes a sealed interview, a draft and a team member of `candidate` and `role`, calls `ready`,
// then makes each write that must fail and calls `observe` after it: what it returns (what was
// announced or logged since) is recorded beside the code; `quiet` is what it returns when nothing
// was. An import that fails after writing a role is the last.
inline RefusedWrites refuseWrites(core::Store &store, core::Id role, core::Id candidate,
                                  const std::function<void()> &ready,
                                  const std::function<QString()> &observe, const QString &quiet)
{
    using Code = core::Error::Code;
    using L = core::Regret::Level;
    using TK = core::Taxonomy::Kind;
    RefusedWrites out;
    auto check = [&](const char *what, const core::Error &error, Code code) {
        const QString seen = observe();
        out.actual
            << QStringLiteral("%1: %2 %3").arg(QLatin1String(what)).arg(int(error.code)).arg(seen);
        out.expected << QStringLiteral("%1: %2 %3").arg(QLatin1String(what)).arg(int(code)).arg(quiet);
    };
    auto errorOf = [](const auto &result) { return result ? core::Error{} : result.error(); };

    core::Interview sealedInterview = candidateK();
    sealedInterview.candidateId = candidate;
    const core::Id sealed = *store.addInterview(sealedInterview);
    core::Interview incomplete = interview({}, false);
    incomplete.candidateId = candidate;
    const core::Id draft = *store.addInterview(incomplete);
    (void)store.saveTeamMember({0, role, "Ada", 5, 5});
    ready();

    check("taxonomy id", store.addTaxonomyEntry({TK::Domain, "Not An Id", "x", false}),
          Code::Invalid);
    check("taxonomy twice", store.addTaxonomyEntry({TK::Domain, "streaming", "again", false}),
          Code::Constraint);
    check("rename unknown entry", store.renameTaxonomyEntry(TK::Domain, "nowhere", "x"),
          Code::NotFound);
    check("delete built-in", store.deleteTaxonomyEntry(TK::Layer, "apis"), Code::Invalid);
    core::Role tooBroad = paymentBackend();
    tooBroad.breadthDemand = 11;
    check("role too broad", errorOf(store.saveRole(tooBroad)), Code::Invalid);
    core::Role unknown = paymentBackend();
    unknown.id = 4242;
    check("unknown role", errorOf(store.saveRole(unknown)), Code::NotFound);
    check("blank candidate", errorOf(store.saveCandidate({0, "  ", "", role, {}})), Code::Invalid);
    check("candidate of no role", errorOf(store.saveCandidate({0, "Nobody", "", 4242, {}})),
          Code::Constraint);
    check("blank candidate with role",
          errorOf(store.addCandidateWithRole({0, "", "", 0, {}}, paymentBackend())), Code::Invalid);

    check("note on sealed", errorOf(store.saveNote({0, sealed, 0, "system", "late", 0, false})),
          Code::Sealed);
    check("delete unknown note", store.deleteNote(4242), Code::NotFound);
    core::Regret tooDeep = regret(L::Product, "", 9, {});
    tooDeep.interviewId = draft;
    check("regret too deep", errorOf(store.saveRegret(tooDeep)), Code::Invalid);
    check("delete unknown regret", store.deleteRegret(4242), Code::NotFound);
    check("session of sealed", store.saveSession(sealed, "probe", 0, ""), Code::Sealed);
    check("tick unknown interview", store.setProbeTicked(4242, {"probe.domain.load", 0, {}}, true),
          Code::NotFound);
    check("submit incomplete", store.submitInterview(draft), Code::Invalid);
    check("submit sealed", store.submitInterview(sealed), Code::Sealed);

    check("decision of no candidate", errorOf(store.addDecision({0, 4242, {}, "", "", {}})),
          Code::Constraint);
    check("override of no candidate",
          errorOf(store.addPlacementOverride({0, 4242, 1, 1, "why", "", {}})), Code::NotFound);
    check("unknown member", errorOf(store.saveTeamMember({4242, role, "Ada", 5, 5})),
          Code::NotFound);
    check("delete unknown member", store.deleteTeamMember(4242), Code::NotFound);

    // An import that fails after writing a role rolls it back.
    core::Dataset broken;
    broken.roles = {test::role("Half imported", 5, {})};
    broken.candidates.push_back({{0, "Sol", "", 0, {}}, 7, {}, {}});
    check("broken import", errorOf(store.importDataset(broken)), Code::Invalid);
    return out;
}

} // namespace hindsight::test
