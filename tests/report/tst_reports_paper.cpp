// Paper follows the locale, with a setting (issue 16, item 4): Letter where the region uses it,
// A4 elsewhere, A4 or Letter when chosen; the PDF's pages are that size, and every report still
// lays out whole on either (its outline's headings on the pages it says).

#include "ui/common/settings.h"
#include "ui/report/papersize.h"
#include "ui/report/reportdocument.h"
#include "ui/report/reportprinter.h"
#include "ui/report/reports.h"

#include "tests/report/pdfreader.h"
#include "tests/report/reportfixture.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace hindsight;
using namespace Qt::StringLiterals;
using namespace hindsight::test;
using Kind = ui::ReportRequest::Kind;

namespace {

// Sets the environment's locale variables for one scope, and puts them back after.
class LocaleEnvironment
{
public:
    LocaleEnvironment(const char *all, const char *paper, const char *lang)
    {
        for (const char *name : Names)
            m_saved.append({name, qgetenv(name), qEnvironmentVariableIsSet(name)});
        set("LC_ALL", all);
        set("LC_PAPER", paper);
        set("LANG", lang);
    }
    ~LocaleEnvironment()
    {
        for (const auto &[name, value, wasSet] : m_saved) {
            if (wasSet)
                qputenv(name, value);
            else
                qunsetenv(name);
        }
    }

private:
    static constexpr const char *Names[] = {"LC_ALL", "LC_PAPER", "LANG"};
    static void set(const char *name, const char *value)
    {
        if (value)
            qputenv(name, value);
        else
            qunsetenv(name);
    }
    struct Saved
    {
        const char *name;
        QByteArray value;
        bool wasSet;
    };
    QList<Saved> m_saved;
};

} // namespace

class TestReportsPaper : public QObject, protected test::ReportFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void territoriesUsingLetter_data();
    void territoriesUsingLetter();
    void automaticFollowsTheEnvironment_data();
    void automaticFollowsTheEnvironment();
    void settingIsStoredAsAWord();
    void pdfPagesAreThePapersSize_data();
    void pdfPagesAreThePapersSize();
};

void TestReportsPaper::initTestCase()
{
    checkReady();
}

void TestReportsPaper::territoriesUsingLetter_data()
{
    QTest::addColumn<int>("territory");
    QTest::addColumn<bool>("letter");
    QTest::newRow("US") << int(QLocale::UnitedStates) << true;
    QTest::newRow("Canada") << int(QLocale::Canada) << true;
    QTest::newRow("Mexico") << int(QLocale::Mexico) << true;
    QTest::newRow("Philippines") << int(QLocale::Philippines) << true;
    QTest::newRow("Chile") << int(QLocale::Chile) << true;
    QTest::newRow("Colombia") << int(QLocale::Colombia) << true;
    QTest::newRow("Denmark") << int(QLocale::Denmark) << false;
    QTest::newRow("Indonesia") << int(QLocale::Indonesia) << false;
    QTest::newRow("United Kingdom") << int(QLocale::UnitedKingdom) << false;
    QTest::newRow("Brazil") << int(QLocale::Brazil) << false;
    QTest::newRow("none") << int(QLocale::AnyTerritory) << false;
}

void TestReportsPaper::territoriesUsingLetter()
{
    QFETCH(int, territory);
    QFETCH(bool, letter);
    QCOMPARE(ui::PaperSize::forTerritory(QLocale::Territory(territory)),
             letter ? QPageSize::Letter : QPageSize::A4);
}

void TestReportsPaper::automaticFollowsTheEnvironment_data()
{
    QTest::addColumn<QByteArray>("all");
    QTest::addColumn<QByteArray>("paper");
    QTest::addColumn<QByteArray>("lang");
    QTest::addColumn<bool>("letter");
    QTest::newRow("LANG en_US") << QByteArray() << QByteArray() << "en_US.UTF-8"_ba << true;
    QTest::newRow("LANG da_DK") << QByteArray() << QByteArray() << "da_DK.UTF-8"_ba << false;
    QTest::newRow("LC_PAPER over LANG") << QByteArray() << "en_CA.UTF-8"_ba
                                        << "da_DK.UTF-8"_ba << true;
    QTest::newRow("LC_ALL over LC_PAPER") << "id_ID.UTF-8"_ba
                                          << "en_US.UTF-8"_ba
                                          << "en_US.UTF-8"_ba << false;
    QTest::newRow("modifier") << QByteArray() << "es_MX@euro"_ba << QByteArray() << true;
    QTest::newRow("C") << "C.UTF-8"_ba << QByteArray() << QByteArray() << false;
}

void TestReportsPaper::automaticFollowsTheEnvironment()
{
    QFETCH(QByteArray, all);
    QFETCH(QByteArray, paper);
    QFETCH(QByteArray, lang);
    QFETCH(bool, letter);
    const LocaleEnvironment environment(all.isEmpty() ? nullptr : all.constData(),
                                        paper.isEmpty() ? nullptr : paper.constData(),
                                        lang.isEmpty() ? nullptr : lang.constData());
    QCOMPARE(ui::PaperSize::automatic(), letter ? QPageSize::Letter : QPageSize::A4);
    QCOMPARE(ui::PaperSize::resolve(ui::Settings::Paper::Automatic), ui::PaperSize::automatic());
    QCOMPARE(ui::PaperSize::resolve(ui::Settings::Paper::A4), QPageSize::A4);
    QCOMPARE(ui::PaperSize::resolve(ui::Settings::Paper::Letter), QPageSize::Letter);
}

void TestReportsPaper::settingIsStoredAsAWord()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"settings.ini"_s);
    {
        ui::Settings settings(file);
        QCOMPARE(settings.paper(), ui::Settings::Paper::Automatic);
        settings.setPaper(ui::Settings::Paper::Letter);
        QCOMPARE(settings.paper(), ui::Settings::Paper::Letter);
    }
    QCOMPARE(QSettings(file, QSettings::IniFormat).value(u"report/paper"_s).toString(), u"letter"_s);
    {
        ui::Settings settings(file);
        settings.setPaper(ui::Settings::Paper::A4);
    }
    QCOMPARE(QSettings(file, QSettings::IniFormat).value(u"report/paper"_s).toString(), u"a4"_s);
    // Nonsense typed into the file by hand is Automatic; Automatic itself stores nothing.
    QSettings(file, QSettings::IniFormat).setValue(u"report/paper"_s, u"legal"_s);
    QCOMPARE(ui::Settings(file).paper(), ui::Settings::Paper::Automatic);
    ui::Settings(file).setPaper(ui::Settings::Paper::Automatic);
    QVERIFY(!QSettings(file, QSettings::IniFormat).contains(u"report/paper"_s));
}

void TestReportsPaper::pdfPagesAreThePapersSize_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("letter");
    for (const bool letter : {false, true}) {
        const char *paper = letter ? "letter" : "a4";
        QTest::addRow("summary %s", paper) << int(Kind::CandidateSummary) << letter;
        QTest::addRow("pack %s", paper) << int(Kind::CommitteePack) << letter;
        QTest::addRow("kit %s", paper) << int(Kind::InterviewKit) << letter;
    }
}

void TestReportsPaper::pdfPagesAreThePapersSize()
{
    QFETCH(int, kind);
    QFETCH(bool, letter);
    const core::Id id = Kind(kind) == Kind::CandidateSummary ? candidateId("Gita Raman")
                                                             : roleId("Payment backend");
    auto report = ui::Reports::build(m_db.store(), {Kind(kind), id, false});
    QVERIFY(report);
    ui::ReportPrinter printer;
    printer.setPaper(letter ? QPageSize::Letter : QPageSize::A4);
    const QString path = output(QStringLiteral("paper-%1.pdf")
                                    .arg(QString::fromLatin1(QTest::currentDataTag())
                                             .replace(QLatin1Char(' '), QLatin1Char('-'))));
    QVERIFY(!printer.writePdf(**report, path));
    const QSizeF size = mediaBox(path);
    QCOMPARE(qRound(size.width()), letter ? 612 : 595);
    QCOMPARE(qRound(size.height()), letter ? 792 : 842);
    const QString problems = qpdfProblems(path);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    // The layout follows the paper: every heading the outline names is on its page.
    const QList<OutlineEntry> outline = pdfOutline(path);
    QVERIFY(!outline.isEmpty());
    for (const OutlineEntry &e : outline) {
        if (e.title == u"Cover" || e.title == u"Candidates")
            continue;
        QVERIFY2(pageText(path, e.page).contains(e.title), qPrintable(e.title));
    }
    // And nothing is lost: the footer's page count matches the file's.
    const int pages = pageCount(path);
    QVERIFY(pageText(path, pages).contains(QStringLiteral("Page %1 of %1").arg(pages)));
}

QTEST_MAIN(TestReportsPaper)
#include "tst_reports_paper.moc"
