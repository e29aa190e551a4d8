#pragma once

#include <QList>
#include <QString>

#include <optional>

class QTextDocument;

namespace hindsight::ui {

// The outline of a report (the PDF's bookmarks): its sections and, in a committee pack, its
// candidates, in the order they are printed. The reports name the headings as they write them;
// once the document is laid out in pages, resolve() finds the page each one starts on.
class ReportOutline final
{
public:
    struct Entry
    {
        QString title;
        int depth = 0;  // 0 for the top level
        int page = 0;   // 0-based, once resolved
        double top = 0; // from the top of the page's body, in the document's layout pixels
    };

    // The heading of `level` with the plain text `text`, listed as `title` at `depth`.
    void addHeading(int level, const QString &text, int depth, const QString &title);
    // An entry without a heading of its own ("Candidates"): it leads where the next entry does.
    void addGroup(int depth, const QString &title);
    bool isEmpty() const { return m_entries.isEmpty(); }

    // The entries with their pages, for `document` laid out in pages of its page size; nullopt
    // when a heading is not found in it, in its order.
    std::optional<QList<Entry>> resolve(const QTextDocument &document) const;

private:
    struct Mark
    {
        Entry entry;
        int level = 0; // 0 for a group
        QString text;
    };
    QList<Mark> m_entries;
};

} // namespace hindsight::ui
