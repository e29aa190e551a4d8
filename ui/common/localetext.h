#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace hindsight::ui {

// Numbers and dates as the chosen language writes them: QLocale's default, which the application
// sets at start from --lang, else the language chosen in Preferences, else the system's. Every
// number and date a person reads goes through here, so that one paragraph never mixes "6.25"
// and "2,5". Machine formats (CSV, JSON, the interchange file, file names, the command line's
// output for scripts) are written in the C locale and never come here.
class LocaleText final
{
public:
    LocaleText() = delete;

    // `value` with exactly `decimals` decimals: "6,25" in Danish; QLocale::FloatingPointShortest
    // for as many as it takes.
    static QString number(double value, int decimals);
    static QString number(qint64 value);
    // The long date without the weekday: "23 November 2026", "23. november 2026".
    static QString date(QDate day);
    // The date and the time in hours and minutes, as the language writes both.
    static QString dateTime(const QDateTime &when);
    // The short date ("23/11/2026", "23.11.2026") for tables and lists where space is short.
    static QString shortDate(QDate day);
    // Hours and minutes ("09:30", "09.30", "9:30 AM"), without the seconds some locales carry.
    static QString time(QTime time);

    // The BCP 47 code of the language the application's own text is in: that of the translation
    // loaded at start, "en" (the source text) when none was. Not QLocale's: a system in French
    // formats numbers in French while the words, which have no French translation, stay English.
    static QString textLanguage();
    static void setTextLanguage(const QString &bcp47);
    // The locale numbers and dates should follow when the words are in `textLanguage`: `locale`
    // itself when it is of that language (Canadian English keeps its dates) or is the C locale,
    // else the language's own. With LANGUAGE=da and LANG=en_US the words are Danish, and so must be "6,25" beside a
    // translated "2,5".
    static QLocale forText(const QLocale &locale, const QString &textLanguage);
};

} // namespace hindsight::ui
