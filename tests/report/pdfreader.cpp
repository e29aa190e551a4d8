#include "tests/report/pdfreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

namespace hindsight::test {

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                          QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

QString pdfInfo(const QString &path, const QString &field)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    const QRegularExpression line(QStringLiteral("^%1:\\s*(.*)$").arg(field),
                                  QRegularExpression::MultilineOption);
    return line.match(QString::fromUtf8(p.readAllStandardOutput())).captured(1).trimmed();
}

int pageCount(const QString &path)
{
    return pdfInfo(path, QStringLiteral("Pages")).toInt();
}

QList<QByteArray> pdfStreams(const QByteArray &pdf)
{
    QList<QByteArray> streams;
    qsizetype at = 0;
    while ((at = pdf.indexOf("stream", at)) >= 0) {
        if (at >= 3 && pdf.mid(at - 3, 3) == "end") {
            at += 6;
            continue;
        }
        qsizetype start = at + 6;
        if (pdf.mid(start, 2) == "\r\n")
            start += 2;
        else if (pdf.at(start) == '\n')
            ++start;
        const qsizetype end = pdf.indexOf("endstream", start);
        if (end < 0)
            break;
        const QByteArray raw = pdf.mid(start, end - start);
        const qsizetype dictionary = pdf.lastIndexOf("obj", at);
        if (!pdf.mid(dictionary, at - dictionary).contains("/FlateDecode")) {
            streams << raw;
            at = end + 9;
            continue;
        }
        // qUncompress wants the zlib data behind a 4-byte big-endian size hint.
        QByteArray hinted(4, '\0');
        const quint32 hint = quint32(raw.size()) * 20 + 1024;
        hinted[0] = char(hint >> 24);
        hinted[1] = char(hint >> 16);
        hinted[2] = char(hint >> 8);
        hinted[3] = char(hint);
        const QByteArray inflated = qUncompress(hinted + raw);
        streams << (inflated.isEmpty() ? raw : inflated);
        at = end + 9;
    }
    return streams;
}

int pathOperators(const QByteArray &pdf)
{
    static const QRegularExpression op(QStringLiteral("(?:^|\\s)(m|l|c|re)\\s"));
    int count = 0;
    for (const QByteArray &stream : pdfStreams(pdf)) {
        auto it = op.globalMatch(QString::fromLatin1(stream));
        while (it.hasNext()) {
            it.next();
            ++count;
        }
    }
    return count;
}

int images(const QByteArray &pdf)
{
    return int(pdf.count("/Subtype /Image"));
}

namespace {

QByteArray run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(60000)) {
        if (exitCode)
            *exitCode = -1;
        return {};
    }
    if (exitCode)
        *exitCode = p.exitCode();
    return p.readAllStandardOutput() + p.readAllStandardError();
}

// qpdf's JSON (version 2) of the file: the outlines, and the objects under "qpdf".
QJsonObject qpdfJson(const QString &path)
{
    int exitCode = 0;
    const QByteArray json = run(QStringLiteral("qpdf"),
                                {QStringLiteral("--json=2"), QStringLiteral("--json-key=outlines"),
                                 QStringLiteral("--json-key=qpdf"), path},
                                &exitCode);
    return exitCode == 0 ? QJsonDocument::fromJson(json).object() : QJsonObject();
}

void flatten(const QJsonArray &items, int depth, QList<OutlineEntry> &out)
{
    for (const QJsonValue &v : items) {
        const QJsonObject item = v.toObject();
        out.append({item.value(QStringLiteral("title")).toString(), depth,
                    item.value(QStringLiteral("destpageposfrom1")).toInt(),
                    item.value(QStringLiteral("open")).toBool()});
        flatten(item.value(QStringLiteral("kids")).toArray(), depth + 1, out);
    }
}

} // namespace

QString qpdfProblems(const QString &path)
{
    int exitCode = 0;
    const QByteArray said = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path},
                                &exitCode);
    return exitCode == 0 ? QString() : QString::fromUtf8(said).trimmed();
}

QList<OutlineEntry> pdfOutline(const QString &path)
{
    QList<OutlineEntry> entries;
    flatten(qpdfJson(path).value(QStringLiteral("outlines")).toArray(), 0, entries);
    return entries;
}

QString catalogEntry(const QString &path, const QString &key)
{
    const QJsonObject objects = qpdfJson(path).value(QStringLiteral("qpdf")).toArray().at(1).toObject();
    const QString root = objects.value(QStringLiteral("trailer"))
                             .toObject()
                             .value(QStringLiteral("value"))
                             .toObject()
                             .value(QStringLiteral("/Root"))
                             .toString();
    return objects.value(QStringLiteral("obj:") + root)
        .toObject()
        .value(QStringLiteral("value"))
        .toObject()
        .value(QLatin1Char('/') + key)
        .toString();
}

QString pageText(const QString &path, int page)
{
    const QString number = QString::number(page);
    return QString::fromUtf8(run(QStringLiteral("pdftotext"),
                                 {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                  QStringLiteral("UTF-8"), QStringLiteral("-f"), number,
                                  QStringLiteral("-l"), number, path, QStringLiteral("-")}))
        .simplified();
}

QSizeF mediaBox(const QString &path)
{
    // pdfinfo: "Page size:      595 x 842 pts (A4)".
    static const QRegularExpression size(QStringLiteral("([0-9.]+) x ([0-9.]+) pts"));
    const QRegularExpressionMatch m = size.match(pdfInfo(path, QStringLiteral("Page size")));
    return m.hasMatch() ? QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()) : QSizeF();
}

} // namespace hindsight::test
