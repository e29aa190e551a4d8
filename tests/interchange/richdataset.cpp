#include "tests/interchange/richdataset.h"

#include "tests/interchange/documents.h"

#include "ui/interchange/jsonimporter.h"

namespace hindsight::test {

const std::string hostile = "He said \"no\",\nthen\tleft \xF0\x9F\x9A\x80 <b>bold</b> & \\ back "
                            "'x' \xC3\xA6\xC3\xB8\xC3\xA5";

core::Dataset richDataset()
{
    core::Dataset dataset;
    dataset.roles.push_back(
        {0, "Fraud \"scoring\" pipeline", hostile, 2.5, {{"streaming", 4}, {"performance", 3}}});
    dataset.roles.push_back({0, "Payment backend", "", 7.5, {}});

    core::Dataset::CandidateEntry entry;
    entry.candidate.name = "Zoë \xF0\x9F\x9A\x80 O'Brien";
    entry.candidate.email = "zoe@example.org";
    entry.candidate.status = core::Candidate::Status::Withdrawn;
    entry.roleIndex = 1;

    core::Interview interview;
    interview.interviewer = "Sam <script>";
    interview.startedAt = utc("2026-11-20T10:00:00.250Z");
    interview.submitted = true;
    core::Regret domain;
    domain.id = 7; // local to the interview: the quote below is evidence for this regret
    domain.level = core::Regret::Level::Domain;
    domain.domain = "streaming";
    domain.depth = 4;
    domain.layers = {"queuing", "databases"};
    domain.system = hostile;
    domain.decision = "hand-written state rebuild";
    domain.why = "tab\there";
    domain.instead = "log-compacted topic";
    domain.impact = "line one\nline two";
    core::Regret product;
    product.position = 1;
    product.level = core::Regret::Level::Product;
    product.domain = "payments";
    product.depth = 2;
    core::Regret unclear;
    unclear.position = 2;
    unclear.level = core::Regret::Level::Unclear;
    interview.regrets = {domain, product, unclear};
    interview.notes.push_back({0, 0, 0, "system", "", 0, false});
    interview.notes.push_back({0, 0, 61001, "probe", hostile, 7, true});
    // Ticks for the domain regret and for none, with and without a time, in the order the store
    // reads them (no regret first, then by regret, then by id). One id is one a later version of
    // the interview guide might have dropped.
    interview.probeTicks = {{"probe.retired-in-a-later-version", 0, {}},
                            {"wrapup.questions", 0, utc("2026-11-20T10:41:00.250Z")},
                            {"probe.domain.failure-modes", 7, utc("2026-11-20T10:20:00Z")},
                            {"system.scale", 7, {}}};
    entry.interviews.push_back(interview);

    core::Interview draft;
    draft.interviewer = "Kim";
    draft.startedAt = utc("2026-11-21T08:30:00Z");
    entry.interviews.push_back(draft);

    entry.decisions.push_back({0, 0, core::Decision::Outcome::Advance, "strong", "Kim",
                               utc("2026-11-22T09:00:00Z")});
    entry.decisions.push_back({0, 0, core::Decision::Outcome::NoHire, hostile, "Sam",
                               utc("2026-11-23T09:00:00.007Z")});
    dataset.candidates.push_back(entry);

    core::Dataset::CandidateEntry second;
    second.candidate.name = "Ada";
    second.roleIndex = 0;
    dataset.candidates.push_back(second);
    return dataset;
}

std::optional<core::Dataset> parse(const QByteArray &json, interchange::Failure *failure)
{
    return interchange::JsonImporter(core::Taxonomy::builtIn()).parse(json, failure);
}

} // namespace hindsight::test
