#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>
#include <utility>

namespace hindsight::ui {

// Reads the few objects of a PDF that an incremental update needs: the trailer, the catalog and
// the page tree, through classic cross-reference tables (what QPdfWriter writes; a file with a
// cross-reference stream is reported as a problem, not guessed at). Values are kept as the raw
// bytes of the file, so that what is copied into the update is exactly what was there.
class PdfObjects final
{
public:
    // An indirect reference, "12 0 R".
    struct Ref
    {
        int number = 0;
        int generation = 0;
    };
    // A dictionary's entries in file order: the key without its slash, the value's raw bytes.
    using Dictionary = QList<std::pair<QByteArray, QByteArray>>;

    explicit PdfObjects(const QByteArray &pdf);

    // Empty when the file was read; otherwise what was not as expected.
    const QString &problem() const { return m_problem; }

    // Where the last cross-reference table starts (for the update's /Prev).
    qsizetype lastXref() const { return m_lastXref; }
    const Dictionary &trailer() const { return m_trailer; }
    // The trailer's /Size: one more than the highest object number.
    int size() const { return m_size; }
    Ref root() const { return m_root; }
    // The catalog's entries.
    const Dictionary &catalog() const { return m_catalog; }
    // Every page object, in page order.
    const QList<Ref> &pages() const { return m_pages; }

    static QByteArray value(const Dictionary &dictionary, const QByteArray &key);
    static std::optional<Ref> reference(const QByteArray &value);

private:
    bool readXref(qsizetype at, bool newest);
    std::optional<Dictionary> object(Ref ref);
    bool collectPages(Ref node, int depth);
    bool fail(const QString &problem);

    QByteArray m_pdf;
    QString m_problem;
    QMap<int, qsizetype> m_offsets;
    qsizetype m_lastXref = -1;
    Dictionary m_trailer;
    int m_size = 0;
    Ref m_root;
    Dictionary m_catalog;
    QList<Ref> m_pages;
};

} // namespace hindsight::ui
