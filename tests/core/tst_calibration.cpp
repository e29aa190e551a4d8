#include "tests/core/scenario.h"

#include "core/scoring/calibration.h"
#include "core/scoring/scorer.h"
#include "core/taxonomy.h"

#include <QTest>

#include <cmath>

using namespace hindsight;
using namespace hindsight::test;
using L = core::Regret::Level;

namespace {

// The four archetypes as one interview's figures: breadth_i, and depth_i(d) for one domain so that
// 2.5 x depth_i(d) lands on the intended side of the threshold 5.
struct Shape
{
    double breadth;
    int depth;
};
constexpr Shape G{8.0, 1}; // (8, 2.5)  generalist
constexpr Shape S{2.0, 4}; // (2, 10)   specialist
constexpr Shape T{8.0, 4}; // (8, 10)   t-shaped
constexpr Shape D{2.0, 1}; // (2, 2.5)  developing

core::InterviewFigures figures(const std::string &interviewer, double breadth,
                               std::map<std::string, int> domainDepth)
{
    core::InterviewFigures f;
    f.interviewer = interviewer;
    f.breadth = breadth;
    f.domainDepth = std::move(domainDepth);
    return f;
}

core::InterviewFigures figures(const std::string &interviewer, Shape shape)
{
    return figures(interviewer, shape.breadth, {{"payments", shape.depth}});
}

// A candidate as Calibration sees it: the submitted interviews' figures.
core::ScoredCandidate candidate(std::vector<core::InterviewFigures> interviews)
{
    core::ScoredCandidate c;
    c.figures.submittedInterviews = int(interviews.size());
    c.figures.interviews = std::move(interviews);
    return c;
}

// Ana and Ben each interviewed every candidate once, with the given shapes.
std::vector<core::ScoredCandidate> rated(std::initializer_list<std::pair<Shape, Shape>> pairs)
{
    std::vector<core::ScoredCandidate> list;
    for (const auto &[ana, ben] : pairs)
        list.push_back(candidate({figures("Ben", ben), figures("Ana", ana)}));
    return list;
}

bool near(double a, double b)
{
    return std::fabs(a - b) < 1e-9;
}

} // namespace

// Interviewer calibration: agreement and Cohen's kappa on the archetypes two interviewers' figures
// imply for the candidates both saw.
class TestCalibration : public QObject
{
    Q_OBJECT

private slots:
    void kappaOfATwoByTwoTable();
    void kappaBelowChance();
    void kappaUndefinedWithoutVariation();
    void kappaOutsideItsContract();
    void fourCategoryPairByHand();
    void noVariationHasNoKappa();
    void constantButDifferentRatersHaveKappaZero();
    void perfectAgreementWithVariation();
    void pairsNeedThreeInCommon();
    void pairsAreOrderedByName();
    void meanDifferencesAreSigned();
    void interviewerViewIsTheCandidateFormula();
    void twoInterviewsByOneInterviewerKeepTheArchetype();
    void combineIsTheCandidateFormula();
    void draftsAreIgnored();
};

// Fifty items, two categories (yes = 0, no = 1):
//              second yes  second no
//   first yes      20          5       | 25
//   first no       10         15       | 25
//                  30         20         50
// p_o = (20 + 15) / 50 = 0.7
// p_e = (25/50)(30/50) + (25/50)(20/50) = 0.30 + 0.20 = 0.5
// kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4
void TestCalibration::kappaOfATwoByTwoTable()
{
    std::vector<int> first;
    std::vector<int> second;
    auto add = [&](int a, int b, int times) {
        for (int i = 0; i < times; ++i) {
            first.push_back(a);
            second.push_back(b);
        }
    };
    add(0, 0, 20);
    add(0, 1, 5);
    add(1, 0, 10);
    add(1, 1, 15);
    const auto kappa = core::Calibration::cohensKappa(first, second);
    QVERIFY(kappa.has_value());
    QVERIFY2(near(*kappa, 0.4), qPrintable(QString::number(*kappa, 'g', 17)));
}

// Always disagreeing on two balanced categories: p_o = 0, p_e = 0.5·0.5 + 0.5·0.5 = 0.5,
// kappa = (0 - 0.5) / 0.5 = -1.
void TestCalibration::kappaBelowChance()
{
    const auto kappa = core::Calibration::cohensKappa({0, 1, 0, 1}, {1, 0, 1, 0});
    QVERIFY(kappa.has_value());
    QVERIFY(near(*kappa, -1.0));
}

// Both give every item the same label: p_o = p_e = 1, kappa = 0/0.
void TestCalibration::kappaUndefinedWithoutVariation()
{
    QVERIFY(!core::Calibration::cohensKappa({2, 2, 2}, {2, 2, 2}).has_value());
    QVERIFY(!core::Calibration::cohensKappa({3}, {3}).has_value());
    // One item with different labels: p_e = 0, kappa = (0 - 0) / 1 = 0, defined.
    const auto one = core::Calibration::cohensKappa({3}, {1});
    QVERIFY(one.has_value());
    QVERIFY(near(*one, 0.0));
}

// Empty or unequal input is outside the contract; it is answered as undefined, never a number.
void TestCalibration::kappaOutsideItsContract()
{
    QVERIFY(!core::Calibration::cohensKappa({}, {}).has_value());
    QVERIFY(!core::Calibration::cohensKappa({0, 1}, {0}).has_value());
}

// Ten candidates, four archetypes, Ana's label then Ben's:
//   1 G G   2 G G   3 G S   4 S S   5 S S   6 T T   7 T D   8 D D   9 D D   10 G T
//                 Ben: G   S   T   D  | Ana
//   Ana G              2   1   1   0  |  4
//   Ana S              0   2   0   0  |  2
//   Ana T              0   0   1   1  |  2
//   Ana D              0   0   0   2  |  2
//   Ben                2   3   2   3    10
// p_o = (2 + 2 + 1 + 2) / 10 = 0.7                        -> percent agreement 70
// p_e = (4·2 + 2·3 + 2·2 + 2·3) / 100 = 24 / 100 = 0.24
// kappa = (0.7 - 0.24) / (1 - 0.24) = 0.46 / 0.76 = 0.605263157894...
void TestCalibration::fourCategoryPairByHand()
{
    const auto list = rated(
        {{G, G}, {G, G}, {G, S}, {S, S}, {S, S}, {T, T}, {T, D}, {D, D}, {D, D}, {G, T}});
    const auto pairs = core::Calibration::pairs(list);
    QCOMPARE(pairs.size(), std::size_t(1));
    const core::InterviewerPair &p = pairs[0];
    QCOMPARE(p.first, std::string("Ana"));
    QCOMPARE(p.second, std::string("Ben"));
    QCOMPARE(p.candidatesInCommon, 10);
    QVERIFY(near(p.percentAgreement, 70.0));
    QVERIFY(p.kappa.has_value());
    QVERIFY2(near(*p.kappa, 0.46 / 0.76), qPrintable(QString::number(*p.kappa, 'g', 17)));
    QVERIFY(std::fabs(*p.kappa - 0.6052631579) < 1e-9);
}

void TestCalibration::noVariationHasNoKappa()
{
    const auto pairs = core::Calibration::pairs(rated({{T, T}, {T, T}, {T, T}}));
    QCOMPARE(pairs.size(), std::size_t(1));
    QCOMPARE(pairs[0].percentAgreement, 100.0);
    QVERIFY(!pairs[0].kappa.has_value());
}

// Ana always generalist, Ben always specialist: p_o = 0, p_e = 1·0 + 0·1 = 0, kappa = 0.
void TestCalibration::constantButDifferentRatersHaveKappaZero()
{
    const auto pairs = core::Calibration::pairs(rated({{G, S}, {G, S}, {G, S}}));
    QCOMPARE(pairs.size(), std::size_t(1));
    QCOMPARE(pairs[0].percentAgreement, 0.0);
    QVERIFY(pairs[0].kappa.has_value());
    QVERIFY(near(*pairs[0].kappa, 0.0));
}

// G, S, T, D each agreed: p_o = 1, p_e = 4 · (1/4 · 1/4) = 0.25, kappa = 0.75 / 0.75 = 1.
void TestCalibration::perfectAgreementWithVariation()
{
    const auto pairs = core::Calibration::pairs(rated({{G, G}, {S, S}, {T, T}, {D, D}}));
    QCOMPARE(pairs.size(), std::size_t(1));
    QCOMPARE(pairs[0].percentAgreement, 100.0);
    QVERIFY(pairs[0].kappa.has_value());
    QVERIFY(near(*pairs[0].kappa, 1.0));
}

// Ana and Ben share three candidates, Ana and Cy two, Ben and Cy two.
void TestCalibration::pairsNeedThreeInCommon()
{
    std::vector<core::ScoredCandidate> list = rated({{G, G}, {S, S}, {T, T}});
    list[0].figures.interviews.push_back(figures("Cy", D));
    list[1].figures.interviews.push_back(figures("Cy", D));
    list.push_back(candidate({figures("Cy", D)})); // only Cy
    const auto pairs = core::Calibration::pairs(list);
    QCOMPARE(pairs.size(), std::size_t(1));
    QCOMPARE(pairs[0].first, std::string("Ana"));
    QCOMPARE(pairs[0].second, std::string("Ben"));
    QCOMPARE(pairs[0].candidatesInCommon, 3);

    // A third candidate in common brings Ana-Cy and Ben-Cy in.
    list[2].figures.interviews.push_back(figures("Cy", D));
    QCOMPARE(core::Calibration::pairs(list).size(), std::size_t(3));
}

void TestCalibration::pairsAreOrderedByName()
{
    std::vector<core::ScoredCandidate> list;
    for (int i = 0; i < 3; ++i)
        list.push_back(candidate({figures("Zoë", G), figures("Cy", G), figures("Ana", S)}));
    const auto pairs = core::Calibration::pairs(list);
    QCOMPARE(pairs.size(), std::size_t(3));
    QCOMPARE(pairs[0].first + "/" + pairs[0].second, std::string("Ana/Cy"));
    QCOMPARE(pairs[1].first + "/" + pairs[1].second, std::string("Ana/Zoë"));
    QCOMPARE(pairs[2].first + "/" + pairs[2].second, std::string("Cy/Zoë"));
    QCOMPARE(pairs[0].percentAgreement, 0.0);
    QCOMPARE(pairs[2].percentAgreement, 100.0);
}

// Always first minus second, where first is the name that sorts first ("Ana"), whatever order the
// interviews come in.
//   breadth: Ana 8, 6, 2; Ben 5, 6, 4           -> 3, 0, -2     -> mean 1/3
//   depth:   Ana 2.5·4, 2.5·2, 2.5·1 = 10, 5, 2.5
//            Ben 2.5·2, 2.5·2, 2.5·4 = 5, 5, 10 -> 5, 0, -7.5   -> mean -2.5/3
void TestCalibration::meanDifferencesAreSigned()
{
    std::vector<core::ScoredCandidate> list;
    list.push_back(candidate({figures("Ben", 5, {{"payments", 2}}),
                              figures("Ana", 8, {{"streaming", 4}})}));
    list.push_back(candidate({figures("Ana", 6, {{"payments", 2}}),
                              figures("Ben", 6, {{"payments", 2}})}));
    list.push_back(candidate({figures("Ben", 4, {{"payments", 4}}),
                              figures("Ana", 2, {{"payments", 1}})}));
    const auto pairs = core::Calibration::pairs(list);
    QCOMPARE(pairs.size(), std::size_t(1));
    QCOMPARE(pairs[0].first, std::string("Ana"));
    QVERIFY(near(pairs[0].meanBreadthDifference, 1.0 / 3.0));
    QVERIFY(near(pairs[0].meanDepthDifference, -2.5 / 3.0));
}

// Ana saw the first candidate twice. Her view is the candidate formula over her two interviews:
//   B = (4 + 8) / 2 = 6
//   depth(payments) = 4 (the only interview with payments > 0), depth(streaming) = 1
//   D = 2.5 x max(4, 1) = 10 -> t-shaped, as Ben's single interview (8, 10).
// (Averaging 2.5 x each interview's deepest domain would give (10 + 0) / 2 = 5 instead.)
void TestCalibration::interviewerViewIsTheCandidateFormula()
{
    std::vector<core::ScoredCandidate> list = rated({{S, S}, {D, D}});
    list.insert(list.begin(), candidate({figures("Ana", 4, {{"payments", 4}, {"streaming", 1}}),
                                         figures("Ana", 8, {}), figures("Ben", T)}));
    const auto pairs = core::Calibration::pairs(list);
    QCOMPARE(pairs.size(), std::size_t(1));
    QCOMPARE(pairs[0].candidatesInCommon, 3);
    QCOMPARE(pairs[0].percentAgreement, 100.0);
    // Ana - Ben on the first candidate: breadth 6 - 8 = -2, depth 10 - 10 = 0; zero on the others.
    QVERIFY(near(pairs[0].meanBreadthDifference, -2.0 / 3.0));
    QVERIFY2(near(pairs[0].meanDepthDifference, 0.0),
             qPrintable(QString::number(pairs[0].meanDepthDifference, 'g', 17)));
}

// One interviewer who saw a candidate twice, where the old averaging changes the archetype.
// Ana's two interviews of the first candidate: (breadth 2, payments 2) and (breadth 4, no domain).
//   Her view: B = (2 + 4) / 2 = 3, depth(payments) = 2 (mean over the one interview with
//   payments > 0), D = 2.5 x 2 = 5 -> specialist (B < 5, D >= 5), as Ben's (2, 10).
//   The old per-interview averaging: D = (2.5 x 2 + 2.5 x 0) / 2 = 2.5 -> developing.
// The other two candidates: S/S and D/D.
//   Labels Ana S, S, D; Ben S, S, D -> agreement 100 %
//   p_o = 1, p_e = (2/3)^2 + (1/3)^2 = 5/9, kappa = (1 - 5/9) / (1 - 5/9) = 1
//   (the old view: Ana D, S, D -> 66.7 %, kappa (2/3 - 4/9) / (5/9) = 0.4).
//   Breadth Ana - Ben: 3 - 2 = 1, 0, 0 -> mean 1/3
//   Depth   Ana - Ben: 5 - 10 = -5, 0, 0 -> mean -5/3 (old: -7.5 / 3 = -2.5)
void TestCalibration::twoInterviewsByOneInterviewerKeepTheArchetype()
{
    std::vector<core::ScoredCandidate> list = rated({{S, S}, {D, D}});
    list.insert(list.begin(), candidate({figures("Ana", 2, {{"payments", 2}}), figures("Ben", S),
                                         figures("Ana", 4, {})}));
    const auto pairs = core::Calibration::pairs(list);
    QCOMPARE(pairs.size(), std::size_t(1));
    const core::InterviewerPair &p = pairs[0];
    QCOMPARE(p.first, std::string("Ana"));
    QCOMPARE(p.second, std::string("Ben"));
    QCOMPARE(p.candidatesInCommon, 3);
    QCOMPARE(p.percentAgreement, 100.0);
    QVERIFY(p.kappa.has_value());
    QVERIFY2(near(*p.kappa, 1.0), qPrintable(QString::number(*p.kappa, 'g', 17)));
    QVERIFY2(near(p.meanBreadthDifference, 1.0 / 3.0),
             qPrintable(QString::number(p.meanBreadthDifference, 'g', 17)));
    QVERIFY2(near(p.meanDepthDifference, -5.0 / 3.0),
             qPrintable(QString::number(p.meanDepthDifference, 'g', 17)));
}

// The view is the candidate formula itself: Scorer::combine over the interviewer's interviews
// gives the same figures as Scorer::candidate over the interviews they came from.
void TestCalibration::combineIsTheCandidateFormula()
{
    const core::Scorer scorer(core::Taxonomy::builtIn().layerCount());
    core::Interview k = candidateK();
    core::Interview g = candidateG();
    k.submitted = g.submitted = true;
    const core::CandidateFigures whole = scorer.candidate({k, g});
    const core::CandidateFigures combined = core::Scorer::combine({scorer.interview(k),
                                                                   scorer.interview(g)});
    QCOMPARE(combined.submittedInterviews, 2);
    QVERIFY(near(combined.breadth, whole.breadth));
    QVERIFY(near(combined.depth, whole.depth));
    QCOMPARE(combined.archetype, whole.archetype);
    QCOMPARE(combined.domainDepth, whole.domainDepth);
    // K (2.5, 10) and G (8.75, 2.5): B = (2.5 + 8.75) / 2 = 5.625; depth(streaming) = 4 from K
    // alone, so D = 10 -> t-shaped.
    QVERIFY(near(combined.breadth, 5.625));
    QVERIFY(near(combined.depth, 10.0));
    QCOMPARE(combined.archetype, core::Archetype::TShaped);
}

// Through the scorer, as RoleScores builds the list: a draft is not in the figures, so it neither
// makes a pair nor counts for one.
void TestCalibration::draftsAreIgnored()
{
    const core::Scorer scorer(core::Taxonomy::builtIn().layerCount());
    auto scored = [&](std::vector<core::Interview> interviews) {
        core::ScoredCandidate c;
        c.figures = scorer.candidate(interviews);
        return c;
    };
    const core::Interview k = candidateK(); // specialist
    const core::Interview g = candidateG(); // generalist
    auto by = [](core::Interview i, const char *interviewer, bool submitted = true) {
        i.interviewer = interviewer;
        i.submitted = submitted;
        return i;
    };
    std::vector<core::ScoredCandidate> list;
    list.push_back(scored({by(k, "Ana"), by(k, "Ben"), by(g, "Cy", false)}));
    list.push_back(scored({by(g, "Ana"), by(g, "Ben"), by(g, "Cy", false)}));
    list.push_back(scored({by(k, "Ana"), by(k, "Ben"), by(g, "Cy", false)}));
    // Ben's draft disagrees with Ana; counted it would make four in common and 75 %.
    list.push_back(scored({by(k, "Ana"), by(g, "Ben", false)}));
    const auto pairs = core::Calibration::pairs(list);
    QCOMPARE(pairs.size(), std::size_t(1));
    QCOMPARE(pairs[0].second, std::string("Ben"));
    QCOMPARE(pairs[0].candidatesInCommon, 3);
    QCOMPARE(pairs[0].percentAgreement, 100.0);
    // Two specialists and one generalist, both alike: p_o = 1, p_e = (2/3)² + (1/3)² = 5/9, kappa 1.
    QVERIFY(pairs[0].kappa.has_value());
    QVERIFY(near(*pairs[0].kappa, 1.0));
}

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
