// libFuzzer target for the JSON importer: any bytes are parsed as an interchange file, from memory
// and again through a device read in small chunks (the first byte picks the chunk size, so string,
// escape and UTF-8 boundaries fall everywhere). Both readings must agree, a refusal must say why,
// and what is accepted must import into a database. Any crash, sanitizer report or disagreement
// is a finding. Built by run-fuzzer.sh in a clang build of its own (tests/fuzz/CMakeLists.txt).

#include "ui/interchange/jsonimporter.h"

#include "core/storage/sqlite/sqlitestore.h"

#include <QBuffer>
#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace hindsight;

namespace {

[[noreturn]] void finding(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz_jsonimporter: %s %s\n", what, qPrintable(detail));
    std::abort();
}

// Decisions without a decidedAt get the time of the parse, which differs between the two.
bool sameDecisions(const std::vector<core::Decision> &a, const std::vector<core::Decision> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].outcome != b[i].outcome || a[i].rationale != b[i].rationale
            || a[i].recordedBy != b[i].recordedBy)
            return false;
    }
    return true;
}

bool sameDataset(const core::Dataset &a, const core::Dataset &b)
{
    if (a.roles != b.roles || a.candidates.size() != b.candidates.size())
        return false;
    for (std::size_t i = 0; i < a.candidates.size(); ++i) {
        const auto &x = a.candidates[i];
        const auto &y = b.candidates[i];
        if (!(x.candidate == y.candidate) || x.roleIndex != y.roleIndex
            || x.interviews != y.interviews || !sameDecisions(x.decisions, y.decisions))
            return false;
    }
    return true;
}

// An in-memory database, started afresh now and then so that a long run does not grow it
// without end.
core::SqliteStore &store()
{
    static std::unique_ptr<core::SqliteStore> store;
    static int imports = 0;
    if (!store || ++imports % 256 == 0) {
        store.reset();
        auto opened = core::SqliteStore::open(":memory:");
        if (!opened)
            finding("cannot open an in-memory database");
        store = std::move(*opened);
    }
    return *store;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const interchange::JsonImporter importer(core::Taxonomy::builtIn());
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                    qsizetype(size));

    interchange::Failure failure;
    const auto dataset = importer.parse(json, &failure);
    if (!dataset && (failure.where.isEmpty() || failure.cause.isEmpty()))
        finding("a refusal that does not say where or why");

    QBuffer device;
    device.setData(json);
    device.open(QIODevice::ReadOnly);
    const qint64 chunk = size > 0 ? 1 + data[0] % 16 : 1;
    interchange::JsonScanner scanner(device, qint64(size), chunk);
    interchange::Failure chunked;
    const auto again = importer.parse(scanner, &chunked);
    if (dataset.has_value() != again.has_value())
        finding("memory and chunked readings disagree on", failure.sentence() + chunked.sentence());
    if (!dataset && (failure.where != chunked.where || failure.cause != chunked.cause))
        finding("memory and chunked readings refuse differently:",
                failure.sentence() + QStringLiteral(" / ") + chunked.sentence());
    if (dataset && !sameDataset(*dataset, *again))
        finding("memory and chunked readings read different data");

    if (dataset) {
        if (auto report = store().importDataset(*dataset); !report)
            finding("an accepted file does not import:",
                    QString::fromStdString(report.error().detail));
    }
    return 0;
}
