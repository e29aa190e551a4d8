// The whole answer to the question, as the interviewer typed it, in the candidate summary (read
// back with pdftotext) and in the who-said-what view: the fields that are filled, labelled, the
// empty ones left out, text that looks like markup printed as typed; the probes asked listed per
// regret in both. Set HINDSIGHT_SCREENSHOT_DIR to keep the PDF.

#include "ui/board/whosaidwhatmodel.h"
#include "ui/common/regretanswer.h"
#include "ui/interview/stageguide.h"
#include "ui/report/reports.h"

#include "core/storage/store.h"

#include "tests/common/modeltester.h"
#include "tests/report/pdfreader.h"
#include "tests/report/reportfixture.h"

#include <QTest>

using namespace hindsight;
using namespace Qt::StringLiterals;

namespace {

// Regret 1's two probes are asked in the order of their stages (system before instead), not of
// their ids.
const std::string ProbeA = "system.scale";
const std::string ProbeB = "discovery.signal";
const std::string ProbeC = "instead.alternative";

QString probe(const std::string &id)
{
    return ui::StageGuide::probeText(QString::fromStdString(id));
}

} // namespace

class TestRegretAnswers : public QObject, protected test::ReportFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onlyFilledFieldsAreAnswer();
    void summaryShowsTheWholeAnswer();
    void whoSaidWhatShowsTheWholeAnswer();

private:
    core::Id m_candidate = 0;
    core::Id m_interview = 0;
};

void TestRegretAnswers::initTestCase()
{
    checkReady();
    for (const std::string &id : {ProbeA, ProbeB, ProbeC})
        QVERIFY2(probe(id) != QString::fromStdString(id), id.c_str()); // the guide knows it

    // Regret 1 with system, decision, why and instead (impact left empty); regret 2 with a
    // decision and an impact that looks like markup. Two probes for regret 1, one for regret 2.
    core::Candidate c;
    c.name = "Wren Answer";
    c.roleId = roleId("Payment backend");
    m_candidate = *m_db.store().saveCandidate(c);
    core::Interview i;
    i.candidateId = m_candidate;
    i.interviewer = "Ines Whole";
    i.submitted = true;
    i.startedAt = core::TimePoint(std::chrono::milliseconds(1'790'000'000'000));
    core::Regret first;
    first.id = 1;
    first.level = core::Regret::Level::Domain;
    first.domain = "payments";
    first.depth = 3;
    first.system = "Payout ledger for 40 merchants";
    first.decision = "Kept balances in the application cache";
    first.why = "Month-end reconciliation drifted by cents";
    first.instead = "Double-entry rows in Postgres";
    first.impact = "   ";
    core::Regret second;
    second.id = 2;
    second.position = 1;
    second.level = core::Regret::Level::Product;
    second.depth = 2;
    second.decision = "Built the admin panel by hand";
    second.impact = "Support <b>waited</b> & days";
    i.regrets = {first, second};
    // Regret ids are local to the interview here: 1 and 2.
    i.probeTicks = {{ProbeC, 1, i.startedAt}, {ProbeA, 1, i.startedAt}, {ProbeB, 2, i.startedAt}};
    m_interview = *m_db.store().addInterview(i);
    QCOMPARE(m_db.store().interview(m_interview)->probeTicks.size(), std::size_t(3));
}

void TestRegretAnswers::onlyFilledFieldsAreAnswer()
{
    const core::Interview i = *m_db.store().interview(m_interview);
    QStringList labels;
    for (const ui::RegretAnswer::Part &part : ui::RegretAnswer::filled(i.regrets.at(0)))
        labels << part.label;
    QCOMPARE(labels,
             (QStringList{u"System"_s, u"Decision"_s, u"How they found out"_s, u"Instead"_s}));
    QCOMPARE(ui::RegretAnswer::filled(core::Regret{}).size(), 0);
}

void TestRegretAnswers::summaryShowsTheWholeAnswer()
{
    const QString path = write({ui::ReportRequest::Kind::CandidateSummary, m_candidate, false},
                               QStringLiteral("summary-whole-answer.pdf"));
    QVERIFY(!path.isEmpty());
    const QString text = test::pdfText(path);
    for (const QString &expected :
         {u"System: Payout ledger for 40 merchants"_s,
          u"Decision: Kept balances in the application cache"_s,
          u"How they found out: Month-end reconciliation drifted by cents"_s,
          u"Instead: Double-entry rows in Postgres"_s, u"Decision: Built the admin panel by hand"_s,
          u"Impact: Support <b>waited</b> & days"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected + u"\n\n"_s + text));
    // Regret 1's empty impact is left out: the one "Impact:" is regret 2's.
    QCOMPARE(text.count(u"Impact:"_s), 1);
    QVERIFY(text.indexOf(u"Impact:"_s) > text.indexOf(u"Regret 2"_s));

    // Probes per regret, in the order the stages ask them, each regret's apart.
    const qsizetype table = text.lastIndexOf(u"Probes asked"_s);
    QVERIFY(table >= 0);
    const qsizetype one = text.indexOf(u"Regret 1"_s, table);
    const qsizetype two = text.indexOf(u"Regret 2"_s, table);
    QVERIFY(one > table && two > one);
    const qsizetype a = text.indexOf(probe(ProbeA), table);
    const qsizetype b = text.indexOf(probe(ProbeB), table);
    const qsizetype c = text.indexOf(probe(ProbeC), table);
    QVERIFY2(one < a && a < c && c < two && two < b, qPrintable(text.mid(table)));
}

void TestRegretAnswers::whoSaidWhatShowsTheWholeAnswer()
{
    ui::WhoSaidWhatModel model;
    test::testModel(&model);
    model.setInterviews(*m_db.store().interviews(m_candidate), *m_db.store().taxonomy());
    QCOMPARE(model.columnCount(), 1);
    const QString probes = model.index(ui::WhoSaidWhatModel::ProbesRow, 0).data().toString();
    QCOMPARE(probes, u"Regret 1:\n• %1\n• %2\nRegret 2:\n• %3"_s.arg(probe(ProbeA), probe(ProbeC),
                                                                     probe(ProbeB)));
    const QString first = model.index(ui::WhoSaidWhatModel::FixedRowCount, 0).data().toString();
    QVERIFY2(first.contains(u"\nHow they found out: Month-end reconciliation drifted by cents"_s),
             qPrintable(first));
    QVERIFY(first.contains(u"\nInstead: Double-entry rows in Postgres"_s));
    QVERIFY(first.contains(u"\nSystem: Payout ledger for 40 merchants"_s));
    QVERIFY(!first.contains(u"Impact"_s));
    const QString second = model.index(ui::WhoSaidWhatModel::FixedRowCount + 1, 0).data().toString();
    QVERIFY(second.endsWith(u"\nImpact: Support <b>waited</b> & days"_s));
    QVERIFY(!second.contains(u"System"_s));
}

QTEST_MAIN(TestRegretAnswers)
#include "tst_regretanswers.moc"
