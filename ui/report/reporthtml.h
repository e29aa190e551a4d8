#pragma once

#include "core/ids.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <string_view>

namespace hindsight::ui {

// Small pieces of the reports' HTML, so the three reports share one way of writing a table, a
// labelled figure or a date.
namespace ReportHtml {

QString escape(const QString &text);
// Text typed by a person (a name, a title), bidi-isolated and not yet escaped: for tr()'s
// arguments, so that it cannot reorder the application's words around it (issue 13, item 5).
QString user(std::string_view utf8);
// Text typed by a person, each line bidi-isolated and escaped, with its line breaks kept.
QString multiline(const QString &text);
// The same cut to about `limit` characters (at a word boundary when one is near), followed by how
// many more there are; whole when `limit` is 0 or the text is no longer. A committee pack of many
// candidates stays short, and quick to lay out, whatever their notes hold.
QString excerpt(const QString &text, qsizetype limit);

QString heading(int level, const QString &text);
QString paragraph(const QString &html, const QString &cssClass = {});
QString span(const QString &cssClass, const QString &html);

// A table with a header row; `widths` are percentages, one per column. Cells are HTML. A
// `caption` goes in a first header row across the table: like the header, it is repeated on every
// page the table runs over and never left alone at the foot of a page.
QString table(const QStringList &headers, const QList<QStringList> &rows,
              const QList<int> &widths = {}, const QList<int> &numericColumns = {},
              const QString &caption = {});

QString date(QDate day);
QString date(core::TimePoint when);
// "Ana Lima, 23 November 2026", or the date alone when nobody is named.
QString byWhom(const std::string &who, core::TimePoint when);
QString dateTime(core::TimePoint when);

// Starts the following content on a new page.
QString pageBreak();

} // namespace ReportHtml

} // namespace hindsight::ui
