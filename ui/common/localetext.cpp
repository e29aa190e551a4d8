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
    // kept: scripts reading the output may rely on it.
    const QLocale text(textLanguage);
    if (textLanguage.isEmpty() || locale.language() == QLocale::C || text.language() == QLocale::C
        || text.language() == locale.language())
        return locale;
    return text;
}

void LocaleText::setTextLanguage(const QString &bcp47)
{
    textLanguageSlot() = bcp47.isEmpty() ? QStringLiteral("en") : bcp47;
}

} // namespace hindsight::ui
