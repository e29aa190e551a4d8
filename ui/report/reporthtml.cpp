#include "ui/report/reporthtml.h"

#include "ui/common/localetext.h"
#include "ui/common/plaintext.h"

#include <QCoreApplication>
#include <QDateTime>

namespace hindsight::ui::ReportHtml {

QString escape(const QString &text)
{
    return text.toHtmlEscaped();
}

QString user(std::string_view utf8)
{
    return PlainText::isolate(QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
}

QString multiline(const QString &text)
{
    // Each line on its own: a line break ends an isolate as it ends a paragraph.
    QStringList lines = text.trimmed().split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = PlainText::isolate(line).toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

QString excerpt(const QString &text, qsizetype limit)
{
    const QString trimmed = text.trimmed();
    if (limit <= 0 || trimmed.size() <= limit)
        return multiline(trimmed);
    qsizetype cut = limit;
    const qsizetype space = trimmed.lastIndexOf(QLatin1Char(' '), limit);
    if (space > limit * 4 / 5)
        cut = space;
    if (trimmed.at(cut - 1).isHighSurrogate())
        --cut; // never between the halves of a character
    const int more = int(trimmed.size() - cut);
    return multiline(trimmed.left(cut)) + QStringLiteral("\u2026 ")
           + span(QStringLiteral("muted"),
                  escape(QCoreApplication::translate(
                      "hindsight::ui::ReportHtml",
                      "(%n more character(s): the candidate summary has the whole text)", nullptr,
                      more)));
}

QString heading(int level, const QString &text)
{
    return QStringLiteral("<h%1>%2</h%1>").arg(level).arg(escape(text));
}

QString paragraph(const QString &html, const QString &cssClass)
{
    if (cssClass.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(html);
    return QStringLiteral("<p class=\"%1\">%2</p>").arg(cssClass, html);
}

QString span(const QString &cssClass, const QString &html)
{
    return QStringLiteral("<span class=\"%1\">%2</span>").arg(cssClass, html);
}

QString table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widths,
              const QList<int> &numericColumns, const QString &caption)
{
    // Header rows repeat on every page the table runs over (QTextTableFormat's header rows
    // come from <thead>).
    QString html = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" "
                                  "cellpadding=\"3\"><thead>");
    if (!caption.isEmpty()) {
        html += QStringLiteral("<tr><td class=\"caption\" colspan=\"%1\">%2</td></tr>")
                    .arg(headers.size())
                    .arg(caption);
    }
    html += QStringLiteral("<tr>");
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString width = i < widths.size() ? QStringLiteral(" width=\"%1%\"").arg(widths[i])
                                                : QString();
        const QString cls = numericColumns.contains(int(i)) ? QStringLiteral(" class=\"num\"")
                                                            : QString();
        html += QStringLiteral("<th%1%2>%3</th>").arg(width, cls, headers[i]);
    }
    html += QStringLiteral("</tr></thead>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < row.size(); ++i) {
            const QString cls = numericColumns.contains(int(i)) ? QStringLiteral(" class=\"num\"")
                                                                : QString();
            html += QStringLiteral("<td%1>%2</td>").arg(cls, row[i]);
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

namespace {

QDateTime local(core::TimePoint when)
{
    return QDateTime::fromMSecsSinceEpoch(when.time_since_epoch().count()).toLocalTime();
}

} // namespace

QString date(QDate day)
{
    return LocaleText::date(day);
}

QString date(core::TimePoint when)
{
    return date(local(when).date());
}

QString dateTime(core::TimePoint when)
{
    return LocaleText::dateTime(local(when));
}

QString byWhom(const std::string &who, core::TimePoint when)
{
    if (who.empty())
        return date(when);
    return QCoreApplication::translate("hindsight::ui::ReportHtml", "%1, %2", "who, when")
        .arg(user(who), date(when));
}

QString pageBreak()
{
    return QStringLiteral("<div style=\"page-break-before: always\"></div>");
}

} // namespace hindsight::ui::ReportHtml
