#include "tests/common/darkpalette.h"
#include "tests/common/testfiles.h"

#include "ui/board/committeeboard.h"
#include "ui/common/dialogs.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/report/exportdialog.h"
#include "ui/interchange/jsonimporter.h"
#include "ui/report/blindmask.h"
#include "ui/report/reportdocument.h"
#include "ui/report/reportprinter.h"
#include "ui/report/reports.h"
#include "ui/interview/stageguide.h"
#include "ui/common/terms.h"

#include "core/scoring/rolescores.h"
#include "core/storage/store.h"

#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>

#include <csignal>

#include <sys/resource.h>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMenu>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace hindsight;
using namespace Qt::StringLiterals;

namespace {

// What pdftotext reads from a PDF, in the order it was drawn (-raw), with runs of white space
// made one space so that a quote wrapped over lines still reads as one string.
QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                          QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

QString pdfInfo(const QString &path, const QString &field)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    const QRegularExpression line(QStringLiteral("^%1:\\s*(.*)$").arg(field),
                                  QRegularExpression::MultilineOption);
    return line.match(QString::fromUtf8(p.readAllStandardOutput())).captured(1).trimmed();
}

int pageCount(const QString &path)
{
    return pdfInfo(path, QStringLiteral("Pages")).toInt();
}

// Every stream of the PDF, inflated when it is Flate-compressed (as Qt writes page contents).
QList<QByteArray> pdfStreams(const QByteArray &pdf)
{
    QList<QByteArray> streams;
    qsizetype at = 0;
    while ((at = pdf.indexOf("stream", at)) >= 0) {
        if (at >= 3 && pdf.mid(at - 3, 3) == "end") {
            at += 6;
            continue;
        }
        qsizetype start = at + 6;
        if (pdf.mid(start, 2) == "\r\n")
            start += 2;
        else if (pdf.at(start) == '\n')
            ++start;
        const qsizetype end = pdf.indexOf("endstream", start);
        if (end < 0)
            break;
        const QByteArray raw = pdf.mid(start, end - start);
        const qsizetype dictionary = pdf.lastIndexOf("obj", at);
        if (!pdf.mid(dictionary, at - dictionary).contains("/FlateDecode")) {
            streams << raw;
            at = end + 9;
            continue;
        }
        // qUncompress wants the zlib data behind a 4-byte big-endian size hint.
        QByteArray hinted(4, '\0');
        const quint32 hint = quint32(raw.size()) * 20 + 1024;
        hinted[0] = char(hint >> 24);
        hinted[1] = char(hint >> 16);
        hinted[2] = char(hint >> 8);
        hinted[3] = char(hint);
        const QByteArray inflated = qUncompress(hinted + raw);
        streams << (inflated.isEmpty() ? raw : inflated);
        at = end + 9;
    }
    return streams;
}

// Path construction operators (moveto, lineto, curveto, rectangle) in the page contents.
int pathOperators(const QByteArray &pdf)
{
    static const QRegularExpression op(QStringLiteral("(?:^|\\s)(m|l|c|re)\\s"));
    int count = 0;
    for (const QByteArray &stream : pdfStreams(pdf)) {
        auto it = op.globalMatch(QString::fromLatin1(stream));
        while (it.hasNext()) {
            it.next();
            ++count;
        }
    }
    return count;
}

int images(const QByteArray &pdf)
{
    return int(pdf.count("/Subtype /Image"));
}

struct Database
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("reports.sqlite3"));
    std::unique_ptr<core::SqliteStore> store = test::openStore(path);
};

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void candidateSummaryHoldsFiguresAndEvidence();
    void committeePackNamesEveryCandidate();
    void blindPackNamesNobody();
    void blindMaskMasksEveryFormOfAName();
    void interviewKitHoldsTheWholeQuestion();
    void chartIsVector();
    void unwritablePathLeavesNothing();
    void failedExportKeepsTheGoodFile();
    void exportDialogWritesEachKind();
    void exportDialogOffersOnlyWhatIsSelected();
    void printPreviewShowsThePages();
    void menusOfferExportAndPrint();

private:
    QString output(const QString &name) const;
    core::Id roleId(const std::string &title) const;
    core::Id candidateId(const std::string &name) const;
    QStringList candidateNames(core::Id roleId) const;
    QStringList quotes(core::Id candidateId) const;
    QString write(const ui::ReportRequest &request, const QString &name);

    Database m_db;
    QTemporaryDir m_out;
};

void TestReports::initTestCase()
{
    QVERIFY(m_db.store);
    QVERIFY(!interchange::JsonImporter::importFile(
        *m_db.store, QStringLiteral(HINDSIGHT_SOURCE_DIR "/resources/demo/demo.json")));
    QProcess probe;
    probe.start(QStringLiteral("pdftotext"), {QStringLiteral("-v")});
    QVERIFY2(probe.waitForFinished(10000),
             "pdftotext is missing: packaging/install-deps.sh installs poppler-utils");
}

QString TestReports::output(const QString &name) const
{
    const QString dir = qEnvironmentVariable("HINDSIGHT_SCREENSHOT_DIR");
    if (!dir.isEmpty() && QDir().mkpath(dir))
        return QDir(dir).filePath(name);
    return m_out.filePath(name);
}

core::Id TestReports::roleId(const std::string &title) const
{
    for (const core::Role &r : *m_db.store->roles()) {
        if (r.title == title)
            return r.id;
    }
    return 0;
}

core::Id TestReports::candidateId(const std::string &name) const
{
    for (const core::Candidate &c : *m_db.store->candidates()) {
        if (c.name == name)
            return c.id;
    }
    return 0;
}

QStringList TestReports::candidateNames(core::Id role) const
{
    QStringList names;
    for (const core::Candidate &c : *m_db.store->candidates(role))
        names << QString::fromStdString(c.name);
    return names;
}

// The candidate's quotes as a reader sees them: in typographic quotes.
QStringList TestReports::quotes(core::Id candidate) const
{
    QStringList list;
    for (const core::Interview &i : *m_db.store->interviews(candidate)) {
        if (!i.submitted)
            continue;
        for (const core::Note &n : i.notes) {
            if (n.quote)
                list << ui::Terms::quoted(QString::fromStdString(n.text)).simplified();
        }
    }
    return list;
}

QString TestReports::write(const ui::ReportRequest &request, const QString &name)
{
    auto report = ui::Reports::build(*m_db.store, request);
    if (!report)
        return {};
    const QString path = output(name);
    if (ui::ReportPrinter().writePdf(**report, path))
        return {};
    return path;
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

    const core::Candidate candidate = *m_db.store->candidate(id);
    const core::Role role = *m_db.store->role(candidate.roleId);
    for (const core::ScoredCandidate &s : *core::RoleScores::compute(*m_db.store, role)) {
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
    for (const core::Interview &i : *m_db.store->interviews(id)) {
        for (const core::Regret &r : i.regrets)
            QVERIFY(text.contains(ui::Terms::depthMeaning(r.depth).simplified()));
        for (const std::string &probe : i.probesTicked) {
            QVERIFY2(text.contains(ui::StageGuide::probeText(QString::fromStdString(probe))),
                     probe.c_str());
            ++probes;
        }
    }
    QVERIFY(probes > 0);
    QVERIFY(text.contains(ui::ReportPrinter::confidentialityLine()));
    const int pages = pageCount(path);
    QVERIFY2(pages >= 2 && pages <= 6, qPrintable(QString::number(pages)));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    QCOMPARE(pdfInfo(path, QStringLiteral("Title")), QStringLiteral("Candidate summary: Gita Raman, Payment backend"));
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
    for (const core::ScoredCandidate &s : *core::RoleScores::compute(*m_db.store, *m_db.store->role(role))) {
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
    QCOMPARE(pdfInfo(path, QStringLiteral("Title")), QStringLiteral("Committee pack: Payment backend"));
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
    QVERIFY(m_db.store->addInterview(interview));
    core::Decision d;
    d.candidateId = gita;
    d.outcome = core::Decision::Outcome::Advance;
    d.rationale = "Raman was clear; gita raman should meet the team";
    d.recordedBy = "Paula Quist";
    QVERIFY(m_db.store->addDecision(d));

    const QString path = write({ui::ReportRequest::Kind::CommitteePack, role, true},
                               QStringLiteral("pack-blind.pdf"));
    QVERIFY(!path.isEmpty());
    const QString text = pdfText(path);
    QVERIFY(text.contains(u"Candidate A"));
    QVERIFY(text.contains(u"Paula Quist")); // interviewers are not masked
    QVERIFY(text.contains(u"would drop the bespoke admin panel"));
    // No candidate of the database, by full name or any part of it, anywhere: text, metadata.
    const QByteArray bytes = test::readAll(path);
    for (const core::Candidate &c : *m_db.store->candidates()) {
        const QString name = QString::fromStdString(c.name);
        for (const QString &part : name.split(u' ')) {
            const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(part),
                                          QRegularExpression::CaseInsensitiveOption);
            QVERIFY2(!text.contains(word), qPrintable(part));
            QVERIFY2(!bytes.contains(part.toUtf8()), qPrintable(part));
        }
    }
    QCOMPARE(pdfInfo(path, QStringLiteral("Title")),
             QStringLiteral("Committee pack: Payment backend (blind)"));

    // The same pack, not blind, does name her: the mask is what removed her.
    const QString named = write({ui::ReportRequest::Kind::CommitteePack, role, false},
                                QStringLiteral("pack-named.pdf"));
    QVERIFY(pdfText(named).contains(u"Gita Raman paused, then: GITA knows it"));
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

void TestReports::chartIsVector()
{
    // A page with the chart alone: what it adds to a PDF is paths, never a bitmap.
    ui::ReportDocument report(QStringLiteral("Chart"));
    ui::ReportChart chart;
    chart.role = *m_db.store->role(roleId("Payment backend"));
    chart.candidates.push_back({1, QStringLiteral("Point"), 6.5, 7.5, 80, {core::Risk::GoodMatch},
                                {{6.0, 7.5}, {7.0, 7.5}}});
    report.setBody(report.chart(chart, 150, 110));
    const QString path = output(QStringLiteral("chart.pdf"));
    QVERIFY(!ui::ReportPrinter().writePdf(report, path));
    const QByteArray chartOnly = test::readAll(path);
    QCOMPARE(images(chartOnly), 0);
    const int chartPaths = pathOperators(chartOnly);
    QVERIFY2(chartPaths > 100, qPrintable(QString::number(chartPaths)));
    // The axis labels are text, as a reader can search and copy them.
    QVERIFY(pdfText(path).contains(u"Breadth"));

    ui::ReportDocument empty(QStringLiteral("Chart"));
    empty.setBody(QStringLiteral("<p>Breadth</p>"));
    QVERIFY(!ui::ReportPrinter().writePdf(empty, path));
    QVERIFY(pathOperators(test::readAll(path)) < chartPaths / 4);

    // And in a real summary, the chart's paths are there and nothing is a bitmap.
    const QString summary = write({ui::ReportRequest::Kind::CandidateSummary,
                                   candidateId("Mateus Oliveira"), false},
                                  QStringLiteral("summary-vector.pdf"));
    const QByteArray bytes = test::readAll(summary);
    QCOMPARE(images(bytes), 0);
    const int summaryPaths = pathOperators(bytes);
    QVERIFY2(summaryPaths > 100, qPrintable(QString::number(summaryPaths)));
}

void TestReports::unwritablePathLeavesNothing()
{
    auto report = ui::Reports::build(*m_db.store, {ui::ReportRequest::Kind::InterviewKit,
                                                   roleId("Payment backend"), false});
    QVERIFY(report);
    // A folder that does not exist, and a "folder" that is a file.
    const QString missing = m_out.filePath(QStringLiteral("no/such/folder/kit.pdf"));
    auto failure = ui::ReportPrinter().writePdf(**report, missing);
    QVERIFY(failure);
    QVERIFY2(failure->sentence().contains(u"no/such/folder"), qPrintable(failure->sentence()));
    QVERIFY(!QFileInfo::exists(missing));

    const QString file = m_out.filePath(QStringLiteral("plain-file"));
    QVERIFY(test::writeFile(file, "not a folder"));
    const QString inside = file + QStringLiteral("/kit.pdf");
    failure = ui::ReportPrinter().writePdf(**report, inside);
    QVERIFY(failure);
    QVERIFY2(failure->sentence().contains(u"plain-file"), qPrintable(failure->sentence()));
    QCOMPARE(test::readAll(file), QByteArray("not a folder"));
}

void TestReports::failedExportKeepsTheGoodFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pack.pdf"));
    const QByteArray good = "%PDF-1.4 a good pack from yesterday";
    QVERIFY(test::writeFile(path, good));
    auto report = ui::Reports::build(*m_db.store, {ui::ReportRequest::Kind::CommitteePack,
                                                   roleId("Payment backend"), false});
    QVERIFY(report);

    // A file size limit makes the write fail part-way, as a full disk would; it binds root too,
    // unlike permissions. SIGXFSZ would kill the process, so it is ignored meanwhile.
    rlimit saved{};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
    rlimit small = saved;
    small.rlim_cur = 8192;
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
    const auto failure = ui::ReportPrinter().writePdf(**report, path);
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(failure);
    QVERIFY2(failure->sentence().contains(path), qPrintable(failure->sentence()));
    QCOMPARE(test::readAll(path), good);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"pack.pdf"_s});
}

void TestReports::exportDialogWritesEachKind()
{
    const core::Id role = roleId("Payment backend");
    const core::Id candidate = candidateId("Amara Nwosu");
    ui::ExportDialog dialog(*m_db.store, role, candidate, ui::ExportDialog::Purpose::Export);
    QCOMPARE(dialog.kind(), ui::ExportDialog::Kind::CandidateSummary);

    const QString summary = m_out.filePath(QStringLiteral("dialog-summary.pdf"));
    ui::Dialogs::setNextFileName(summary);
    QVERIFY(dialog.exportToFile());
    QVERIFY(pdfText(summary).contains(u"Amara Nwosu"));

    dialog.setKind(ui::ExportDialog::Kind::CommitteePack);
    dialog.setBlind(true);
    const QString pack = m_out.filePath(QStringLiteral("dialog-pack.pdf"));
    ui::Dialogs::setNextFileName(pack);
    QSignalSpy exported(&dialog, &ui::ExportDialog::exported);
    QVERIFY(dialog.exportToFile());
    QCOMPARE(exported.size(), 1);
    const QString packText = pdfText(pack);
    QVERIFY(packText.contains(u"Candidate A"));
    QVERIFY(!packText.contains(u"Amara"));

    dialog.setKind(ui::ExportDialog::Kind::InterviewKit);
    const QString kit = m_out.filePath(QStringLiteral("dialog-kit.pdf"));
    ui::Dialogs::setNextFileName(kit);
    QVERIFY(dialog.exportToFile());
    QVERIFY(pdfText(kit).contains(u"Interview kit"));

    dialog.setKind(ui::ExportDialog::Kind::RoleData);
    const QString json = m_out.filePath(QStringLiteral("dialog-role.json"));
    ui::Dialogs::setNextFileName(json);
    QVERIFY(dialog.exportToFile());
    const QJsonDocument doc = QJsonDocument::fromJson(test::readAll(json));
    QCOMPARE(doc[u"roles"_s].toArray().size(), 1);
    QCOMPARE(doc[u"candidates"_s].toArray().size(), 4 + 0);

    // Cancel writes nothing; a folder that is not there is named in the message.
    ui::Dialogs::setNextFileName(QString());
    QVERIFY(!dialog.exportToFile());
    const QString nowhere = m_out.filePath(QStringLiteral("missing/dialog.json"));
    ui::Dialogs::setNextFileName(nowhere);
    ui::Dialogs::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!dialog.exportToFile());
    QVERIFY2(ui::Dialogs::lastMessage().contains(u"missing"), qPrintable(ui::Dialogs::lastMessage()));
    QVERIFY(!QFileInfo::exists(nowhere));
}

void TestReports::exportDialogOffersOnlyWhatIsSelected()
{
    ui::ExportDialog nothing(*m_db.store, std::nullopt, std::nullopt, ui::ExportDialog::Purpose::Print);
    QVERIFY(!nothing.isAvailable(ui::ExportDialog::Kind::CandidateSummary));
    QVERIFY(!nothing.isAvailable(ui::ExportDialog::Kind::CommitteePack));
    QCOMPARE(nothing.kind(), ui::ExportDialog::Kind::AllData);
    // Data cannot be printed.
    auto *print = nothing.findChild<QPushButton *>(QStringLiteral("printButton"));
    QVERIFY(print);
    QVERIFY(!print->isEnabled());
    QVERIFY(print->isDefault());

    ui::ExportDialog role(*m_db.store, roleId("Payment backend"), std::nullopt,
                          ui::ExportDialog::Purpose::Export);
    QCOMPARE(role.kind(), ui::ExportDialog::Kind::CommitteePack);
    auto *blind = role.findChild<QCheckBox *>(QStringLiteral("blindCheck"));
    QVERIFY(blind && blind->isEnabled());
    role.setKind(ui::ExportDialog::Kind::InterviewKit);
    QVERIFY(!blind->isEnabled());
}

void TestReports::printPreviewShowsThePages()
{
    ui::ExportDialog dialog(*m_db.store, roleId("Payment backend"), candidateId("Lars Eriksen"),
                            ui::ExportDialog::Purpose::Print);
    dialog.resize(dialog.sizeHint());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.grab().save(output(QStringLiteral("export-dialog.png"))));
    const QPalette light = QApplication::palette();
    QApplication::setPalette(hindsight::test::darkPalette());
    {
        ui::ExportDialog dark(*m_db.store, roleId("Payment backend"), std::nullopt,
                              ui::ExportDialog::Purpose::Export);
        dark.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dark));
        QVERIFY(dark.grab().save(output(QStringLiteral("export-dialog-dark.png"))));
    }
    QApplication::setPalette(light);

    bool previewed = false;
    QTimer::singleShot(0, this, [&] {
        auto *preview = dialog.findChild<QPrintPreviewDialog *>(QStringLiteral("printPreview"));
        if (preview) {
            previewed = QTest::qWaitForWindowExposed(preview);
            QTest::qWait(200);
            preview->grab().save(output(QStringLiteral("print-preview.png")));
            preview->reject();
        }
    });
    dialog.printPreview(); // opens the preview and returns: the timer runs while waiting here
    QTRY_VERIFY(previewed);
}

void TestReports::menusOfferExportAndPrint()
{
    ui::MainWindow window(*m_db.store, m_db.path);
    QMenu *file = window.menuBar()->findChildren<QMenu *>().value(0);
    QVERIFY(file);
    QAction *exportAction = window.findChild<QAction *>(QStringLiteral("actionExport"));
    QAction *printAction = window.findChild<QAction *>(QStringLiteral("actionPrint"));
    QVERIFY(exportAction && printAction);
    QVERIFY(file->actions().contains(exportAction));
    QVERIFY(file->actions().contains(printAction));
    QCOMPARE(exportAction->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QCOMPARE(printAction->shortcut(), QKeySequence(QKeySequence::Print));
    QVERIFY(exportAction->toolTip().contains(exportAction->shortcut().toString(QKeySequence::NativeText)));
    // What the user sees of them: the File menu, open.
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    file->popup(window.mapToGlobal(QPoint(10, 30)));
    QVERIFY(QTest::qWaitForWindowExposed(file));
    QVERIFY(file->grab().save(output(QStringLiteral("file-menu.png"))));
    file->close();

    ui::CommitteeBoard board(*m_db.store, roleId("Payment backend"));
    QAction *pack = board.findChild<QAction *>(QStringLiteral("actionCommitteePack"));
    QVERIFY(pack);
    QCOMPARE(pack->shortcut(), QKeySequence(QKeySequence::Print));
}

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
