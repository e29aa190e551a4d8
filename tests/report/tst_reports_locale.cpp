// Numbers and dates follow the chosen language consistently (issue 16, item 4): with Danish the
// candidate summary, its explanation, the committee pack's board figures and calibration write
// "8,75" and Danish dates everywhere, never "8.75" beside "2,5"; with English, ".". And the locale
// follows the language of the words when LANGUAGE chose a translation that LANG does not speak.

#include "ui/board/calibrationmodel.h"
#include "ui/common/localetext.h"
#include "ui/common/terms.h"
#include "ui/report/candidatedossier.h"
#include "ui/report/candidatesummary.h"
#include "ui/report/reportdocument.h"
#include "ui/report/reports.h"

#include "tests/report/reportfixture.h"

#include <QRegularExpression>
#include <QTest>
#include <QTextDocument>

using namespace hindsight;
using namespace Qt::StringLiterals;
using Kind = ui::ReportRequest::Kind;

namespace {

// Sets QLocale's default for one scope.
class DefaultLocale
{
public:
    explicit DefaultLocale(const QLocale &locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(m_saved); }

private:
    QLocale m_saved;
};

// Numbers with a decimal point or a decimal comma: "8.75", "2,5" (not "1, 2": a list).
QStringList decimals(const QString &text, QChar separator)
{
    const QRegularExpression number(
        QStringLiteral("(?<![\\w.,])\\d+\\%1\\d+(?![\\w])").arg(separator));
    QStringList found;
    for (auto it = number.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    return found;
}

} // namespace

class TestReportsLocale : public QObject, protected test::ReportFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helperFollowsTheDefaultLocale();
    void summaryInDanishHasDanishNumbersAndDates();
    void summaryInEnglishHasPoints();
    void packFiguresAndCalibrationInDanish();
    void localeFollowsTheWords();

private:
    QString summaryText(core::Id candidate) const;
    QString packText(core::Id role) const;
    // The text a person typed into the demo data, whose numbers are theirs in their notation, and
    // the interviews' times of day.
    QStringList typed(core::Id candidate) const;
};

void TestReportsLocale::initTestCase()
{
    checkReady();
}

QString TestReportsLocale::summaryText(core::Id candidate) const
{
    auto report = ui::Reports::build(m_db.store(), {Kind::CandidateSummary, candidate, false});
    return report ? (*report)->document()->toPlainText() : QString();
}

QString TestReportsLocale::packText(core::Id role) const
{
    auto report = ui::Reports::build(m_db.store(), {Kind::CommitteePack, role, false});
    return report ? (*report)->document()->toPlainText() : QString();
}

QStringList TestReportsLocale::typed(core::Id candidate) const
{
    QStringList texts;
    for (const core::Interview &i : *m_db.store().interviews(candidate)) {
        for (const core::Note &n : i.notes)
            texts << QString::fromStdString(n.text);
        for (const core::Regret &r : i.regrets) {
            for (const std::string *s : {&r.system, &r.decision, &r.why, &r.instead, &r.impact})
                texts << QString::fromStdString(*s);
        }
    }
    for (const core::Decision &d : *m_db.store().decisions(candidate))
        texts << QString::fromStdString(d.rationale);
    // And the times of day, which Danish writes with a point ("09.30").
    for (const core::Interview &i : *m_db.store().interviews(candidate)) {
        for (const core::TimePoint t : {i.startedAt, i.amendedAt}) {
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(t.time_since_epoch().count())
                                        .toLocalTime();
            texts << ui::LocaleText::time(local.time());
        }
    }
    return texts;
}

void TestReportsLocale::helperFollowsTheDefaultLocale()
{
    {
        const DefaultLocale danish(QLocale(QLocale::Danish, QLocale::Denmark));
        QCOMPARE(ui::LocaleText::number(6.25, 2), u"6,25"_s);
        QCOMPARE(ui::LocaleText::number(qint64(12345)), u"12.345"_s);
        QCOMPARE(ui::Terms::figure(2.5), u"2,5"_s);
        QCOMPARE(ui::LocaleText::date(QDate(2026, 11, 23)), u"23. november 2026"_s);
        QCOMPARE(ui::LocaleText::dateTime(QDateTime(QDate(2026, 11, 23), QTime(9, 30, 15))),
                 u"23. november 2026, 09.30"_s);
        QCOMPARE(ui::CalibrationModel::kappaText(0.456), u"0,46"_s);
    }
    const DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(ui::LocaleText::number(6.25, 2), u"6.25"_s);
    QCOMPARE(ui::LocaleText::number(qint64(12345)), u"12,345"_s);
    QCOMPARE(ui::Terms::figure(2.5), u"2.5"_s);
    QCOMPARE(ui::LocaleText::date(QDate(2026, 11, 23)), u"23 November 2026"_s);
    QCOMPARE(ui::CalibrationModel::kappaText(0.456), u"0.46"_s);
}

void TestReportsLocale::summaryInDanishHasDanishNumbersAndDates()
{
    const core::Id gita = candidateId("Gita Raman");
    const DefaultLocale danish(QLocale(QLocale::Danish, QLocale::Denmark));
    const QString text = summaryText(gita);
    QVERIFY(!text.isEmpty());
    // Breadth 8.75 in the figures and the explanation, and the depth scale's 2.5, all with commas.
    QVERIFY2(text.contains(u"8,75"_s), qPrintable(text.left(600)));
    QVERIFY(text.contains(u"gange 2,5"_s) || text.contains(u"times 2,5"_s));
    QStringList points = decimals(text, u'.');
    // What remains with a point is only what a person typed that way.
    const QStringList typedTexts = typed(gita);
    points.erase(std::remove_if(
                     points.begin(), points.end(),
                     [&](const QString &n) {
        return std::any_of(typedTexts.begin(), typedTexts.end(),
                           [&](const QString &t) { return t.contains(n); });
                     }),
                 points.end());
    QVERIFY2(points.isEmpty(), qPrintable(points.join(u" | ")));
    // Dates in Danish: "12. november 2026", the time with a point as Danish writes it.
    const QDate interviewed(2026, 11, 12);
    QVERIFY2(text.contains(ui::LocaleText::date(interviewed)), qPrintable(text.left(600)));
    QVERIFY(text.contains(u"november"_s));
    QVERIFY(!text.contains(u"November"_s));
}

void TestReportsLocale::summaryInEnglishHasPoints()
{
    const core::Id gita = candidateId("Gita Raman");
    const DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString text = summaryText(gita);
    QVERIFY(text.contains(u"8.75"_s));
    QVERIFY(text.contains(u"times 2.5"_s));
    QVERIFY(text.contains(u"November 12, 2026"_s));
    QStringList commas = decimals(text, u',');
    const QStringList typedTexts = typed(gita);
    commas.erase(std::remove_if(
                     commas.begin(), commas.end(),
                     [&](const QString &n) {
        return std::any_of(typedTexts.begin(), typedTexts.end(),
                           [&](const QString &t) { return t.contains(n); });
                     }),
                 commas.end());
    QVERIFY2(commas.isEmpty(), qPrintable(commas.join(u" | ")));
}

void TestReportsLocale::packFiguresAndCalibrationInDanish()
{
    const core::Id role = roleId("Payment backend");
    const DefaultLocale danish(QLocale(QLocale::Danish, QLocale::Denmark));
    const QString text = packText(role);
    // The comparison table's figures (Amara Nwosu's breadth 5.63) and the disagreement
    // threshold, in Danish.
    QVERIFY2(text.contains(u"5,63"_s), qPrintable(text.left(800)));
    QVERIFY(text.contains(u"by 2,5 or more"_s) || text.contains(u"med 2,5 eller mere"_s));
    QStringList points = decimals(text, u'.');
    QStringList typedTexts;
    for (const core::Candidate &c : *m_db.store().candidates(role))
        typedTexts << typed(c.id);
    points.erase(std::remove_if(
                     points.begin(), points.end(),
                     [&](const QString &n) {
        return std::any_of(typedTexts.begin(), typedTexts.end(),
                           [&](const QString &t) { return t.contains(n); });
                     }),
                 points.end());
    QVERIFY2(points.isEmpty(), qPrintable(points.join(u" | ")));
}

void TestReportsLocale::localeFollowsTheWords()
{
    using ui::LocaleText;
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    // LANGUAGE=da with LANG=en_US: the words are Danish, so are the numbers.
    QCOMPARE(LocaleText::forText(us, u"da"_s).language(), QLocale::Danish);
    QCOMPARE(LocaleText::forText(us, u"id"_s).language(), QLocale::Indonesian);
    // The same language keeps its region's formats; the C locale and no translation keep it all.
    const QLocale canada(QLocale::English, QLocale::Canada);
    QCOMPARE(LocaleText::forText(canada, u"en"_s), canada);
    QCOMPARE(LocaleText::forText(QLocale::c(), u"en"_s), QLocale::c());
    // LANGUAGE=da with LANG=C.UTF-8: Danish words, so Danish dates and decimal commas.
    QCOMPARE(LocaleText::forText(QLocale::c(), u"da"_s).language(), QLocale::Danish);
    QCOMPARE(LocaleText::forText(QLocale::c(), u"id"_s).language(), QLocale::Indonesian);
    const QLocale denmark(QLocale::Danish, QLocale::Denmark);
    QCOMPARE(LocaleText::forText(denmark, u"da"_s), denmark);
    QCOMPARE(LocaleText::forText(denmark, QString()), denmark);
}

QTEST_MAIN(TestReportsLocale)
#include "tst_reports_locale.moc"
