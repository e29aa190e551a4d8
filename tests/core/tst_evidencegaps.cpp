#include "tests/core/scenario.h"

#include "core/scoring/evidencegaps.h"
#include "core/scoring/scorer.h"

#include <QTest>

using namespace hindsight;
using namespace hindsight::test;
using L = core::Regret::Level;
using Status = core::EvidenceGap::Status;
using Kind = core::Taxonomy::Kind;

namespace {

const char *statusName(Status s)
{
    switch (s) {
    case Status::NotProbed: return "not-probed";
    case Status::Shallow: return "shallow";
    case Status::Covered: return "covered";
    }
    return "?";
}

core::EvidenceGap gap(Kind kind, std::string id, Status status, int required, double observed,
                      int interviews)
{
    return {kind, std::move(id), status, required, observed, interviews};
}

core::EvidenceGap layer(std::string id, Status status, double observed, int interviews)
{
    return gap(Kind::Layer, std::move(id), status, core::Scorer::MinBreadthDepth, observed,
               interviews);
}

const core::EvidenceGap *find(const std::vector<core::EvidenceGap> &list, Kind kind,
                              const std::string &id)
{
    for (const core::EvidenceGap &g : list) {
        if (g.kind == kind && g.id == id)
            return &g;
    }
    return nullptr;
}

} // namespace

// Evidence gaps: what the submitted interviews never asked about is kept apart from what they asked
// about and found shallow.
class TestEvidenceGaps : public QObject
{
    Q_OBJECT

private slots:
    void classifiesDomainsAndLayers();
    void nothingSubmittedIsNothingProbed();
    void productRegretIsNoDomainEvidence();
    void draftsAreIgnored();
};

// Role demands compliance 1, payments 2, performance 4, streaming 3 (listed in that order, by id).
//   Sam (submitted):   domain streaming 4 {queuing}; product "payments" 4 {databases, apis};
//                      mixed performance 1 {caching}
//   Priya (submitted): domain streaming 2 {queuing}; domain performance 0; domain compliance 0;
//                      unclear 1 {observability}; product 2 {integrations}
//   Priya (draft):     domain payments 4 {auth, deployment}
// streaming:   depth(d) = (4 + 2) / 2 = 3 >= 3            -> covered, 2 interviews
// performance: depth(d) = mean over depth_i > 0 = 1 < 4    -> shallow, 2 interviews
// compliance:  probed at depth 0, depth(d) = 0 < 1         -> shallow, 1 interview
// payments:    only a product regret and a draft name it   -> not probed
void TestEvidenceGaps::classifiesDomainsAndLayers()
{
    const core::Role role = test::role(
        "Ledger", 5, {{"streaming", 3}, {"performance", 4}, {"payments", 2}, {"compliance", 1}});
    const core::Taxonomy taxonomy({{Kind::Layer, "search-infra", "Search infrastructure", false}});
    const std::vector<core::Interview> interviews = {
        interview({regret(L::Domain, "streaming", 4, {"queuing"}),
                   regret(L::Product, "payments", 4, {"databases", "apis"}),
                   regret(L::Mixed, "performance", 1, {"caching"})},
                  true, "Sam"),
        interview({regret(L::Domain, "streaming", 2, {"queuing"}),
                   regret(L::Domain, "performance", 0, {}), regret(L::Domain, "compliance", 0, {}),
                   regret(L::Unclear, "", 1, {"observability"}),
                   regret(L::Product, "", 2, {"integrations"})},
                  true, "Priya"),
        interview({regret(L::Domain, "payments", 4, {"auth", "deployment"})}, false, "Priya"),
    };

    const std::vector<core::EvidenceGap> expected = {
        gap(Kind::Domain, "compliance", Status::Shallow, 1, 0.0, 1),
        gap(Kind::Domain, "payments", Status::NotProbed, 2, 0.0, 0),
        gap(Kind::Domain, "performance", Status::Shallow, 4, 1.0, 2),
        gap(Kind::Domain, "streaming", Status::Covered, 3, 3.0, 2),
        layer("databases", Status::Covered, 4, 1),
        layer("apis", Status::Covered, 4, 1),
        layer("caching", Status::Shallow, 1, 1), // touched only at depth 1
        layer("queuing", Status::Covered, 4, 2),
        layer("auth", Status::NotProbed, 0, 0), // only the draft touched it
        layer("deployment", Status::NotProbed, 0, 0),
        layer("integrations", Status::Covered, 2, 1), // exactly MinBreadthDepth
        layer("observability", Status::Shallow, 1, 1),
        layer("search-infra", Status::NotProbed, 0, 0), // a user layer, last as in the taxonomy
    };
    const auto gaps = core::EvidenceGaps::classify(role, taxonomy, interviews);
    QCOMPARE(gaps.size(), expected.size());
    for (std::size_t i = 0; i < gaps.size(); ++i) {
        const core::EvidenceGap &g = gaps[i];
        const core::EvidenceGap &e = expected[i];
        QVERIFY2(g == e, qPrintable(QStringLiteral("#%1 %2: %3 required %4 observed %5 in %6")
                                        .arg(i)
                                        .arg(QString::fromStdString(g.id))
                                        .arg(QLatin1String(statusName(g.status)))
                                        .arg(g.required)
                                        .arg(g.observed)
                                        .arg(g.interviews)));
    }

    // Observed for a domain is the candidate figures' depth(d), not recomputed differently.
    const auto figures = core::Scorer(taxonomy.layerCount()).candidate(interviews);
    QCOMPARE(find(gaps, Kind::Domain, "streaming")->observed, figures.domainDepth.at("streaming"));
}

void TestEvidenceGaps::nothingSubmittedIsNothingProbed()
{
    const core::Taxonomy taxonomy;
    const auto gaps = core::EvidenceGaps::classify(fraudPipeline(), taxonomy, {});
    QCOMPARE(gaps.size(), std::size_t(2) + taxonomy.layers().size());
    QCOMPARE(gaps[0].id, std::string("performance"));
    QCOMPARE(gaps[0].required, 3);
    QCOMPARE(gaps[1].id, std::string("streaming"));
    QCOMPARE(gaps[1].required, 4);
    for (const core::EvidenceGap &g : gaps) {
        QCOMPARE(g.status, Status::NotProbed);
        QCOMPARE(g.interviews, 0);
        QCOMPARE(g.observed, 0.0);
    }
}

// A product-level regret may carry a domain (say, left over from re-tagging); it says nothing
// about depth there, though its layers count.
void TestEvidenceGaps::productRegretIsNoDomainEvidence()
{
    const core::Taxonomy taxonomy;
    const core::Role role = paymentBackend(); // payments 1
    const auto productOnly = core::EvidenceGaps::classify(
        role, taxonomy, {interview({regret(L::Product, "payments", 4, {"apis"})})});
    QCOMPARE(productOnly[0].id, std::string("payments"));
    QCOMPARE(productOnly[0].status, Status::NotProbed);
    QCOMPARE(productOnly[0].interviews, 0);
    QCOMPARE(find(productOnly, Kind::Layer, "apis")->status, Status::Covered);

    const auto mixed = core::EvidenceGaps::classify(
        role, taxonomy, {interview({regret(L::Mixed, "payments", 1, {"apis"})})});
    QCOMPARE(mixed[0].status, Status::Covered);
    QCOMPARE(mixed[0].observed, 1.0);
    QCOMPARE(mixed[0].interviews, 1);
    QCOMPARE(find(mixed, Kind::Layer, "apis")->status, Status::Shallow);
}

// The same interview as a draft and as a submission: only the submission is evidence.
void TestEvidenceGaps::draftsAreIgnored()
{
    const core::Taxonomy taxonomy;
    const core::Role role = fraudPipeline();
    core::Interview k = candidateK();
    k.submitted = false;
    const auto asDraft = core::EvidenceGaps::classify(role, taxonomy, {k});
    k.submitted = true;
    const auto submitted = core::EvidenceGaps::classify(role, taxonomy, {k});

    for (const char *domain : {"performance", "streaming"}) {
        QCOMPARE(find(asDraft, Kind::Domain, domain)->status, Status::NotProbed);
        QCOMPARE(find(submitted, Kind::Domain, domain)->status, Status::Covered);
    }
    QCOMPARE(find(asDraft, Kind::Layer, "queuing")->status, Status::NotProbed);
    QCOMPARE(find(submitted, Kind::Layer, "queuing")->status, Status::Covered);
    QCOMPARE(find(submitted, Kind::Layer, "queuing")->observed, 4.0);
    QCOMPARE(find(submitted, Kind::Layer, "apis")->status, Status::NotProbed);
}

QTEST_GUILESS_MAIN(TestEvidenceGaps)
#include "tst_evidencegaps.moc"
