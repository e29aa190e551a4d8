#include "ui/common/localetext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace hindsight::ui {

namespace {

QString &textLanguageSlot()
{
    static QString code = QStringLiteral("en");
    return code;
}

} // namespace

QString LocaleText::number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString LocaleText::number(qint64 value)
{
    return QLocale().toString(value);
}

QString LocaleText::date(QDate day)
{
    // The locale's long date without the weekday: "23 November 2026", "November 23, 2026",
    // "23. november 2026" (and without the "den" that goes with Danish's weekday).
    QString format = QLocale().dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekday(QStringLiteral("d{4}[,.]?\\s*('[^']*'\\s*)?"));
    format.remove(weekday);
    return QLocale().toString(day, format.trimmed());
}

QString LocaleText::dateTime(const QDateTime &when)
{
    return QCoreApplication::translate("hindsight::ui::ReportHtml", "%1, %2", "date, time")
        .arg(date(when.date()), time(when.time()));
}

QString LocaleText::time(QTime time)
{
    // Hours and minutes: some locales' short format carries seconds, which nobody reading needs.
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(QStringLiteral("[:.]ss"));
    format.remove(seconds);
    return QLocale().toString(time, format);
}

QString LocaleText::shortDate(QDate day)
{
    return QLocale().toString(day, QLocale::ShortFormat);
}

QString LocaleText::textLanguage()
{
    return textLanguageSlot();
}

QLocale LocaleText::forText(const QLocale &locale, const QString &textLanguage)
{
    // The C locale (LANG=C, as on servers and in tests) writes numbers as English does and is
    // kept under English words. Under translated words (LANGUAGE=da with LANG=C.UTF-8) it gives
    // way like any other locale: "12 November" in a Danish sentence is the very mix this avoids.
    // What scripts read (the command line's tables, JSON, CSV) is written in the C locale
    // explicitly and does not depend on this.
    const QLocale text(textLanguage);
    const bool keep = textLanguage.isEmpty() || text.language() == QLocale::C
                      || text.language() == locale.language()
                      || (locale.language() == QLocale::C && text.language() == QLocale::English);
    const QLocale chosen = keep ? locale : text;
    // One language's data throughout: the system locale answers each query from its own variable
    // (LANGUAGE=da with LANG=C.UTF-8 is named da_DK, yet gives the C locale's English month
    // names), so its language and region are taken into a locale of Qt's own data.
    if (chosen.language() == QLocale::C)
        return QLocale::c();
    return QLocale(chosen.language(), chosen.script(), chosen.territory());
}

void LocaleText::setTextLanguage(const QString &bcp47)
{
    textLanguageSlot() = bcp47.isEmpty() ? QStringLiteral("en") : bcp47;
}

} // namespace hindsight::ui
