// User text is text on paper too: hostile markup as a name, a title, a note or a decision appears
// literally in every report (as its text document and as the PDF read back with pdftotext), never
// as a link, an image or a colour; and a U+202E in a name is bidi-isolated, so the words the
// application writes after it keep their order (issue 13, item 5).

#include "ui/common/englishplurals.h"
#include "ui/common/plaintext.h"
#include "ui/report/reportdocument.h"
#include "ui/report/reportprinter.h"
#include "ui/report/reports.h"

#include "tests/common/temporarydatabase.h"
#include "tests/reliability/hostiletext.h"
#include "tests/report/pdfreader.h"

#include <QColor>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>

using namespace hindsight;

namespace {

constexpr char16_t Fsi = 0x2068, Pdi = 0x2069, Rlo = 0x202E;

const QStringList hostile = test::hostileTexts();
const QString eve = hostile.at(0), mallory = hostile.at(1), trent = hostile.at(2),
              bold = hostile.at(3);

// U+202E characters that are not inside an isolate, where they would reverse what follows.
int unisolatedOverrides(const QString &text)
{
    int depth = 0, loose = 0;
    for (const QChar c : text) {
        if (c == Fsi)
            ++depth;
        else if (c == Pdi && depth > 0)
            --depth;
        else if (c == QChar(QChar::LineSeparator) || c == QChar(QChar::ParagraphSeparator)
                 || c == QLatin1Char('\n'))
            depth = 0; // an isolate ends with its paragraph
        else if (c == Rlo && depth == 0)
            ++loose;
    }
    return loose;
}

// Text of the document formatted as a link, the hostile image or in red: markup that was
// interpreted.
QStringList interpreted(const QTextDocument &document)
{
    QStringList found;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            const QTextCharFormat format = f.charFormat();
            // Reports draw their charts and tick boxes as images of their own; <img src=x> is
            // the one a hostile name would add.
            const bool userImage = format.isImageFormat()
                                   && format.toImageFormat().name() == QLatin1String("x");
            if (format.isAnchor() || userImage || format.foreground().color() == QColor(Qt::red))
                found << f.text();
        }
    }
    return found;
}

} // namespace

class TestHostileTextPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void isolateBalancesTheTextsOwnControls();
    void reportsShowUserTextLiterally_data();
    void reportsShowUserTextLiterally();

private:
    test::TemporaryDatabase m_db;
    QTemporaryDir m_out;
    core::Id m_role = 0;
    core::Id m_candidate = 0;
};

void TestHostileTextPdf::initTestCase()
{
    QCoreApplication::installTranslator(new ui::EnglishPlurals(this));
    QVERIFY2(m_db, qPrintable(m_db.error()));
    const QString json = m_db.filePath(QStringLiteral("hostile.json"));
    QVERIFY(test::writeHostileDemo(json));
    QVERIFY2(m_db.importFile(json), qPrintable(m_db.error()));
    m_role = m_db.roleId((bold + QStringLiteral(" backend")).toStdString());
    m_candidate = m_db.candidateId(eve.toStdString());
    QVERIFY(m_role && m_candidate);
    QVERIFY(m_out.isValid());
}

void TestHostileTextPdf::isolateBalancesTheTextsOwnControls()
{
    const QString fsi(Fsi), pdi(Pdi);
    QCOMPARE(ui::PlainText::isolate(QString()), QString());
    QCOMPARE(ui::PlainText::isolate(QStringLiteral("Ana")), fsi + QStringLiteral("Ana") + pdi);
    // A stray closing isolate would end ours early, letting the override after it loose.
    const QString stray = pdi + QChar(Rlo) + QStringLiteral("x");
    QCOMPARE(ui::PlainText::isolate(stray), fsi + QChar(Rlo) + QStringLiteral("x") + pdi);
    QCOMPARE(unisolatedOverrides(ui::PlainText::isolate(stray) + QStringLiteral(", 3 May")), 0);
    QCOMPARE(unisolatedOverrides(stray), 1);
    // An isolate the text opens and leaves open is closed before ours.
    const QString open = fsi + QStringLiteral("a");
    QCOMPARE(ui::PlainText::isolate(open), fsi + fsi + QStringLiteral("a") + pdi + pdi);
}

void TestHostileTextPdf::reportsShowUserTextLiterally_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("blind");
    QTest::addColumn<QStringList>("literal");
    using Kind = ui::ReportRequest::Kind;
    const QString role = bold + QStringLiteral(" backend");
    const QString interviewer = trent + QStringLiteral(" ") + test::overrideText();
    QTest::newRow("candidate summary") << int(Kind::CandidateSummary) << false
                                       << QStringList{eve,
                                                      role,
                                                      interviewer,
                                                      mallory + QStringLiteral(" decided"),
                                                      bold + QStringLiteral(" system"),
                                                      bold + QStringLiteral(" said ") + eve};
    QTest::newRow("committee pack")
        << int(Kind::CommitteePack) << false
        << QStringList{eve, role, eve + QStringLiteral(" describes the role"), interviewer,
                       eve + QStringLiteral(" because ") + mallory};
    QTest::newRow("blind committee pack")
        << int(Kind::CommitteePack) << true << QStringList{role, interviewer};
    QTest::newRow("interview kit") << int(Kind::InterviewKit) << false << QStringList{role};
}

void TestHostileTextPdf::reportsShowUserTextLiterally()
{
    QFETCH(int, kind);
    QFETCH(bool, blind);
    QFETCH(QStringList, literal);
    ui::ReportRequest request;
    request.kind = ui::ReportRequest::Kind(kind);
    request.id = request.kind == ui::ReportRequest::Kind::CandidateSummary ? m_candidate : m_role;
    request.blind = blind;
    auto report = ui::Reports::build(m_db.store(), request);
    QVERIFY(report);

    const QTextDocument &document = *(*report)->document();
    const QString text = document.toPlainText();
    for (const QString &words : std::as_const(literal))
        QVERIFY2(text.contains(words), qPrintable(words));
    QCOMPARE(unisolatedOverrides(text), 0);
    QCOMPARE(unisolatedOverrides((*report)->title()), 0);
    const QStringList formatted = interpreted(document);
    QVERIFY2(formatted.isEmpty(), qPrintable(formatted.join(QStringLiteral(" | "))));

    // On paper: the markup as typed, and the application's words after an overridden name in
    // their order (without the isolate, pdftotext reads them reversed).
    const QString pdf = m_out.filePath(QStringLiteral("%1.pdf").arg(QTest::currentDataTag()));
    const auto failure = ui::ReportPrinter().writePdf(**report, pdf);
    QVERIFY2(!failure, qPrintable(failure ? failure->sentence() : QString()));
    const QString printed = test::pdfText(pdf);
    for (const QString &markup : {eve, mallory, bold}) {
        if (text.contains(markup))
            QVERIFY2(printed.contains(markup), qPrintable(markup));
    }
    const qsizetype override = text.indexOf(test::overrideText());
    if (override >= 0) {
        qsizetype after = override + test::overrideText().size();
        if (after < text.size() && text.at(after) == QChar(Pdi))
            ++after;
        const QString following = text.mid(after, 12).simplified();
        QVERIFY2(following.size() >= 6, qPrintable(following));
        QVERIFY2(printed.contains(following), qPrintable(following));
    }
}

QTEST_MAIN(TestHostileTextPdf)
#include "tst_hostiletext_pdf.moc"
