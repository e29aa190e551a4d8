#include "tests/core/scenario.h"

#include "core/scoring/explanation.h"
#include "core/scoring/scorer.h"

#include <QTest>

using namespace hindsight;
using namespace hindsight::test;
using L = core::Regret::Level;
using core::Archetype;
using core::Risk;
using Risks = std::vector<core::Risk>;

Q_DECLARE_METATYPE(core::Interview)
Q_DECLARE_METATYPE(core::Role)
Q_DECLARE_METATYPE(core::Archetype)
Q_DECLARE_METATYPE(Risks)
Q_DECLARE_METATYPE(std::vector<core::Interview>)
Q_DECLARE_METATYPE(std::vector<std::string>)

namespace {

std::vector<core::Interview> one(core::Interview i)
{
    return {std::move(i)};
}

} // namespace

// The scoring formulas of DESIGN.md, checked against its worked examples and edge cases.
class TestScorer : public QObject
{
    Q_OBJECT

private slots:
    void roleTargets_data();
    void roleTargets();
    void workedExamples_data();
    void workedExamples();
    void breadthCountsOnlyDepthTwoOrMore();
    void averagesOverSubmittedInterviewsAndIgnoresDrafts();
    void depthAveragesOnlyInterviewsThatRatedTheDomain();
    void productLevelRegretsGiveNoDepth();
    void layerCountComesFromTaxonomy();
    void archetypeThresholds_data();
    void archetypeThresholds();
    void fitClampsAndRoundsHalfAwayFromZero();
    void levelMix();
    void disagreement_data();
    void disagreement();
    void explanationNamesTheRegrets();
    void underDepthNotProbed_data();
    void underDepthNotProbed();
    void explanationSaysNotProbed();
};

void TestScorer::roleTargets_data()
{
    QTest::addColumn<core::Role>("role");
    QTest::addColumn<double>("breadth");
    QTest::addColumn<double>("depth");
    QTest::addColumn<Archetype>("archetype");
    QTest::newRow("payment backend") << paymentBackend() << 7.5 << 2.5 << Archetype::Generalist;
    QTest::newRow("fraud pipeline") << fraudPipeline() << 2.5 << 10.0 << Archetype::Specialist;
    QTest::newRow("no demand") << role("Plain", 6.25, {}) << 6.25 << 0.0 << Archetype::Generalist;
    QTest::newRow("t-shaped") << role("Ledger", 5.0, {{"compliance", 3}, {"cryptography", 2}})
                              << 5.0 << 7.5 << Archetype::TShaped;
    QTest::newRow("developing") << role("Junior", 2.0, {{"payments", 1}}) << 2.0 << 2.5
                                << Archetype::Developing;
}

void TestScorer::roleTargets()
{
    QFETCH(core::Role, role);
    QFETCH(double, breadth);
    QFETCH(double, depth);
    QFETCH(Archetype, archetype);
    const core::RoleTarget t = core::Scorer(8).target(role);
    QCOMPARE(t.breadth, breadth);
    QCOMPARE(t.depth, depth);
    QCOMPARE(t.archetype, archetype);
}

void TestScorer::workedExamples_data()
{
    QTest::addColumn<core::Interview>("interview");
    QTest::addColumn<core::Role>("role");
    QTest::addColumn<double>("breadth");
    QTest::addColumn<double>("depth");
    QTest::addColumn<Archetype>("archetype");
    QTest::addColumn<double>("breadthGap");
    QTest::addColumn<double>("depthGap");
    QTest::addColumn<double>("excess");
    QTest::addColumn<int>("fit");
    QTest::addColumn<Risks>("risks");

    QTest::newRow("K for fraud pipeline")
        << candidateK() << fraudPipeline() << 2.5 << 10.0 << Archetype::Specialist << 0.0 << 0.0
        << 0.0 << 100 << Risks{Risk::GoodMatch};
    QTest::newRow("K for payment backend")
        << candidateK() << paymentBackend() << 2.5 << 10.0 << Archetype::Specialist << 5.0 << 2.5
        << 5.0 << 45 << Risks{Risk::UnderDepth, Risk::UnderBreadth, Risk::OverSpecialization};
    QTest::newRow("G for payment backend")
        << candidateG() << paymentBackend() << 8.75 << 2.5 << Archetype::Generalist << 0.0 << 0.0
        << 0.0 << 100 << Risks{Risk::GoodMatch};
    QTest::newRow("G for fraud pipeline")
        << candidateG() << fraudPipeline() << 8.75 << 2.5 << Archetype::Generalist << 0.0 << 10.0
        << 0.0 << 40 << Risks{Risk::UnderDepth};
}

void TestScorer::workedExamples()
{
    QFETCH(core::Interview, interview);
    QFETCH(core::Role, role);
    const core::Scorer scorer(8);
    const core::CandidateFigures c = scorer.candidate(one(interview));
    QTEST(c.breadth, "breadth");
    QTEST(c.depth, "depth");
    QTEST(c.archetype, "archetype");
    const core::Fit fit = scorer.fit(role, c);
    QTEST(fit.breadthGap, "breadthGap");
    QTEST(fit.depthGap, "depthGap");
    QTEST(fit.excess, "excess");
    QTEST(fit.score, "fit");
    QTEST(fit.risks, "risks");
}

void TestScorer::breadthCountsOnlyDepthTwoOrMore()
{
    const core::Scorer scorer(8);
    auto f = scorer.interview(interview({regret(L::Product, "", 1, {"apis", "auth"}),
                                         regret(L::Product, "", 2, {"apis", "caching"})}));
    QCOMPARE(f.layers, (std::set<std::string>{"apis", "caching"}));
    QCOMPARE(f.breadth, 2.5);
}

void TestScorer::averagesOverSubmittedInterviewsAndIgnoresDrafts()
{
    const core::Scorer scorer(8);
    std::vector<core::Interview> list{
        interview({regret(L::Product, "", 3, {"apis", "auth", "caching", "databases"})}), // 5.0
        interview({regret(L::Domain, "streaming", 2, {"queuing"})}),                      // 1.25
        // A draft with everything at full depth must change nothing.
        interview({regret(L::Domain, "streaming", 4,
                          {"apis", "auth", "caching", "databases", "queuing", "deployment",
                           "integrations", "observability"})},
                  false),
    };
    // An amendment in progress is neither scored nor a draft still to come.
    core::Interview amending = list[1];
    amending.submitted = false;
    amending.version = 2;
    amending.regrets[0].depth = 4;
    list.push_back(amending);
    const core::CandidateFigures c = scorer.candidate(list);
    QCOMPARE(c.submittedInterviews, 2);
    QCOMPARE(c.draftInterviews, 1);
    QCOMPARE(c.breadth, (5.0 + 1.25) / 2);
    QCOMPARE(c.depth, 5.0); // streaming 2 from the one submitted interview that rated it
    QCOMPARE(c.interviews.size(), std::size_t(2));
    QCOMPARE(c.mix.total(), 2);
}

void TestScorer::depthAveragesOnlyInterviewsThatRatedTheDomain()
{
    const core::Scorer scorer(8);
    std::vector<core::Interview> list{
        interview({regret(L::Domain, "payments", 4, {}), regret(L::Mixed, "payments", 2, {})}),
        interview({regret(L::Mixed, "payments", 1, {})}),
        interview({regret(L::Product, "", 3, {"apis"})}),
    };
    const core::CandidateFigures c = scorer.candidate(list);
    QCOMPARE(c.domainDepth.at("payments"), 2.5); // max 4 in the first, 1 in the second
    QCOMPARE(c.depth, 6.25);
    QCOMPARE(c.deepestDomain, std::string("payments"));
    // No submitted interview at all: zeros, developing.
    const auto none = scorer.candidate({interview({regret(L::Domain, "payments", 4, {})}, false)});
    QCOMPARE(none.breadth, 0.0);
    QCOMPARE(none.depth, 0.0);
    QCOMPARE(none.archetype, Archetype::Developing);
}

void TestScorer::productLevelRegretsGiveNoDepth()
{
    const core::Scorer scorer(8);
    // A product regret that names a domain anyway must not count for depth.
    const auto c = scorer.candidate(one(interview({regret(L::Product, "payments", 4, {"apis"}),
                                                   regret(L::Unclear, "streaming", 4, {})})));
    QCOMPARE(c.depth, 0.0);
    QVERIFY(c.domainDepth.empty());
    QCOMPARE(c.breadth, 1.25);
}

void TestScorer::layerCountComesFromTaxonomy()
{
    // With a user-added ninth layer |L| = 9.
    const auto c = core::Scorer(9).candidate(one(candidateG()));
    QCOMPARE(c.breadth, 10.0 * 7 / 9);
}

void TestScorer::archetypeThresholds_data()
{
    QTest::addColumn<double>("breadth");
    QTest::addColumn<double>("depth");
    QTest::addColumn<Archetype>("archetype");
    QTest::newRow("both at threshold") << 5.0 << 5.0 << Archetype::TShaped;
    QTest::newRow("just under both") << 4.99 << 4.99 << Archetype::Developing;
    QTest::newRow("broad") << 5.0 << 4.99 << Archetype::Generalist;
    QTest::newRow("deep") << 4.99 << 5.0 << Archetype::Specialist;
    QTest::newRow("zero") << 0.0 << 0.0 << Archetype::Developing;
}

void TestScorer::archetypeThresholds()
{
    QFETCH(double, breadth);
    QFETCH(double, depth);
    QTEST(core::Scorer::archetype(breadth, depth), "archetype");
}

void TestScorer::fitClampsAndRoundsHalfAwayFromZero()
{
    QCOMPARE(core::Scorer::roundHalfAway(92.5), 93);
    QCOMPARE(core::Scorer::roundHalfAway(92.4999999999), 93); // floating noise on an exact .5
    QCOMPARE(core::Scorer::roundHalfAway(92.49), 92);
    QCOMPARE(core::Scorer::roundHalfAway(-2.5), -3);

    const core::Scorer scorer(8);
    // Breadth 6.25 against 7.5: gap 1.25, fit 100 - 7.5 = 92.5 -> 93.
    const auto c = scorer.candidate(one(interview(
        {regret(L::Mixed, "payments", 2, {"apis", "auth", "caching", "databases", "queuing"})})));
    QCOMPARE(scorer.fit(paymentBackend(), c).score, 93);
    // Nothing at all against a demanding role clamps at 0.
    core::Role hard = role("Hard", 10.0, {{"streaming", 4}});
    const auto empty = scorer.candidate({});
    const core::Fit fit = scorer.fit(hard, empty);
    QCOMPARE(fit.score, 0);
    QCOMPARE(fit.depthGapDomain, std::string("streaming"));
}

void TestScorer::levelMix()
{
    const auto c = core::Scorer(8).candidate(one(candidateG()));
    QCOMPARE(c.mix.product, 2);
    QCOMPARE(c.mix.mixed, 1);
    QCOMPARE(c.mix.domain, 0);
    QCOMPARE(c.mix.modes(), (std::set<L>{L::Product}));
}

void TestScorer::disagreement_data()
{
    QTest::addColumn<core::Interview>("a");
    QTest::addColumn<core::Interview>("b");
    QTest::addColumn<bool>("flagged");

    QTest::newRow("same") << candidateK() << candidateK() << false;
    QTest::newRow("depth differs by 2 in a shared domain")
        << interview({regret(L::Domain, "streaming", 4, {})})
        << interview({regret(L::Domain, "streaming", 2, {})}) << true;
    QTest::newRow("depth differs by 1")
        << interview({regret(L::Domain, "streaming", 4, {})})
        << interview({regret(L::Domain, "streaming", 3, {})}) << false;
    QTest::newRow("different domains are not compared")
        << interview({regret(L::Domain, "streaming", 4, {})})
        << interview({regret(L::Domain, "payments", 1, {})}) << false;
    QTest::newRow("breadth differs by 2.5")
        << interview({regret(L::Product, "", 2, {"apis", "auth"})})
        << interview({regret(L::Product, "", 2, {"apis", "auth", "caching", "queuing"})}) << true;
    QTest::newRow("breadth differs by 1.25")
        << interview({regret(L::Product, "", 2, {"apis", "auth"})})
        << interview({regret(L::Product, "", 2, {"apis", "auth", "caching"})}) << false;
    QTest::newRow("most frequent level differs")
        << interview({regret(L::Product, "", 1, {})})
        << interview({regret(L::Mixed, "payments", 1, {})}) << true;
    QTest::newRow("a tie that shares a level is agreement")
        << interview({regret(L::Product, "", 1, {}), regret(L::Domain, "payments", 1, {})})
        << interview({regret(L::Domain, "payments", 1, {})}) << false;
    QTest::newRow("an interview without regrets has no level to differ")
        << interview({}) << interview({regret(L::Product, "", 1, {})}) << false;
}

void TestScorer::disagreement()
{
    QFETCH(core::Interview, a);
    QFETCH(core::Interview, b);
    QFETCH(bool, flagged);
    const core::Scorer scorer(8);
    QCOMPARE(scorer.disagree(scorer.interview(a), scorer.interview(b)), flagged);
    QCOMPARE(scorer.disagreement(scorer.candidate({a, b})), flagged);
    // Drafts never count towards disagreement.
    b.submitted = false;
    QVERIFY(!scorer.disagreement(scorer.candidate({a, b})));
}

void TestScorer::explanationNamesTheRegrets()
{
    core::Interview k = candidateK();
    k.regrets[0].decision = "hand-written state rebuild";
    k.regrets[1].decision = "synchronous scoring call";
    const core::Scorer scorer(8);
    const auto c = scorer.candidate(one(k));
    const core::Role r = paymentBackend();
    const auto e = core::Explanation::build(one(k), c, r, scorer.target(r), scorer.fit(r, c));
    QCOMPARE(e.deepestDomain, std::string("streaming"));
    QCOMPARE(e.depthRegrets.size(), std::size_t(1));
    QCOMPARE(e.depthRegrets[0].decision, std::string("hand-written state rebuild"));
    QCOMPARE(e.breadthRegrets.size(), std::size_t(2));
    QCOMPARE(e.layersCovered, (std::vector<std::string>{"databases", "queuing"}));
    const std::string text = e.toText();
    QVERIFY(text.find("hand-written state rebuild") != std::string::npos);
    QVERIFY(text.find("Fit 45") != std::string::npos);
    QVERIFY(text.find("over-specialization") != std::string::npos);
}

void TestScorer::underDepthNotProbed_data()
{
    using Domains = std::vector<std::string>;
    QTest::addColumn<std::vector<core::Interview>>("interviews");
    QTest::addColumn<core::Role>("role");
    QTest::addColumn<int>("fit");
    QTest::addColumn<Risks>("risks");
    QTest::addColumn<Domains>("notProbed");

    // Payments rated 4 of 4; the two other demanded domains were never asked about.
    const core::Role payments = role("Payments platform", 2.5,
                                     {{"payments", 4}, {"streaming", 2}, {"performance", 1}});
    QTest::newRow("only unprobed domains")
        << one(interview({regret(L::Domain, "payments", 4, {"databases", "apis"})})) << payments
        << 70 << Risks{Risk::UnderDepth} << Domains{"performance", "streaming"};
    // Streaming probed and rated 0: a real (if extreme) weakness, not missing evidence.
    QTest::newRow("probed at depth 0 among the causes")
        << one(interview({regret(L::Domain, "payments", 4, {"databases", "apis"}),
                          regret(L::Domain, "streaming", 0, {})}))
        << payments << 70 << Risks{Risk::UnderDepth} << Domains{};
    // Streaming probed and shallow, performance never asked: a weakness is among the causes.
    QTest::newRow("one probed shallow, one unprobed")
        << one(interview({regret(L::Domain, "payments", 4, {"databases", "apis"}),
                          regret(L::Mixed, "streaming", 1, {})}))
        << payments << 85 << Risks{Risk::UnderDepth} << Domains{};
    // Streaming probed and short by half a level, which alone is no risk: the unprobed
    // performance is the only cause.
    QTest::newRow("probed domain short but not a cause")
        << std::vector<core::Interview>{interview({regret(L::Domain, "payments", 4,
                                                          {"databases", "apis"}),
                                                   regret(L::Domain, "streaming", 3, {})}),
                                        interview({regret(L::Domain, "streaming", 2,
                                                          {"databases", "apis"})})}
        << role("Fraud", 2.5, {{"payments", 4}, {"streaming", 3}, {"performance", 2}}) << 70
        << Risks{Risk::UnderDepth} << Domains{"performance"};
    // A product-level regret that carries a domain and a draft are no evidence of depth in it.
    QTest::newRow("product-level regret and draft do not probe")
        << std::vector<core::Interview>{interview({regret(L::Domain, "payments", 4,
                                                          {"databases", "apis"}),
                                                   regret(L::Product, "streaming", 3, {})}),
                                        interview({regret(L::Domain, "streaming", 3, {})}, false)}
        << payments << 70 << Risks{Risk::UnderDepth} << Domains{"performance", "streaming"};
    QTest::newRow("K for payment backend (worked example)")
        << one(candidateK()) << paymentBackend() << 45
        << Risks{Risk::UnderDepth, Risk::UnderBreadth, Risk::OverSpecialization}
        << Domains{"payments"};
    QTest::newRow("G for fraud pipeline (worked example)")
        << one(candidateG()) << fraudPipeline() << 40 << Risks{Risk::UnderDepth}
        << Domains{"performance", "streaming"};
    QTest::newRow("no under-depth")
        << one(candidateK()) << fraudPipeline() << 100 << Risks{Risk::GoodMatch} << Domains{};
    QTest::newRow("under-breadth only")
        << one(interview({regret(L::Domain, "payments", 4, {"databases", "apis"})}))
        << role("Wide", 7.5, {{"payments", 3}}) << 70 << Risks{Risk::UnderBreadth} << Domains{};
}

void TestScorer::underDepthNotProbed()
{
    QFETCH(std::vector<core::Interview>, interviews);
    QFETCH(core::Role, role);
    QFETCH(std::vector<std::string>, notProbed);
    const core::Scorer scorer(8);
    const core::Fit fit = scorer.fit(role, scorer.candidate(interviews));
    // The figures stay as the formula gives them; the mark only says why.
    QTEST(fit.score, "fit");
    QTEST(fit.risks, "risks");
    QCOMPARE(fit.notProbed, notProbed);
    QCOMPARE(fit.underDepthNotProbed(), !notProbed.empty());
}

void TestScorer::explanationSaysNotProbed()
{
    const core::Scorer scorer(8);
    const auto g = one(candidateG());
    const auto c = scorer.candidate(g);
    const core::Role fraud = fraudPipeline();
    const auto e = core::Explanation::build(g, c, fraud, scorer.target(fraud), scorer.fit(fraud, c));
    const std::string text = e.toText();
    QVERIFY(text.find("Fit 40") != std::string::npos);
    QVERIFY2(text.find("not probed: ask about performance, streaming") != std::string::npos,
             text.c_str());

    const core::Role payments = paymentBackend();
    const auto shallow = one(interview({regret(L::Domain, "payments", 0, {})}));
    const auto cs = scorer.candidate(shallow);
    const auto es = core::Explanation::build(shallow, cs, payments, scorer.target(payments),
                                             scorer.fit(payments, cs));
    QVERIFY(es.toText().find("Risk under-depth") != std::string::npos);
    QVERIFY(es.toText().find("not probed") == std::string::npos);
}

QTEST_GUILESS_MAIN(TestScorer)
#include "tst_scorer.moc"
