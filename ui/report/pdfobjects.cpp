#include "ui/report/pdfobjects.h"

#include <QSet>

namespace hindsight::ui {

namespace {

// PDF's white space (ISO 32000-1, 7.2.2) and delimiters.
bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDelimiter(char c)
{
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{'
           || c == '}' || c == '/' || c == '%';
}

void skipSpace(const QByteArray &pdf, qsizetype &at)
{
    while (at < pdf.size()) {
        if (isSpace(pdf.at(at))) {
            ++at;
        } else if (pdf.at(at) == '%') { // a comment runs to the end of its line
            while (at < pdf.size() && pdf.at(at) != '\n' && pdf.at(at) != '\r')
                ++at;
        } else {
            return;
        }
    }
}

// The bytes of one token at `at` (after white space), moving `at` past it; empty at the end or
// on a string that never closes. A literal string is one token, its balanced parentheses and
// escapes included, as is a hex string; "<<" and ">>" are tokens of their own.
QByteArray token(const QByteArray &pdf, qsizetype &at)
{
    skipSpace(pdf, at);
    if (at >= pdf.size())
        return {};
    const qsizetype start = at;
    const char c = pdf.at(at);
    if (c == '(') {
        int depth = 0;
        for (; at < pdf.size(); ++at) {
            const char s = pdf.at(at);
            if (s == '\\') {
                ++at;
            } else if (s == '(') {
                ++depth;
            } else if (s == ')' && --depth == 0) {
                ++at;
                return pdf.mid(start, at - start);
            }
        }
        return {};
    }
    if ((c == '<' || c == '>') && at + 1 < pdf.size() && pdf.at(at + 1) == c) {
        at += 2;
        return pdf.mid(start, 2);
    }
    if (c == '<') {
        const qsizetype end = pdf.indexOf('>', at);
        if (end < 0)
            return {};
        at = end + 1;
        return pdf.mid(start, at - start);
    }
    if (c == '[' || c == ']' || c == '{' || c == '}' || c == '>' || c == ')') {
        ++at;
        return pdf.mid(start, 1);
    }
    ++at; // a name's slash, or the first regular character
    while (at < pdf.size() && !isSpace(pdf.at(at)) && !isDelimiter(pdf.at(at)))
        ++at;
    return pdf.mid(start, at - start);
}

bool isInteger(const QByteArray &t)
{
    bool ok = false;
    t.toLongLong(&ok);
    return ok && !t.isEmpty() && t.at(0) != '+';
}

// Moves `at` past one value (a dictionary, an array, a reference, or a single token) and returns
// its raw bytes; empty when the value does not end.
QByteArray skipValue(const QByteArray &pdf, qsizetype &at, int depth = 0)
{
    skipSpace(pdf, at);
    const qsizetype start = at;
    const QByteArray first = token(pdf, at);
    if (first.isEmpty() || depth > 64)
        return {};
    if (first == "<<" || first == "[") {
        const QByteArray close = first == "<<" ? ">>" : "]";
        for (;;) {
            skipSpace(pdf, at);
            qsizetype peek = at;
            const QByteArray next = token(pdf, peek);
            if (next.isEmpty())
                return {};
            if (next == close) {
                at = peek;
                break;
            }
            if (skipValue(pdf, at, depth + 1).isEmpty())
                return {};
        }
    } else if (isInteger(first)) {
        // "12 0 R" is one value.
        qsizetype peek = at;
        const QByteArray generation = token(pdf, peek);
        const QByteArray r = token(pdf, peek);
        if (isInteger(generation) && r == "R")
            at = peek;
    }
    return pdf.mid(start, at - start);
}

// The entries of the dictionary at `at`, or nullopt when there is none there.
std::optional<PdfObjects::Dictionary> dictionary(const QByteArray &pdf, qsizetype at)
{
    if (token(pdf, at) != "<<")
        return std::nullopt;
    PdfObjects::Dictionary entries;
    for (;;) {
        const QByteArray key = token(pdf, at);
        if (key == ">>")
            return entries;
        if (!key.startsWith('/'))
            return std::nullopt;
        const QByteArray value = skipValue(pdf, at);
        if (value.isEmpty())
            return std::nullopt;
        entries.append({key.mid(1), value});
    }
}

} // namespace

PdfObjects::PdfObjects(const QByteArray &pdf)
    : m_pdf(pdf)
{
    const qsizetype startxref = m_pdf.lastIndexOf("startxref");
    if (startxref < 0) {
        fail(QStringLiteral("no startxref"));
        return;
    }
    qsizetype at = startxref + 9;
    bool ok = false;
    m_lastXref = token(m_pdf, at).toLongLong(&ok);
    if (!ok || m_lastXref < 0 || m_lastXref >= startxref) {
        fail(QStringLiteral("startxref does not point into the file"));
        return;
    }
    if (!readXref(m_lastXref, true))
        return;
    m_size = value(m_trailer, "Size").trimmed().toInt(&ok);
    const auto root = reference(value(m_trailer, "Root"));
    if (!ok || m_size <= 0 || !root) {
        fail(QStringLiteral("the trailer has no /Size or /Root"));
        return;
    }
    m_root = *root;
    const auto catalog = object(m_root);
    if (!catalog || value(*catalog, "Type").trimmed() != "/Catalog") {
        fail(QStringLiteral("the /Root is not a catalog"));
        return;
    }
    m_catalog = *catalog;
    const auto pages = reference(value(m_catalog, "Pages"));
    if (!pages) {
        fail(QStringLiteral("the catalog has no /Pages"));
        return;
    }
    if (collectPages(*pages, 0) && m_pages.isEmpty())
        fail(QStringLiteral("no pages"));
}

bool PdfObjects::fail(const QString &problem)
{
    if (m_problem.isEmpty())
        m_problem = problem;
    return false;
}

bool PdfObjects::readXref(qsizetype at, bool newest)
{
    // Each older table (a /Prev) only fills in what the newer ones did not say.
    QSet<qsizetype> seen;
    for (bool first = newest;; first = false) {
        if (seen.contains(at) || at < 0 || at >= m_pdf.size())
            return fail(QStringLiteral("a cross-reference table is missing or loops"));
        seen.insert(at);
        if (token(m_pdf, at) != "xref")
            return fail(QStringLiteral("no classic cross-reference table (a stream?)"));
        for (;;) {
            qsizetype peek = at;
            const QByteArray head = token(m_pdf, peek);
            if (head == "trailer") {
                at = peek;
                break;
            }
            bool ok1 = false, ok2 = false;
            const int firstNumber = head.toInt(&ok1);
            const int count = token(m_pdf, peek).toInt(&ok2);
            if (!ok1 || !ok2 || firstNumber < 0 || count < 0)
                return fail(QStringLiteral("a cross-reference subsection is malformed"));
            at = peek;
            for (int i = 0; i < count; ++i) {
                bool ok = false;
                const qsizetype offset = token(m_pdf, at).toLongLong(&ok);
                token(m_pdf, at); // the generation
                const QByteArray kind = token(m_pdf, at);
                if (!ok || (kind != "n" && kind != "f"))
                    return fail(QStringLiteral("a cross-reference entry is malformed"));
                if (kind == "n" && !m_offsets.contains(firstNumber + i))
                    m_offsets.insert(firstNumber + i, offset);
            }
        }
        const auto trailer = dictionary(m_pdf, at);
        if (!trailer)
            return fail(QStringLiteral("the trailer is malformed"));
        if (first)
            m_trailer = *trailer;
        const QByteArray prev = value(*trailer, "Prev");
        if (prev.isEmpty())
            return true;
        at = prev.trimmed().toLongLong();
    }
}

std::optional<PdfObjects::Dictionary> PdfObjects::object(Ref ref)
{
    const auto offset = m_offsets.constFind(ref.number);
    if (offset == m_offsets.constEnd())
        return std::nullopt;
    qsizetype at = *offset;
    if (token(m_pdf, at).toInt() != ref.number || token(m_pdf, at).toInt() != ref.generation
        || token(m_pdf, at) != "obj")
        return std::nullopt;
    return dictionary(m_pdf, at);
}

bool PdfObjects::collectPages(Ref node, int depth)
{
    const auto pages = object(node);
    if (!pages || depth > 32)
        return fail(QStringLiteral("a page tree node cannot be read"));
    const QByteArray type = value(*pages, "Type").trimmed();
    if (type == "/Page") {
        m_pages.append(node);
        return true;
    }
    if (type != "/Pages")
        return fail(QStringLiteral("a page tree node is neither /Pages nor /Page"));
    QByteArray kids = value(*pages, "Kids").trimmed();
    if (!kids.startsWith('[') || !kids.endsWith(']'))
        return fail(QStringLiteral("/Kids is not an array"));
    kids = kids.mid(1, kids.size() - 2);
    qsizetype at = 0;
    for (;;) {
        const QByteArray kid = skipValue(kids, at);
        if (kid.isEmpty())
            break;
        const auto ref = reference(kid);
        if (!ref)
            return fail(QStringLiteral("/Kids holds something other than references"));
        if (!collectPages(*ref, depth + 1))
            return false;
    }
    return true;
}

QByteArray PdfObjects::value(const Dictionary &dictionary, const QByteArray &key)
{
    for (const auto &[k, v] : dictionary) {
        if (k == key)
            return v;
    }
    return {};
}

std::optional<PdfObjects::Ref> PdfObjects::reference(const QByteArray &value)
{
    qsizetype at = 0;
    bool ok1 = false, ok2 = false;
    const int number = token(value, at).toInt(&ok1);
    const int generation = token(value, at).toInt(&ok2);
    if (!ok1 || !ok2 || number <= 0 || generation < 0 || token(value, at) != "R")
        return std::nullopt;
    skipSpace(value, at);
    if (at != value.size())
        return std::nullopt;
    return Ref{number, generation};
}

} // namespace hindsight::ui
