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

QString LocaleText::percent(double value)
{
    const QLocale locale;
    // Danish, like many languages, puts a space before the sign; QLocale has no percent format,
    // so the translation says where it goes.
    return QCoreApplication::translate("hindsight::ui::LocaleText", "%1%", "a percentage")
        .arg(locale.toString(value, 'f', 0));
}

QString LocaleText::date(QDate day)
{
    // The locale's long date without the weekday: "23 November 2026", "November 23, 2026".
    QString format = QLocale().dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekday(QStringLiteral("d{4}[,.]?\\s*"));
    format.remove(weekday);
    return QLocale().toString(day, format.trimmed());
}

QString LocaleText::dateTime(const QDateTime &when)
{
    // Hours and minutes: some locales' short format carries seconds, which nobody reading needs.
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(QStringLiteral("[:.]ss"));
    format.remove(seconds);
    return QCoreApplication::translate("hindsight::ui::ReportHtml", "%1, %2", "date, time")
        .arg(date(when.date()), QLocale().toString(when.time(), format));
}

QString LocaleText::shortDate(QDate day)
{
    return QLocale().toString(day, QLocale::ShortFormat);
}

QString LocaleText::textLanguage()
{
    return textLanguageSlot();
}

void LocaleText::setTextLanguage(const QString &bcp47)
{
    textLanguageSlot() = bcp47.isEmpty() ? QStringLiteral("en") : bcp47;
}

} // namespace hindsight::ui
