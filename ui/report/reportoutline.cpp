#include "ui/report/reportoutline.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <cmath>

namespace hindsight::ui {

void ReportOutline::addHeading(int level, const QString &text, int depth, const QString &title)
{
    m_entries.append({{title, depth, 0, 0}, level, text.simplified()});
}

void ReportOutline::addGroup(int depth, const QString &title)
{
    m_entries.append({{title, depth, 0, 0}, 0, {}});
}

std::optional<QList<ReportOutline::Entry>> ReportOutline::resolve(const QTextDocument &document) const
{
    QList<Entry> entries;
    const double pageHeight = document.pageSize().height();
    if (pageHeight <= 0)
        return std::nullopt;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    // Headings are matched by level and text in document order: the HTML importer keeps a
    // heading's level on its block (QTextBlockFormat::headingLevel), and the reports write
    // their headings in the order they are registered here.
    QTextBlock block = document.begin();
    qsizetype pendingGroups = 0;
    for (const Mark &mark : m_entries) {
        entries.append(mark.entry);
        if (mark.level == 0) {
            ++pendingGroups;
            continue;
        }
        for (; block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() == mark.level
                && block.text().simplified() == mark.text)
                break;
        }
        if (!block.isValid())
            return std::nullopt;
        // The first line, not the block's top: a line that would cross a page's foot is moved
        // to the next page, the block's top margin staying behind.
        const QTextLayout *lines = block.layout();
        // blockBoundingRect() is placed at the layout's origin, which its lines are relative to.
        double top = layout->blockBoundingRect(block).top();
        if (lines->lineCount() > 0)
            top += lines->lineAt(0).y();
        const int page = int(std::floor(top / pageHeight));
        for (qsizetype i = entries.size() - 1 - pendingGroups; i < entries.size(); ++i) {
            entries[i].page = page;
            entries[i].top = top - page * pageHeight;
        }
        pendingGroups = 0;
        block = block.next();
    }
    // Groups at the end lead nowhere: they are left out.
    entries.resize(entries.size() - pendingGroups);
    return entries;
}

} // namespace hindsight::ui
