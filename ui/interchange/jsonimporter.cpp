#include "ui/interchange/jsonimporter.h"

#include "ui/interchange/datasetreader.h"
#include "ui/interchange/jsonreader.h"

#include <QFile>
#include <QFileInfo>

namespace hindsight::interchange {

JsonImporter::JsonImporter(core::Taxonomy taxonomy)
    : m_taxonomy(std::move(taxonomy))
{
}

std::optional<core::Dataset> JsonImporter::parse(const QByteArray &json, Failure *failure) const
{
    JsonScanner scanner(json);
    return parse(scanner, failure);
}

std::optional<core::Dataset> JsonImporter::parse(JsonScanner &scanner, Failure *failure) const
{
    const auto refuse = [&](const Failure &why) {
        if (failure)
            *failure = why;
        return std::nullopt;
    };
    const QString document = documentPath;

    JsonReader in(scanner);
    const JsonReader::Kind kind = in.peek();
    if (kind == JsonReader::Kind::None && !scanner.broken())
        return refuse(Failure{{}, document, tr("the file is empty")});
    if (kind != JsonReader::Kind::Object && !scanner.broken()) {
        const bool array = kind == JsonReader::Kind::Array;
        return refuse(Failure{{},
                              document,
                              tr("expected an object at the top level, found %1")
                                  .arg(array ? tr("an array") : tr("a single value"))});
    }
    core::Dataset dataset = DatasetReader(in, m_taxonomy).read();
    scanner.finish();
    if (scanner.failed())
        return refuse(*scanner.failure());
    return dataset;
}

std::optional<Failure> JsonImporter::importFile(core::Store &store, const QString &fileName,
                                                core::ImportReport *report,
                                                core::Store::ImportMode mode, qint64 maxBytes)
{
    const QString what = tr("cannot import %1").arg(fileName);
    const QFileInfo info(fileName);
    if (!info.exists())
        return Failure{what, fileName, tr("%1 does not exist").arg(fileName)};
    if (info.isDir())
        return Failure{what, fileName, tr("%1 is a folder, not a file").arg(fileName)};
    if (!info.isFile())
        return Failure{what, fileName,
                       tr("%1 is not a regular file (a device, a pipe or a socket); save the data "
                          "to a file and import that")
                           .arg(fileName)};
    const auto tooLarge = [&] {
        return Failure{what, fileName,
                       tr("%1 is larger than the import limit of %2 MB; if it really is an "
                          "interchange file, raise the limit (hindsight import --max-size MB)")
                           .arg(fileName)
                           .arg(maxBytes / (1024 * 1024))};
    };
    if (info.size() > maxBytes)
        return tooLarge();
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{what, fileName, tr("cannot read %1: %2").arg(fileName, file.errorString())};

    // The store's taxonomy, so that layers and domains users added are accepted too.
    auto taxonomy = store.taxonomy();
    if (!taxonomy)
        return Failure::of(what, taxonomy.error());

    // The file is parsed as it is read, a chunk at a time, and the scanner stops one byte past
    // the limit should the file have grown since it was measured.
    JsonScanner scanner(file, maxBytes);
    Failure failure;
    const auto dataset = JsonImporter(*taxonomy).parse(scanner, &failure);
    if (scanner.overflowed())
        return tooLarge();
    if (!dataset) {
        failure.what = what;
        if (failure.where == documentPath)
            failure.where = fileName;
        return failure;
    }
    file.close();
    // One transaction in the store: all of the file or none of it.
    auto merged = store.importDataset(*dataset, mode);
    if (!merged)
        return Failure::of(what, merged.error());
    if (report)
        *report = std::move(*merged);
    return std::nullopt;
}

} // namespace hindsight::interchange
