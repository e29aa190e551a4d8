// hindsight report: every kind of PDF written with no display at all, and failures that name what
// is wrong and leave no file.

#include "tests/cli/clifixture.h"
#include "tests/common/temporarydatabase.h"

#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace hindsight;
using namespace Qt::StringLiterals;
using test::Run;

namespace {

const QString scenario = test::scenarioFile();

} // namespace

class TestCliReport : public QObject, protected test::CliFixture
{
    Q_OBJECT

private slots:
    void init();
    void reportsWithoutADisplay();
    void reportFailuresNameWhatIsWrong();
    void pdfLanguageIsTheTranslations();
    void paperIsChosenWithPaper();
    void languageAloneGivesDanishNumbersAndDates();
};

void TestCliReport::init()
{
    freshFolder();
}

void TestCliReport::reportsWithoutADisplay()
{
    QCOMPARE(run({u"import"_s, scenario, u"--database"_s, db()}).exitCode, 0);
    const struct
    {
        QStringList args;
        QString file;
        QString mustRead;
    } reports[] = {
        {{u"--role"_s, u"Payment backend"_s}, u"pack.pdf"_s, u"Committee pack"_s},
        {{u"--role"_s, u"Payment backend"_s, u"--blind"_s}, u"blind.pdf"_s, u"Candidate A"_s},
        {{u"--role"_s, u"Payment backend"_s, u"--kit"_s}, u"kit.pdf"_s, u"Interview kit"_s},
        {{u"--candidate"_s, u"Gita Fullstack"_s}, u"gita.pdf"_s, u"Gita Fullstack"_s},
    };
    for (const auto &report : reports) {
        const QString pdf = m_dir->filePath(report.file);
        const Run r = run(QStringList{u"report"_s} + report.args
                              + QStringList{u"--pdf"_s, pdf, u"--database"_s, db()},
                          60000, /*offscreen=*/false);
        QCOMPARE(r.status, QProcess::NormalExit);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData()); // no platform warnings either
        QVERIFY(r.out.contains(QFile::encodeName(pdf)));
        QVERIFY(fileBytes(pdf).startsWith("%PDF-"));
        QProcess text;
        text.start(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY(text.waitForFinished(60000));
        QVERIFY2(QString::fromUtf8(text.readAllStandardOutput()).contains(report.mustRead),
                 qPrintable(report.file));
    }
}

void TestCliReport::reportFailuresNameWhatIsWrong()
{
    QCOMPARE(run({u"import"_s, scenario, u"--database"_s, db()}).exitCode, 0);
    Run r = run({u"report"_s, u"--candidate"_s, u"Nobody Known"_s, u"--pdf"_s,
                 m_dir->filePath(u"x.pdf"_s), u"--database"_s, db()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Nobody Known"), r.err.constData());
    QVERIFY(!QFile::exists(m_dir->filePath(u"x.pdf"_s)));

    const QString nowhere = m_dir->filePath(u"no/such/folder/pack.pdf"_s);
    r = run({u"report"_s, u"--role"_s, u"Payment backend"_s, u"--pdf"_s, nowhere, u"--database"_s,
             db()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no/such/folder"), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(!QFile::exists(nowhere));
}

// The PDF says which language its words are in (/Lang): Danish with --lang da, and the file stays
// sound for qpdf.
void TestCliReport::pdfLanguageIsTheTranslations()
{
    QCOMPARE(run({u"import"_s, scenario, u"--database"_s, db()}).exitCode, 0);
    for (const QString &code : {u"da"_s, u"id"_s, u"en"_s}) {
        const QString pdf = m_dir->filePath(code + u".pdf"_s);
        const Run r = run({u"report"_s, u"--role"_s, u"Payment backend"_s, u"--lang"_s, code,
                           u"--pdf"_s, pdf, u"--database"_s, db()},
                          60000, /*offscreen=*/false);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QProcess qpdf;
        qpdf.start(u"qpdf"_s, {u"--show-object=trailer"_s, pdf});
        QVERIFY(qpdf.waitForFinished(60000));
        const QByteArray trailer = qpdf.readAllStandardOutput();
        QVERIFY2(trailer.contains("/Root"), trailer.constData());
        QProcess check;
        check.start(u"qpdf"_s, {u"--check"_s, pdf});
        QVERIFY(check.waitForFinished(60000));
        QCOMPARE(check.exitCode(), 0);
        // The newest version of the catalog: the one the update wrote.
        const QByteArray root = trailer.mid(trailer.indexOf("/Root") + 6).split(' ').first();
        qpdf.start(u"qpdf"_s, {u"--show-object="_s + QString::fromLatin1(root), pdf});
        QVERIFY(qpdf.waitForFinished(60000));
        const QByteArray catalog = qpdf.readAllStandardOutput();
        QVERIFY2(catalog.contains("/Lang (" + code.toLatin1() + ")"), catalog.constData());
        QVERIFY2(catalog.contains("/Outlines"), catalog.constData());
    }
}

// --paper letter and --paper a4 give pages of 612 x 792 points and of A4 (595 x 842).
void TestCliReport::paperIsChosenWithPaper()
{
    QCOMPARE(run({u"import"_s, scenario, u"--database"_s, db()}).exitCode, 0);
    for (const auto &[paper, size] :
         {std::pair{u"letter"_s, "612 x 792 pts"_ba}, std::pair{u"a4"_s, "pts (A4)"_ba}}) {
        const QString pdf = m_dir->filePath(paper + u".pdf"_s);
        const Run r = run({u"report"_s, u"--candidate"_s, u"Gita Fullstack"_s, u"--paper"_s, paper,
                           u"--pdf"_s, pdf, u"--database"_s, db()},
                          60000, /*offscreen=*/false);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QProcess info;
        info.start(u"pdfinfo"_s, {pdf});
        QVERIFY(info.waitForFinished(60000));
        const QByteArray said = info.readAllStandardOutput();
        QVERIFY2(said.contains(size), said.constData());
    }
}

QTEST_GUILESS_MAIN(TestCliReport)
// LANGUAGE=da with LANG=C.UTF-8, as the issue tried it: the words are Danish, and so are the
// numbers and dates among them; no "12 November" or "8.75" in a Danish summary.
void TestCliReport::languageAloneGivesDanishNumbersAndDates()
{
    QCOMPARE(run({u"import"_s, scenario, u"--database"_s, db()}).exitCode, 0);
    const QString pdf = m_dir->filePath(u"gita-da.pdf"_s);
    QProcess p;
    prepare(p);
    QProcessEnvironment env = p.processEnvironment();
    env.remove(u"LC_ALL"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, u"da"_s);
    p.setProcessEnvironment(env);
    p.setArguments({u"report"_s, u"--candidate"_s, u"Gita Fullstack"_s, u"--pdf"_s, pdf,
                    u"--database"_s, db()});
    p.start();
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QProcess text;
    text.start(u"pdftotext"_s, {pdf, u"-"_s});
    QVERIFY(text.waitForFinished(60000));
    QString words = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(words.contains(u"Kandidatresumé"_s), qPrintable(words.left(400)));
    const QString english = QLocale(QLocale::English).monthName(11);
    const QString danish = QLocale(QLocale::Danish).monthName(11);
    QVERIFY2(words.contains(danish) && !words.contains(english), qPrintable(words.left(400)));
    static const QRegularExpression pointDecimal(u"\\b\\d+\\.\\d\\d?\\b"_s);
    static const QRegularExpression commaDecimal(u"\\b\\d+,\\d\\d?\\b"_s);
    // Danish writes a time of day with a point ("kl. 09.30"): that is not a decimal.
    static const QRegularExpression timeOfDay(u"kl\\. \\d\\d?\\.\\d\\d"_s);
    words.remove(timeOfDay);
    QVERIFY2(words.contains(commaDecimal), qPrintable(words.left(600)));
    QVERIFY2(!words.contains(pointDecimal), qPrintable(words.left(600)));
}

#include "tst_cli_report.moc"
