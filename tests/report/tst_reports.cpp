// The printed reports of the demo data read back with poppler's pdftotext and pdfinfo: a candidate
// summary, a committee pack with every name, figure and quote, a blind pack that names nobody,
// the interview kit. Set HINDSIGHT_SCREENSHOT_DIR to keep the PDFs.

#include "ui/board/boardsnapshot.h"
#include "ui/board/calibrationmodel.h"
#include "ui/common/terms.h"
#include "ui/interview/stageguide.h"
#include "ui/report/blindmask.h"
#include "ui/report/calibrationsection.h"
#include "ui/report/reportprinter.h"
#include "ui/report/reports.h"

#include "core/limits.h"
#include "core/scoring/rolescores.h"
#include "core/storage/store.h"

#include "tests/common/testfiles.h"
#include "tests/report/pdfreader.h"
#include "tests/report/reportfixture.h"

#include <QRegularExpression>
#include <QTest>

#include <chrono>

using namespace hindsight;
using namespace Qt::StringLiterals;
using namespace hindsight::test;

class TestReports : public QObject, protected test::ReportFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void candidateSummaryHoldsFiguresAndEvidence();
    void committeePackNamesEveryCandidate();
    void blindPackNamesNobody();
    void packCalibrationNamesInterviewersNotCandidates();
    void calibrationSectionEscapesNamesAndSaysUndefined();
    void blindMaskMasksEveryFormOfAName();
    void interviewKitHoldsTheWholeQuestion();
    void longTextsAreCutInThePackOnly();
    void underDepthFromUnprobedDomainsIsMarked();
    // Last: it amends an interview of the shared demo database.
    void amendedInterviewSaysSo();
};

void TestReports::initTestCase()
{
    checkReady();
}

void TestReports::candidateSummaryHoldsFiguresAndEvidence()
{
    const core::Id id = candidateId("Gita Raman");
    QVERIFY(id);
    const QString path = write({ui::ReportRequest::Kind::CandidateSummary, id, false},
                               QStringLiteral("summary.pdf"));
    QVERIFY(!path.isEmpty());
    const QString text = pdfText(path);
    QVERIFY2(text.contains(u"Gita Raman"), qPrintable(text.left(300)));
    QVERIFY(text.contains(u"Payment backend"));
    QVERIFY(text.contains(u"Mette Lund")); // the interviewer

    const core::Candidate candidate = *m_db.store().candidate(id);
    const core::Role role = *m_db.store().role(candidate.roleId);
    for (const core::ScoredCandidate &s : *core::RoleScores::compute(m_db.store(), role)) {
        if (s.candidate.id != id)
            continue;
        QVERIFY(text.contains(ui::Terms::figure(s.figures.breadth)));
        QVERIFY(text.contains(ui::Terms::figure(s.figures.depth)));
        QVERIFY(text.contains(ui::Terms::archetype(s.figures.archetype)));
        QVERIFY(text.contains(QStringLiteral("Fit %1").arg(s.fit.score)));
        for (core::Risk r : s.fit.risks)
            QVERIFY(text.contains(ui::Terms::risk(r)));
    }
    const QStringList said = quotes(id);
    QVERIFY(!said.isEmpty());
    for (const QString &quote : said)
        QVERIFY2(text.contains(quote), qPrintable(quote));
    // Each rating with the anchored meaning of its depth; the probes asked.
    int probes = 0;
    for (const core::Interview &i : *m_db.store().interviews(id)) {
        for (const core::Regret &r : i.regrets)
            QVERIFY(text.contains(ui::Terms::depthMeaning(r.depth).simplified()));
        for (const core::ProbeTick &tick : i.probeTicks) {
            QVERIFY2(text.contains(ui::StageGuide::probeText(QString::fromStdString(tick.probe))),
                     tick.probe.c_str());
            ++probes;
        }
    }
    QVERIFY(probes > 0);
    QVERIFY(text.contains(ui::ReportPrinter::confidentialityLine()));
    const int pages = pageCount(path);
    QVERIFY2(pages >= 2 && pages <= 6, qPrintable(QString::number(pages)));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    // The names in the title are bidi-isolated, as everywhere on paper (issue 13).
    QCOMPARE(pdfInfo(path, QStringLiteral("Title")),
             QStringLiteral("Candidate summary: \u2068Gita Raman\u2069, \u2068Payment backend\u2069"));
}

void TestReports::committeePackNamesEveryCandidate()
{
    const core::Id role = roleId("Payment backend");
    QVERIFY(role);
    const QString path = write({ui::ReportRequest::Kind::CommitteePack, role, false},
                               QStringLiteral("pack.pdf"));
    QVERIFY(!path.isEmpty());
    const QString text = pdfText(path);
    const QStringList names = candidateNames(role);
    QCOMPARE(names.size(), 4);
    for (const QString &name : names)
        QVERIFY2(text.count(name) >= 3, qPrintable(name)); // chart, table, own summary at least
    for (const core::ScoredCandidate &s :
         *core::RoleScores::compute(m_db.store(), *m_db.store().role(role))) {
        QVERIFY(text.contains(ui::Terms::figure(s.figures.breadth)));
        QVERIFY(text.contains(ui::Terms::figure(s.figures.depth)));
        QVERIFY(text.contains(QString::number(s.fit.score)));
        for (const QString &quote : quotes(s.candidate.id))
            QVERIFY2(text.contains(quote), qPrintable(quote));
    }
    for (const QString &section : {u"Comparison"_s, u"Disagreements"_s, u"Evidence gaps"_s,
                                   u"Decisions"_s, u"Role profile"_s})
        QVERIFY2(text.contains(section), qPrintable(section));
    // The demo's decision rationale on Gita Raman.
    QVERIFY(text.contains(u"Broad, product-minded regrets"));
    // A cover, the comparison pages, then one summary of two to four pages per candidate.
    const int pages = pageCount(path);
    QVERIFY2(pages >= 2 + 2 * names.size() && pages <= 3 + 4 * names.size(),
             qPrintable(QString::number(pages)));
    QCOMPARE(pdfInfo(path, QStringLiteral("Title")),
             QStringLiteral("Committee pack: \u2068Payment backend\u2069"));
}

void TestReports::blindPackNamesNobody()
{
    const core::Id role = roleId("Payment backend");
    // An interviewer who wrote a candidate's name into a note and a rationale.
    const core::Id gita = candidateId("Gita Raman");
    core::Interview interview;
    interview.candidateId = gita;
    interview.interviewer = "Paula Quist";
    interview.submitted = true;
    interview.startedAt = core::TimePoint(std::chrono::milliseconds(1'790'000'000'000));
    core::Regret r;
    r.id = 1;
    r.level = core::Regret::Level::Product;
    r.depth = 2;
    r.decision = "Gita would drop the bespoke admin panel";
    interview.regrets = {r};
    interview.notes = {{0, 0, 60'000, "decision", "Gita Raman paused, then: GITA knows it", 1, false},
                       {0, 0, 90'000, "decision", "“I, Gita, would never do that again”", 1, true}};
    QVERIFY(m_db.store().addInterview(interview));
    core::Decision d;
    d.candidateId = gita;
    d.outcome = core::Decision::Outcome::Advance;
    d.rationale = "Raman was clear; gita raman should meet the team";
    d.recordedBy = "Paula Quist";
    QVERIFY(m_db.store().addDecision(d));

    const QString path = write({ui::ReportRequest::Kind::CommitteePack, role, true},
                               QStringLiteral("pack-blind.pdf"));
    QVERIFY(!path.isEmpty());
    const QString text = pdfText(path);
    QVERIFY(text.contains(u"Candidate A"));
    QVERIFY(text.contains(u"Paula Quist")); // interviewers are not masked
    QVERIFY(text.contains(u"would drop the bespoke admin panel"));
    // No candidate of the database, by full name or any part of it, anywhere: text, metadata.
    const QByteArray bytes = test::readAll(path);
    for (const core::Candidate &c : *m_db.store().candidates()) {
        const QString name = QString::fromStdString(c.name);
        for (const QString &part : name.split(u' ')) {
            const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(part),
                                          QRegularExpression::CaseInsensitiveOption);
            QVERIFY2(!text.contains(word), qPrintable(part));
            QVERIFY2(!bytes.contains(part.toUtf8()), qPrintable(part));
        }
    }
    QCOMPARE(pdfInfo(path, QStringLiteral("Title")),
             QStringLiteral("Committee pack: \u2068Payment backend\u2069 (blind)"));

    // The same pack, not blind, does name her: the mask is what removed her.
    const QString named = write({ui::ReportRequest::Kind::CommitteePack, role, false},
                                QStringLiteral("pack-named.pdf"));
    QVERIFY(pdfText(named).contains(u"Gita Raman paused, then: GITA knows it"));
}

// The demo's early-stage role: Priya Nair and Sam Okafor both interviewed three candidates. The
// pack's Calibration section, after Disagreements, gives their figures and the board's sentences;
// blind, it still names them and names no candidate. Payment backend has no such pair.
void TestReports::packCalibrationNamesInterviewersNotCandidates()
{
    const core::Id role = roleId("Early-stage product engineer");
    QVERIFY(role);
    const auto board = ui::BoardSnapshot::load(m_db.store(), role);
    QVERIFY(board);
    QCOMPARE(board->calibration.size(), std::size_t(1));
    const core::InterviewerPair &pair = board->calibration.front();
    QCOMPARE(pair.first, std::string("Priya Nair"));
    QCOMPARE(pair.second, std::string("Sam Okafor"));

    // pdftotext keeps the isolates around names; the sentences are compared without them.
    const auto read = [](const QString &path) {
        return pdfText(path).remove(QChar(0x2068)).remove(QChar(0x2069));
    };
    for (const bool blind : {false, true}) {
        const QString path = write({ui::ReportRequest::Kind::CommitteePack, role, blind},
                                   blind ? u"pack-calibration-blind.pdf"_s
                                         : u"pack-calibration.pdf"_s);
        QVERIFY(!path.isEmpty());
        const QString text = read(path);
        const qsizetype disagreements = text.indexOf(u"Disagreements"_s);
        const qsizetype calibration = text.indexOf(u"Calibration"_s, disagreements);
        const qsizetype gaps = text.indexOf(u"Evidence gaps"_s);
        QVERIFY(disagreements >= 0);
        QVERIFY2(calibration > disagreements && calibration < gaps,
                 qPrintable(u"%1 %2 %3"_s.arg(disagreements).arg(calibration).arg(gaps)));
        const QString section = text.mid(calibration, gaps - calibration);
        QVERIFY(section.contains(u"Priya Nair · Sam Okafor"_s));
        QVERIFY(section.contains(ui::CalibrationModel::kappaText(pair.kappa)));
        QVERIFY(section.contains(ui::CalibrationModel::signedText(pair.meanBreadthDifference)));
        QVERIFY(section.contains(ui::CalibrationModel::signedText(pair.meanDepthDifference)));
        for (const QString &sentence : ui::CalibrationModel::explain(pair))
            QVERIFY2(section.contains(sentence), qPrintable(sentence));
        for (const ui::BoardEntry &e : board->entries) {
            const QString name = QString::fromStdString(e.scored.candidate.name);
            QVERIFY2(!section.contains(name), qPrintable(name));
            if (blind)
                QVERIFY2(!text.contains(name), qPrintable(name));
        }
    }

    const QString none = read(write({ui::ReportRequest::Kind::CommitteePack,
                                     roleId("Payment backend"), false},
                                    u"pack-no-calibration.pdf"_s));
    QVERIFY(none.contains(u"No two interviewers have interviewed 3 or more of this role's "
                          "candidates in common yet."_s));
}

// An interviewer named like markup, and a pair that gave every shared candidate one shape: the
// name is escaped and isolated, kappa reads "undefined" and its sentence says why.
void TestReports::calibrationSectionEscapesNamesAndSaysUndefined()
{
    const core::InterviewerPair pair{"<b>Eve</b>", "Zed", 3,  100.0, std::nullopt,
                                     0.5,          -2.5,  {}, {}};
    const QString html = ui::CalibrationSection::html({pair});
    QVERIFY(!html.contains(u"<b>Eve"_s));
    QVERIFY(html.contains(u"\u2068&lt;b&gt;Eve&lt;/b&gt;\u2069 · \u2068Zed\u2069"_s));
    QVERIFY(html.contains(u">undefined<"_s));
    QVERIFY(html.contains(u"Kappa is undefined"_s));
    QVERIFY(html.contains(u"+0.5"_s));
    QVERIFY(html.contains(u"\u22122.5"_s));
    QVERIFY(html.contains(u"rates depth 2.5 higher than"_s));
    QVERIFY(html.indexOf(u"Calibration"_s) < html.indexOf(u"Kappa is undefined"_s));
}

void TestReports::blindMaskMasksEveryFormOfAName()
{
    ui::BlindMask mask;
    mask.add(u"Ana Lima"_s, u"Candidate A"_s);
    mask.add(u"Ana Souza"_s, u"Candidate B"_s);
    mask.add(u"Will Li"_s, u"Candidate C"_s);
    mask.addOther(u"Anne-Marie O'Neil"_s); // another role's candidate
    const QString note = u"Ana hesitated; ana lima agreed, ANA SOUZA too. Li said he will. "
                         u"Will asked Anne about O'Neil, o'neil, Neil and Anne-Marie; marie said li."_s;
    QCOMPARE(mask.text(note), note); // not active: nothing changes

    mask.setActive(true);
    // A shared first name points at nobody; full names at their candidate; short parts only
    // when capitalised; longer ones in any case; another role's candidate neutrally.
    QCOMPARE(mask.text(note),
             u"[name] hesitated; Candidate A agreed, Candidate B too. Candidate C said he will. "
             u"Candidate C asked [name] about [name], [name], [name] and [name]; [name] said li."_s);
    QCOMPARE(mask.name(u"Ana Lima"_s, u"Candidate A"_s), u"Candidate A"_s);
}

void TestReports::interviewKitHoldsTheWholeQuestion()
{
    const core::Id role = roleId("Fraud scoring pipeline");
    QVERIFY(role);
    const QString path = write({ui::ReportRequest::Kind::InterviewKit, role, false},
                               QStringLiteral("kit.pdf"));
    QVERIFY(!path.isEmpty());
    const QString text = pdfText(path);
    using Level = core::Regret::Level;
    for (int stage = 0; stage < ui::StageGuide::StageCount; ++stage) {
        QVERIFY(text.contains(ui::StageGuide::prompt(stage, Level::Unclear, false).simplified()));
        for (Level level : {Level::Product, Level::Domain, Level::Unclear}) {
            for (const auto &probe : ui::StageGuide::probes(stage, level, level != Level::Unclear))
                QVERIFY2(text.contains(probe.text.simplified()), qPrintable(probe.text));
        }
    }
    for (int depth = 0; depth <= core::Regret::MaxDepth; ++depth)
        QVERIFY(text.contains(ui::Terms::depthMeaning(depth).simplified()));
    for (Level level : {Level::Product, Level::Domain, Level::Mixed, Level::Unclear})
        QVERIFY(text.contains(ui::Terms::level(level)));
    QVERIFY(!text.contains(u"Ctrl+")); // paper has no shortcuts
    const int pages = pageCount(path);
    QVERIFY2(pages >= 3 && pages <= 7, qPrintable(QString::number(pages)));
    // The ruled lines are drawn, not typed: paths, no images.
    const QByteArray bytes = test::readAll(path);
    QCOMPARE(images(bytes), 0);
    QVERIFY(pathOperators(bytes) > 50);
}

void TestReports::longTextsAreCutInThePackOnly()
{
    // Answers and notes as long as an import allows (core/limits.h): the committee pack prints
    // the start of each and says how much more there is, so fifty such candidates still make a
    // pack of a few hundred pages; the candidate's own summary prints every word.
    QString words = u"Firstword"_s;
    while (words.size() < core::limits::textLength - 20)
        words += u" zebra"_s;
    words += u" Lastword"_s;
    QVERIFY(words.size() <= core::limits::textLength);
    const QByteArray text = words.toUtf8();
    const QByteArray json = R"({"format": "hindsight", "version": 1, "roles": [{"id": "r",
        "title": "Long answers", "breadthDemand": 5, "domainDemands": {"payments": 2}}],
        "candidates": [{"name": "Lena Long", "roleId": "r", "interviews": [{"interviewer": "Sam",
        "startedAt": "2026-11-20T10:00:00Z", "submitted": true, "regrets": [{"level": "domain",
        "domain": "payments", "depth": 2, "why": ")"
                            + text + R"("}], "notes": [{"atMs": 1,
        "text": ")" + text + R"(", "regret": 0}, {"atMs": 2, "text": ")"
                            + text + R"("}]}],
        "decision": {"outcome": "hold", "rationale": ")"
                            + text + R"("}}]})";
    const QString file = m_out.filePath(u"long.json"_s);
    QVERIFY(writeFile(file, json));
    QVERIFY2(m_db.importFile(file), qPrintable(m_db.error()));

    const QString packFile = write({ui::ReportRequest::Kind::CommitteePack, roleId("Long answers"),
                                    false},
                                   u"pack-long.pdf"_s);
    QVERIFY(!packFile.isEmpty());
    const QString pack = pdfText(packFile).simplified(); // words as read, whatever the lines
    QVERIFY2(pack.count(u"Firstword"_s) >= 4, qPrintable(pack.left(2000)));
    QVERIFY(!pack.contains(u"Lastword"_s));
    QVERIFY(pack.contains(u"more character"_s));
    QVERIFY2(pageCount(packFile) <= 12, qPrintable(QString::number(pageCount(packFile))));

    const QString summary = pdfText(write({ui::ReportRequest::Kind::CandidateSummary,
                                           candidateId("Lena Long"), false},
                                          u"summary-long.pdf"_s))
                                .simplified();
    QVERIFY(summary.count(u"Lastword"_s) >= 3); // the answer and both notes, whole
    QVERIFY(!summary.contains(u"more character"_s));
}

void TestReports::underDepthFromUnprobedDomainsIsMarked()
{
    // The bidi isolates around domain labels are invisible on paper; a reader sees the words.
    const auto read = [](const QString &path) {
        return pdfText(path).remove(QChar(0x2068)).remove(QChar(0x2069));
    };
    const QString mark = QStringLiteral("Under-depth (not probed: ask about Payments)");
    // The demo's Mateus Oliveira: deep in streaming, never asked about payments.
    const QString summary = write({ui::ReportRequest::Kind::CandidateSummary,
                                   candidateId("Mateus Oliveira"), false},
                                  QStringLiteral("summary-not-probed.pdf"));
    QVERIFY(!summary.isEmpty());
    const QString text = read(summary);
    QVERIFY2(text.count(mark) >= 2, qPrintable(text.left(1500))); // risks line and explanation
    QVERIFY(text.contains(u"missing evidence, not a weakness"));

    // Sofía Martínez was asked about compliance and stayed shallow: a weakness, no mark.
    const QString shallow = write({ui::ReportRequest::Kind::CandidateSummary,
                                   candidateId("Sofía Martínez"), false},
                                  QStringLiteral("summary-probed-shallow.pdf"));
    QVERIFY(!shallow.isEmpty());
    const QString shallowText = read(shallow);
    QVERIFY(shallowText.contains(u"Under-depth"));
    QVERIFY2(!shallowText.contains(u"not probed: ask about"), qPrintable(shallowText.left(1500)));

    // The committee pack's comparison marks the two payment backend candidates never asked about
    // payments (Mateus Oliveira, Lars Eriksen) and nobody on the ledger role.
    const QString pack = write({ui::ReportRequest::Kind::CommitteePack, roleId("Payment backend"),
                                false},
                               QStringLiteral("pack-not-probed.pdf"));
    QVERIFY(!pack.isEmpty());
    const QString packText = read(pack);
    const qsizetype comparison = packText.indexOf(u"Comparison");
    QVERIFY(comparison >= 0);
    const QString table = packText.mid(comparison, packText.indexOf(u"Disagreements") - comparison);
    QVERIFY2(table.count(mark) == 2, qPrintable(table));
    const QString ledger = write({ui::ReportRequest::Kind::CommitteePack,
                                  roleId("Ledger and compliance lead"), false},
                                 QStringLiteral("pack-ledger.pdf"));
    QVERIFY(!ledger.isEmpty());
    const QString ledgerText = read(ledger);
    QVERIFY(ledgerText.contains(u"Under-depth"));
    QVERIFY(!ledgerText.contains(u"not probed: ask about"));
}

void TestReports::amendedInterviewSaysSo()
{
    const core::Id id = candidateId("Gita Raman");
    QVERIFY(id);
    core::Store &store = m_db.store();
    const core::Interview first = store.interviews(id)->front();
    QVERIFY(first.submitted);
    const std::string reason = "Regret 1 is depth 3 <not 2>: corrected after the debrief";
    auto amendment = store.startAmendment(first.id, first.interviewer, reason);
    QVERIFY(amendment);
    core::Interview draft = *store.interview(*amendment);
    draft.regrets.front().depth = 3;
    QVERIFY(store.saveRegret(draft.regrets.front()));
    QVERIFY(!store.submitInterview(*amendment));

    const QString path = write({ui::ReportRequest::Kind::CandidateSummary, id, false},
                               QStringLiteral("summary-amended.pdf"));
    QVERIFY(!path.isEmpty());
    const QString text = pdfText(path);
    // The reason as typed (escaped, not read as markup), the version and that it was amended.
    QVERIFY2(text.contains(QString::fromStdString(reason)), qPrintable(text.left(2000)));
    QVERIFY(text.contains(u"(version 2)"));
    QVERIFY(text.contains(u"Amended "));
    QVERIFY(text.contains(u"The earlier version is kept unchanged"));

    // The committee pack carries each candidate's summary, so the amendment too.
    const core::Candidate gita = *store.candidate(id);
    const QString pack = write({ui::ReportRequest::Kind::CommitteePack, gita.roleId, false},
                               QStringLiteral("pack-amended.pdf"));
    QVERIFY(!pack.isEmpty());
    QVERIFY(pdfText(pack).contains(QString::fromStdString(reason)));
}

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
