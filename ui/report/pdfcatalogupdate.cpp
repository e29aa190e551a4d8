#include "ui/report/pdfcatalogupdate.h"

#include "ui/report/pdfobjects.h"

#include <cmath>
#include <vector>

namespace hindsight::ui {

namespace {

// An outline entry with its place among the others, as object numbers.
struct Node
{
    int object = 0;
    int parent = 0; // the outline's root for a top-level entry
    int first = 0, last = 0, prev = 0, next = 0;
    int count = 0; // descendants shown when the entry is open
    bool open = true;
};

QByteArray number(double value)
{
    return QByteArray::number(std::round(value * 100.0) / 100.0, 'f', 2);
}

QByteArray ref(int object)
{
    return QByteArray::number(object) + " 0 R";
}

// The catalog's entries as written, less those the update replaces.
QByteArray copiedEntries(const PdfObjects::Dictionary &catalog)
{
    QByteArray entries;
    for (const auto &[key, value] : catalog) {
        if (key == "Lang" || key == "Outlines" || key == "PageMode")
            continue;
        entries += '/' + key + ' ' + value.trimmed() + '\n';
    }
    return entries;
}

} // namespace

QByteArray PdfCatalogUpdate::textString(const QString &text)
{
    QByteArray utf16("\xFE\xFF", 2);
    for (const QChar c : text) {
        utf16 += char(c.unicode() >> 8);
        utf16 += char(c.unicode() & 0xFF);
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

QByteArray PdfCatalogUpdate::apply(const QByteArray &pdf, const QString &language,
                                   const QList<PdfOutlineItem> &outline, QString *problem)
{
    const PdfObjects objects(pdf);
    const auto failed = [&](const QString &why) {
        if (problem)
            *problem = why;
        return pdf;
    };
    if (!objects.problem().isEmpty())
        return failed(objects.problem());
    for (const PdfOutlineItem &item : outline) {
        if (item.page < 0 || item.page >= objects.pages().size())
            return failed(QStringLiteral("an outline entry points past the last page"));
    }

    // Object numbers: the outline's root, then one per entry, from the first free number on.
    const int root = objects.size();
    std::vector<Node> nodes(std::size_t(outline.size()));
    std::vector<int> parentAt; // the entries an entry at each depth would belong to
    int rootFirst = 0, rootLast = 0;
    for (qsizetype i = 0; i < outline.size(); ++i) {
        Node &node = nodes[std::size_t(i)];
        node.object = root + 1 + int(i);
        // Deeper entries start closed: a committee pack opens on its sections and candidates.
        node.open = outline[i].depth == 0;
        // A depth that skips a level hangs under the deepest entry there is.
        const int depth = std::min(int(parentAt.size()), std::max(0, outline[i].depth));
        parentAt.resize(std::size_t(depth));
        const int parentIndex = depth == 0 ? -1 : parentAt.back();
        Node *parent = parentIndex < 0 ? nullptr : &nodes[std::size_t(parentIndex)];
        node.parent = parent ? parent->object : root;
        int &first = parent ? parent->first : rootFirst;
        int &last = parent ? parent->last : rootLast;
        if (last != 0) {
            node.prev = last;
            nodes[std::size_t(last - root - 1)].next = node.object;
        } else {
            first = node.object;
        }
        last = node.object;
        parentAt.push_back(int(i));
    }
    // Counts from the innermost out: an entry shows its children, and theirs when it is open.
    for (qsizetype i = outline.size() - 1; i >= 0; --i) {
        const Node &node = nodes[std::size_t(i)];
        if (node.parent == root)
            continue;
        Node &parent = nodes[std::size_t(node.parent - root - 1)];
        parent.count += 1 + (node.open ? node.count : 0);
    }
    int shown = 0;
    for (const Node &node : nodes) {
        if (node.parent == root)
            shown += 1 + (node.open ? node.count : 0);
    }

    QByteArray update;
    if (!pdf.endsWith('\n'))
        update += '\n';
    QList<qsizetype> offsets; // of root + 1 … in order, the outline's root first
    const auto begin = [&](int object) {
        offsets.append(pdf.size() + update.size());
        update += QByteArray::number(object) + " 0 obj\n";
    };
    if (!outline.isEmpty()) {
        begin(root);
        update += "<<\n/Type /Outlines\n/First " + ref(rootFirst) + "\n/Last " + ref(rootLast)
                  + "\n/Count " + QByteArray::number(shown) + "\n>>\nendobj\n";
    }
    for (qsizetype i = 0; i < outline.size(); ++i) {
        const Node &node = nodes[std::size_t(i)];
        const PdfOutlineItem &item = outline[i];
        begin(node.object);
        update += "<<\n/Title " + textString(item.title) + "\n/Parent " + ref(node.parent);
        if (node.prev)
            update += "\n/Prev " + ref(node.prev);
        if (node.next)
            update += "\n/Next " + ref(node.next);
        if (node.first) {
            update += "\n/First " + ref(node.first) + "\n/Last " + ref(node.last) + "\n/Count "
                      + QByteArray::number(node.open ? node.count : -node.count);
        }
        const PdfObjects::Ref page = objects.pages().at(item.page);
        update += "\n/Dest [" + QByteArray::number(page.number) + ' '
                  + QByteArray::number(page.generation) + " R /XYZ null " + number(item.y)
                  + " null]\n>>\nendobj\n";
    }

    const PdfObjects::Ref catalog = objects.root();
    const qsizetype catalogOffset = pdf.size() + update.size();
    update += QByteArray::number(catalog.number) + ' ' + QByteArray::number(catalog.generation)
              + " obj\n<<\n" + copiedEntries(objects.catalog());
    // A BCP 47 tag is ASCII letters, digits and hyphens; anything else is left out rather than
    // escaped into a tag no reader knows.
    QByteArray tag;
    for (const QChar c : language) {
        if (c.isLetterOrNumber() && c.unicode() < 0x80)
            tag += char(c.unicode());
        else if (c == u'-' || c == u'_')
            tag += '-';
    }
    if (!tag.isEmpty())
        update += "/Lang (" + tag + ")\n";
    if (!outline.isEmpty())
        update += "/Outlines " + ref(root) + "\n/PageMode /UseOutlines\n";
    update += ">>\nendobj\n";

    // Each entry exactly 20 bytes, as the format requires.
    const auto entry = [](qsizetype offset, int generation) {
        return QByteArray::number(offset).rightJustified(10, '0') + ' '
               + QByteArray::number(generation).rightJustified(5, '0') + " n \n";
    };
    const qsizetype xref = pdf.size() + update.size();
    update += "xref\n" + QByteArray::number(catalog.number) + " 1\n"
              + entry(catalogOffset, catalog.generation);
    if (!offsets.isEmpty()) {
        update += QByteArray::number(root) + ' ' + QByteArray::number(offsets.size()) + '\n';
        for (const qsizetype offset : std::as_const(offsets))
            update += entry(offset, 0);
    }
    update += "trailer\n<<\n/Size " + QByteArray::number(root + int(offsets.size())) + "\n/Root "
              + QByteArray::number(catalog.number) + ' ' + QByteArray::number(catalog.generation)
              + " R\n";
    if (const QByteArray info = PdfObjects::value(objects.trailer(), "Info"); !info.isEmpty())
        update += "/Info " + info.trimmed() + '\n';
    if (const QByteArray id = PdfObjects::value(objects.trailer(), "ID"); !id.isEmpty())
        update += "/ID " + id.trimmed() + '\n';
    update += "/Prev " + QByteArray::number(objects.lastXref()) + "\n>>\nstartxref\n"
              + QByteArray::number(xref) + "\n%%EOF\n";
    if (problem)
        problem->clear();
    return pdf + update;
}

} // namespace hindsight::ui
