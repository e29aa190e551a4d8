#pragma once

// Small interchange documents built from parts, for the importer's tests: each malformed case
// changes one thing in an otherwise valid file.

#include "core/ids.h"

#include <QByteArray>

namespace hindsight::test {

// Building blocks of a small valid document.
extern const QByteArray goodRole;
extern const QByteArray goodRegret;
extern const QByteArray goodNote;

// The JSON path of the first regret of the first interview of the first candidate.
extern const char *const regretPath;

QByteArray document(const QByteArray &roles, const QByteArray &candidates);
QByteArray interview(const QByteArray &regrets, const QByteArray &notes = goodNote,
                     const QByteArray &startedAt = R"("2026-11-20T10:00:00Z")");
QByteArray candidate(const QByteArray &interviews, const QByteArray &extra = {});

// A valid document with this one part in place of the good one.
QByteArray withRegret(const QByteArray &regret);
QByteArray withNote(const QByteArray &note);
QByteArray withCandidate(const QByteArray &candidateJson);
QByteArray withRole(const QByteArray &role);
// A submitted interview with one good regret and `probes` set to the given JSON value.
QByteArray withProbes(const QByteArray &probes);

// An ISO 8601 time as the store keeps it.
core::TimePoint utc(const char *iso);

} // namespace hindsight::test
