#include "tests/interchange/documents.h"

#include <QDateTime>
#include <QString>

#include <chrono>

namespace hindsight::test {

const QByteArray goodRole =
    R"({"id": "r1", "title": "Payment backend", "breadthDemand": 7.5, "domainDemands": {"payments": 1}})";
const QByteArray goodRegret =
    R"({"level": "domain", "domain": "streaming", "depth": 4, "layers": ["queuing", "databases"]})";
const QByteArray goodNote = R"({"atMs": 12000, "stage": "decision", "text": "said so", "quote": true})";

QByteArray document(const QByteArray &roles, const QByteArray &candidates)
{
    return R"({"format": "hindsight", "version": 1, "roles": [)" + roles + R"(], "candidates": [)"
           + candidates + "]}";
}

QByteArray interview(const QByteArray &regrets, const QByteArray &notes, const QByteArray &startedAt)
{
    return R"({"id": "i1", "interviewer": "Sam", "startedAt": )" + startedAt
           + R"(, "submitted": true, "regrets": [)" + regrets + R"(], "notes": [)" + notes + "]}";
}

QByteArray candidate(const QByteArray &interviews, const QByteArray &extra)
{
    return R"({"id": "c1", "name": "Ada Example", "roleId": "r1", "interviews": [)" + interviews
           + "]" + extra + "}";
}

QByteArray withRegret(const QByteArray &regret)
{
    return document(goodRole, candidate(interview(regret)));
}

QByteArray withNote(const QByteArray &note)
{
    return document(goodRole, candidate(interview(goodRegret, note)));
}

QByteArray withCandidate(const QByteArray &candidateJson)
{
    return document(goodRole, candidateJson);
}

QByteArray withProbes(const QByteArray &probes)
{
    return withCandidate(
        candidate(R"({"id": "i1", "interviewer": "Sam", "startedAt": "2026-11-20T10:00:00Z", )"
                  R"("submitted": true, "regrets": [)"
                  + goodRegret + R"(], "probes": )" + probes + "}"));
}

QByteArray withRole(const QByteArray &role)
{
    return document(role, candidate(interview(goodRegret)));
}

const char *const regretPath = "candidates[0].interviews[0].regrets[0]";

core::TimePoint utc(const char *iso)
{
    return core::TimePoint(std::chrono::milliseconds(
        QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch()));
}

} // namespace hindsight::test
