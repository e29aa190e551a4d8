// What a report PDF holds besides its pages: the document's language, an outline with one entry
// per section and per candidate that leads to the page each starts on, and a file qpdf --check
// finds sound (issue 16, item 5). Titles hold any text exactly, hostile text included; a file the
// outline cannot be added to is still written.

#include "ui/common/localetext.h"
#include "ui/report/pdfcatalogupdate.h"
#include "ui/report/reportdocument.h"
#include "ui/report/reportprinter.h"
#include "ui/report/reports.h"

#include "core/storage/store.h"

#include "tests/common/generateddataset.h"
#include "tests/common/temporarydatabase.h"
#include "tests/common/testfiles.h"
#include "tests/report/pdfreader.h"
#include "tests/report/reportfixture.h"

#include <QTest>

using namespace hindsight;
using namespace Qt::StringLiterals;
using namespace hindsight::test;
using Kind = ui::ReportRequest::Kind;

namespace {

QStringList titles(const QList<OutlineEntry> &outline)
{
    QStringList list;
    for (const OutlineEntry &e : outline)
        list << e.title;
    return list;
}

} // namespace

class TestReportsOutline : public QObject, protected test::ReportFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyReportIsSoundAndHasItsLanguage_data();
    void everyReportIsSoundAndHasItsLanguage();
    void packOutlineHasSectionsAndCandidates();
    void blindPackOutlineNamesNobody();
    void summaryAndKitOutlines();
    void everyCandidateOfALargePack();
    void titlesKeepAnyText();
    void languageFollowsTheTranslation();
    void unreadablePdfIsLeftAsItIs();
};

void TestReportsOutline::initTestCase()
{
    checkReady();
}

void TestReportsOutline::everyReportIsSoundAndHasItsLanguage_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("blind");
    QTest::newRow("candidate summary") << int(Kind::CandidateSummary) << false;
    QTest::newRow("committee pack") << int(Kind::CommitteePack) << false;
    QTest::newRow("blind committee pack") << int(Kind::CommitteePack) << true;
    QTest::newRow("interview kit") << int(Kind::InterviewKit) << false;
}

void TestReportsOutline::everyReportIsSoundAndHasItsLanguage()
{
    QFETCH(int, kind);
    QFETCH(bool, blind);
    const core::Id id = Kind(kind) == Kind::CandidateSummary ? candidateId("Gita Raman")
                                                             : roleId("Payment backend");
    const QString path = write({Kind(kind), id, blind},
                               QStringLiteral("outline-%1.pdf").arg(QTest::currentDataTag()));
    QVERIFY(!path.isEmpty());
    const QString problems = qpdfProblems(path);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    QCOMPARE(catalogEntry(path, u"Lang"_s), u"u:en"_s);
    QCOMPARE(catalogEntry(path, u"PageMode"_s), u"/UseOutlines"_s);
    // Not tagged: no structure tree, so no claim that there is one.
    QCOMPARE(catalogEntry(path, u"MarkInfo"_s), QString());
    QVERIFY(!pdfOutline(path).isEmpty());
    // Poppler reads the file as qpdf does: every page, the title.
    QVERIFY(pageCount(path) > 0);
    QVERIFY(!pdfInfo(path, u"Title"_s).isEmpty());
}

void TestReportsOutline::packOutlineHasSectionsAndCandidates()
{
    const core::Id role = roleId("Payment backend");
    const QString path = write({Kind::CommitteePack, role, false}, u"outline-pack.pdf"_s);
    QVERIFY(!path.isEmpty());
    const QList<OutlineEntry> outline = pdfOutline(path);
    const QStringList sections{u"Cover"_s,       u"Comparison"_s,    u"Disagreements"_s,
                               u"Calibration"_s, u"Evidence gaps"_s, u"Decisions"_s,
                               u"Candidates"_s};
    QStringList top;
    for (const OutlineEntry &e : outline) {
        if (e.depth == 0)
            top << e.title;
    }
    QCOMPARE(top, sections);

    // One entry per candidate under "Candidates", each with its two sections beneath.
    QStringList candidates;
    for (const OutlineEntry &e : outline) {
        if (e.depth == 1)
            candidates << e.title;
    }
    QStringList expected = candidateNames(role);
    expected.sort();
    QStringList sorted = candidates;
    sorted.sort();
    QCOMPARE(sorted, expected);
    QCOMPARE(outline.size(), sections.size() + 3 * candidates.size());

    // Each entry leads to the page its heading is on, in page order.
    const int pages = pageCount(path);
    int previous = 1;
    for (const OutlineEntry &e : outline) {
        QVERIFY2(e.page >= previous && e.page <= pages, qPrintable(e.title));
        previous = e.page;
        const QString heading = e.title == u"Cover" ? u"Committee pack"_s : e.title;
        if (e.title != u"Candidates")
            QVERIFY2(pageText(path, e.page).contains(heading),
                     qPrintable(QStringLiteral("%1 on page %2").arg(e.title).arg(e.page)));
    }
    QCOMPARE(outline.first().page, 1);
    // "Candidates" leads to the first candidate; each candidate starts a page of its own.
    const qsizetype group = top.indexOf(u"Candidates"_s);
    QVERIFY(outline.at(sections.size() - 1).title == u"Candidates");
    QCOMPARE(outline.at(group).page, outline.at(group + 1).page);
    QVERIFY(outline.at(group).open);
}

void TestReportsOutline::blindPackOutlineNamesNobody()
{
    const core::Id role = roleId("Payment backend");
    const QString path = write({Kind::CommitteePack, role, true}, u"outline-blind.pdf"_s);
    QVERIFY(!path.isEmpty());
    const QStringList list = titles(pdfOutline(path));
    QVERIFY2(list.contains(u"Candidate A"_s), qPrintable(list.join(u" | ")));
    for (const QString &name : candidateNames(role)) {
        for (const QString &title : list)
            QVERIFY2(!title.contains(name), qPrintable(title));
    }
}

void TestReportsOutline::summaryAndKitOutlines()
{
    const QString summary = write({Kind::CandidateSummary, candidateId("Gita Raman"), false},
                                  u"outline-summary.pdf"_s);
    QList<OutlineEntry> outline = pdfOutline(summary);
    QCOMPARE(titles(outline), (QStringList{u"Gita Raman"_s, u"Why the candidate is here"_s,
                                           u"Regrets and the evidence behind each rating"_s}));
    QCOMPARE(outline.at(1).depth, 1);
    for (const OutlineEntry &e : outline)
        QVERIFY2(pageText(summary, e.page).contains(e.title), qPrintable(e.title));

    const QString kit = write({Kind::InterviewKit, roleId("Payment backend"), false},
                              u"outline-kit.pdf"_s);
    outline = pdfOutline(kit);
    const QStringList list = titles(outline);
    for (const QString &title :
         {u"Interview kit"_s, u"The guided question"_s, u"Rating each regret"_s, u"Regret 1"_s,
          u"The anchored depth scale"_s, u"The levels"_s, u"Notes"_s})
        QVERIFY2(list.contains(title), qPrintable(title));
    for (const OutlineEntry &e : outline)
        QVERIFY2(pageText(kit, e.page).contains(e.title), qPrintable(e.title));
    // The rating sheets and the scale start pages of their own, after the question.
    const auto page = [&outline](const QString &title) {
        for (const OutlineEntry &e : outline)
            if (e.title == title)
                return e.page;
        return 0;
    };
    QVERIFY(page(u"Rating each regret"_s) > page(u"The guided question"_s));
    QVERIFY(page(u"The anchored depth scale"_s) > page(u"Rating each regret"_s));
}

void TestReportsOutline::everyCandidateOfALargePack()
{
    TemporaryDatabase db;
    QVERIFY2(db, qPrintable(db.error()));
    QVERIFY(!test::writeThroughStore(db.store(), test::generateDataset(150)));
    const auto roles = db.store().roles();
    QVERIFY(roles && !roles->empty());
    const core::Id role = roles->front().id;
    QStringList names;
    for (const core::Candidate &c : *db.store().candidates()) {
        if (c.roleId == role)
            names << QString::fromStdString(c.name);
    }
    QVERIFY2(names.size() >= 20, qPrintable(QString::number(names.size())));

    auto report = ui::Reports::build(db.store(), {Kind::CommitteePack, role, false});
    QVERIFY(report);
    const QString path = m_out.filePath(u"large-pack.pdf"_s);
    QVERIFY(!ui::ReportPrinter().writePdf(**report, path));
    const QString problems = qpdfProblems(path);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    QStringList candidates;
    int previous = 0;
    for (const OutlineEntry &e : pdfOutline(path)) {
        if (e.depth != 1)
            continue;
        candidates << e.title;
        QVERIFY(e.page > previous); // each on a page of its own, in order
        previous = e.page;
    }
    candidates.sort();
    names.sort();
    // The generator's names hold quotes, separators and non-ASCII text: each comes back exactly.
    QCOMPARE(candidates, names);
}

void TestReportsOutline::titlesKeepAnyText()
{
    const QStringList hostile{
        u"Paren (open and close) \\ backslash \\\\ two"_s,
        u"Unbalanced ((( and ) and \\( escaped"_s,
        u"\"Double\" and 'single' quotes, <b>markup</b> & ampersand"_s,
        u"Emoji \U0001F600\U0001F680 and a flag \U0001F1E9\U0001F1F0"_s,
        u"\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627 RTL"_s,
        u"\u202EOverride\u202C, Ærø Østergård, Đặng Thị"_s,
        u"%PDF-1.4 endobj xref trailer >> << /Name"_s,
    };
    ui::ReportDocument report(u"Hostile"_s);
    QString html;
    for (const QString &title : hostile) {
        html += report.heading(2, title, 0);
        html += u"<p>Some text.</p>"_s;
    }
    report.setBody(html);
    const QString path = m_out.filePath(u"hostile-outline.pdf"_s);
    QVERIFY(!ui::ReportPrinter().writePdf(report, path));
    const QString problems = qpdfProblems(path);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    QCOMPARE(titles(pdfOutline(path)), hostile);

    // The encoding on its own: UTF-16BE behind a byte order mark, surrogate pairs kept.
    QCOMPARE(ui::PdfCatalogUpdate::textString(u"A)"_s), QByteArray("<FEFF00410029>"));
    QCOMPARE(ui::PdfCatalogUpdate::textString(u"\U0001F600"_s), QByteArray("<FEFFD83DDE00>"));
}

void TestReportsOutline::languageFollowsTheTranslation()
{
    // The language of the words (the translation loaded at start), whatever the locale.
    const QString was = ui::LocaleText::textLanguage();
    ui::LocaleText::setTextLanguage(u"da"_s);
    const QString path = write({Kind::InterviewKit, roleId("Payment backend"), false},
                               u"outline-da.pdf"_s);
    ui::LocaleText::setTextLanguage(was);
    QVERIFY(!path.isEmpty());
    QCOMPARE(catalogEntry(path, u"Lang"_s), u"u:da"_s);
    const QString problems = qpdfProblems(path);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestReportsOutline::unreadablePdfIsLeftAsItIs()
{
    const QList<ui::PdfOutlineItem> outline{{u"Somewhere"_s, 0, 0, 700.0}};
    for (const QByteArray &notOurs :
         {QByteArray(), QByteArray("%PDF-1.5\nnot much else"),
          // A cross-reference stream, which Qt does not write: reported, not guessed at.
          QByteArray("%PDF-1.5\n1 0 obj\n<< /Type /XRef >>\nstream\nendstream\nendobj\n"
                     "startxref\n9\n%%EOF\n")}) {
        QString problem;
        QCOMPARE(ui::PdfCatalogUpdate::apply(notOurs, u"en"_s, outline, &problem), notOurs);
        QVERIFY(!problem.isEmpty());
    }

    // An entry past the last page is a problem too, and the file stays as Qt wrote it.
    ui::ReportDocument report(u"One page"_s);
    report.setBody(u"<p>One page.</p>"_s);
    const QString path = m_out.filePath(u"one-page.pdf"_s);
    QVERIFY(!ui::ReportPrinter().writePdf(report, path));
    const QByteArray pdf = test::readAll(path);
    QString problem;
    const QList<ui::PdfOutlineItem> tooFar{{u"Nowhere"_s, 0, 3, 700.0}};
    QCOMPARE(ui::PdfCatalogUpdate::apply(pdf, u"en"_s, tooFar, &problem), pdf);
    QVERIFY(!problem.isEmpty());
}

QTEST_MAIN(TestReportsOutline)
#include "tst_reports_outline.moc"
