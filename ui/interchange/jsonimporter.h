#pragma once

#include "ui/interchange/failure.h"

#include "core/dataset.h"
#include "core/ids.h"
#include "core/taxonomy.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <cstddef>
#include <optional>
#include <string>

namespace hindsight::core {
class Store;
}

namespace hindsight::interchange {

class JsonReader;

// Reads interchange format version 1 (DESIGN.md, "Interchange format") into a core::Dataset.
// Every value is checked against the format and the taxonomy before a Dataset is returned, so a
// file is taken whole or refused whole; the failure names the JSON path of the first bad value.
//
// Beyond the documented fields it accepts what the exporter adds so that a round trip loses
// nothing: a candidate's `status` and `decisions` (the full history, which wins over `decision`
// when both are present) with `decidedAt` and `recordedBy`, a note's `regret`: the index of the
// regret it is evidence for in its interview's `regrets`, and an interview's `probes`: the ids of
// the probes ticked as asked, non-empty strings kept as they are even when this version's
// interview guide does not know them (duplicates count once). Unknown fields are ignored. A time
// without a UTC offset is read as UTC, so a file means the same on every machine. Notes are
// returned in atMs order, as core::Interview keeps them. A returned regret's id is its position
// + 1, local to its interview as core::Store::addInterview expects, and a linked note's regretId
// names it; an unlinked note's regretId is 0.
class JsonImporter final
{
    Q_DECLARE_TR_FUNCTIONS(JsonImporter)

public:
    // The `where` of failures that concern the document as a whole (not JSON, empty, not an
    // object); importFile replaces it with the file name.
    static constexpr QLatin1StringView documentPath{"(document)"};

    explicit JsonImporter(core::Taxonomy taxonomy);

    // Parses and validates interchange v1; touches nothing. On failure returns nullopt and fills
    // *failure (when given) with the JSON path as `where` and no `what`: the caller knows what was
    // being read.
    std::optional<core::Dataset> parse(const QByteArray &json, Failure *failure) const;

    // Reads the file, parses it with the store's taxonomy and imports it with
    // store.importDataset (one transaction). Returns nullopt on success; a failure says "cannot
    // import <fileName>" and where: the JSON path, the file or the database. On any failure
    // nothing is written.
    // A file larger than `maxBytes` is refused before anything is read, as is anything that is
    // not a regular file (a device such as /dev/zero, a pipe): an import never reads without end.
    static std::optional<Failure> importFile(core::Store &store, const QString &fileName,
                                             qint64 maxBytes = DefaultMaxBytes);
    static constexpr qint64 DefaultMaxBytes = qint64(64) * 1024 * 1024;

private:
    // File-local role id -> index into Dataset::roles.
    using RoleIndex = QHash<QString, std::size_t>;

    static void readHeader(JsonReader &in, const QJsonObject &root);
    std::vector<core::Role> readRoles(JsonReader &in, const QJsonArray &roles,
                                      RoleIndex &index) const;
    core::Role readRole(JsonReader &in, const QJsonObject &object, const QString &path) const;
    core::Dataset::CandidateEntry readCandidate(JsonReader &in, const QJsonObject &object,
                                                const QString &path, const RoleIndex &roles,
                                                core::TimePoint now) const;
    static std::vector<core::Decision> readDecisions(JsonReader &in, const QJsonObject &candidate,
                                                     const QString &path, core::TimePoint now);
    static core::Decision readDecision(JsonReader &in, const QJsonObject &object,
                                       const QString &path, core::TimePoint now);
    core::Interview readInterview(JsonReader &in, const QJsonObject &object,
                                  const QString &path) const;
    core::Regret readRegret(JsonReader &in, const QJsonObject &object, const QString &path) const;
    static core::Note readNote(JsonReader &in, const QJsonObject &object, const QString &path,
                               std::size_t regretCount);
    // A probe id (older files) or {probe, regret, tickedAt}; regret ids as readInterview numbers
    // them.
    static core::ProbeTick readProbeTick(JsonReader &in, const QJsonValue &value,
                                         const QString &path, const core::Interview &interview);
    // A domain id the taxonomy knows; "" after a failure.
    std::string readDomain(JsonReader &in, const QJsonValue &value, const QString &where) const;
    // A required or optional ISO-8601 time; nullopt when absent or after a failure.
    static std::optional<core::TimePoint> readTime(JsonReader &in, const QJsonObject &object,
                                                   const QString &path, QLatin1StringView key,
                                                   bool required);

    core::Taxonomy m_taxonomy;
};

} // namespace hindsight::interchange
