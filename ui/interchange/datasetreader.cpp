#include "ui/interchange/datasetreader.h"

#include "ui/interchange/interviewreader.h"

#include "core/uuid.h"

#include <algorithm>
#include <chrono>
#include <utility>

namespace hindsight::interchange {

using namespace Qt::StringLiterals;
using Kind = JsonReader::Kind;
using Text = JsonReader::Text;

namespace {

constexpr int formatVersion = 2; // the newest; version 1 is read too

// The identity an id gives: a UUID, or nothing (an id local to the file).
std::string identity(std::string id)
{
    return core::uuid::isValid(id) ? std::move(id) : std::string();
}

QString toQString(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

DatasetReader::DatasetReader(JsonReader &in, const core::Taxonomy &taxonomy)
    : m_in(in)
    , m_taxonomy(taxonomy)
{
}

core::Dataset DatasetReader::read()
{
    {
        // The top level walks on after a failure, to find the header; a wrong one ends the walk.
        JsonReader::Members members(m_in, true);
        while (!m_header && members.next()) {
            if (members.is("format"))
                readFormat();
            else if (members.is("version"))
                readVersion();
            else if (members.is("roles"))
                readRoles();
            else if (members.is("candidates"))
                readCandidates();
        }
    }
    const QString required = tr("this field is required but missing");
    if (!m_header && !m_hasFormat)
        m_header = Failure{{}, u"format"_s, required};
    if (!m_header && !m_hasVersion)
        m_header = Failure{{}, u"version"_s, required};
    if (m_header) {
        m_in.overrule(m_header->where, m_header->cause);
        return {};
    }
    resolveRoles();
    if (m_version == 1)
        forgetIdentities();
    return std::move(m_dataset);
}

void DatasetReader::readFormat()
{
    m_hasFormat = true;
    const QString notOurs = tr("this is not a Hindsight interchange file");
    if (m_in.peek() != Kind::String) {
        const QString found = m_in.describe();
        m_header = Failure{{},
                           u"format"_s,
                           tr("expected the string \"hindsight\", found %1; %2").arg(found, notOurs)};
        return;
    }
    const std::string format = m_in.text(Text::Line);
    if (format != "hindsight")
        m_header = Failure{
            {},
            u"format"_s,
            tr("expected \"hindsight\", found \"%1\"; %2").arg(toQString(format), notOurs)};
}

void DatasetReader::readVersion()
{
    m_hasVersion = true;
    const bool isNumber = m_in.peek() == Kind::Number;
    const QString version = m_in.describe(); // a number as written
    if (!isNumber)
        m_header = Failure{{},
                           u"version"_s,
                           tr("expected the number %1, found %2").arg(formatVersion).arg(version)};
    else if (version.toDouble() != 1 && version.toDouble() != formatVersion)
        m_header = Failure{{},
                           u"version"_s,
                           tr("version %1 is not supported; this Hindsight reads versions 1 to %2")
                               .arg(version)
                               .arg(formatVersion)};
    else
        m_version = int(version.toDouble());
}

void DatasetReader::forgetIdentities()
{
    // Version 1 ids are local to the file (DESIGN.md, Interchange format): whatever they look
    // like, they name nothing beyond it, and neither do times of edit the format does not have.
    for (core::Role &role : m_dataset.roles) {
        role.uuid.clear();
        role.updatedAt = {};
    }
    for (core::Dataset::TeamEntry &entry : m_dataset.team)
        entry.member.uuid.clear();
    for (core::Dataset::CandidateEntry &entry : m_dataset.candidates) {
        entry.candidate.uuid.clear();
        entry.candidate.updatedAt = {};
        for (core::Interview &interview : entry.interviews) {
            interview.uuid.clear();
            for (core::Regret &regret : interview.regrets)
                regret.uuid.clear();
            for (core::Note &note : interview.notes)
                note.uuid.clear();
        }
        for (core::Decision &decision : entry.decisions)
            decision.uuid.clear();
        for (core::PlacementOverride &entry : entry.overrides)
            entry.uuid.clear();
    }
}

void DatasetReader::readRoles()
{
    m_hasRoles = true;
    JsonReader::Elements roles(m_in);
    while (roles.next()) {
        std::string id;
        std::vector<core::TeamMember> team;
        core::Role role = readRole(id, team);
        // Candidates point at roles by id, so an id used twice would make them ambiguous.
        if (!m_in.failed() && !m_roleIndex.emplace(id, m_dataset.roles.size()).second)
            m_in.fail(JsonScanner::child(m_in.path(), u"id"),
                      tr("another role already has id \"%1\"").arg(toQString(id)));
        for (core::TeamMember &member : team)
            m_dataset.team.push_back({std::move(member), m_dataset.roles.size()});
        m_dataset.roles.push_back(std::move(role));
    }
}

core::Role DatasetReader::readRole(std::string &id, std::vector<core::TeamMember> &team)
{
    core::Role role;
    bool hasId = false;
    bool hasTitle = false;
    bool hasBreadth = false;
    JsonReader::Members members(m_in);
    while (members.next()) {
        if (members.is("id")) {
            hasId = true;
            id = m_in.text(Text::Line);
            role.uuid = identity(id);
        } else if (members.is("updatedAt")) {
            role.updatedAt = m_in.time().value_or(core::TimePoint{});
        } else if (members.is("team")) {
            JsonReader::Elements members(m_in);
            while (members.next())
                team.push_back(readTeamMember());
        } else if (members.is("title")) {
            hasTitle = true;
            role.title = m_in.text(Text::Line, true);
        } else if (members.is("description")) {
            role.description = m_in.text(Text::Free);
        } else if (members.is("breadthDemand")) {
            hasBreadth = true;
            role.breadthDemand = m_in.number(0.0, 10.0);
        } else if (members.is("domainDemands")) {
            JsonReader::Members demands(m_in);
            while (demands.next()) {
                std::string domain = demands.key();
                if (!m_taxonomy.hasDomain(domain))
                    m_in.fail(tr("unknown domain \"%1\"").arg(toQString(domain)));
                role.domainDemands[std::move(domain)] = int(m_in.integer(1, 4));
            }
        }
    }
    if (!hasId)
        m_in.missing("id"_L1);
    if (!hasTitle)
        m_in.missing("title"_L1);
    if (!hasBreadth)
        m_in.missing("breadthDemand"_L1);
    return role;
}

core::TeamMember DatasetReader::readTeamMember()
{
    core::TeamMember member;
    bool hasName = false;
    bool hasBreadth = false;
    bool hasDepth = false;
    JsonReader::Members members(m_in);
    while (members.next()) {
        if (members.is("id")) {
            member.uuid = identity(m_in.text(Text::Line));
        } else if (members.is("name")) {
            hasName = true;
            member.name = m_in.text(Text::Line, true);
        } else if (members.is("breadth")) {
            hasBreadth = true;
            member.breadth = m_in.number(0.0, 10.0);
        } else if (members.is("depth")) {
            hasDepth = true;
            member.depth = m_in.number(0.0, 10.0);
        }
    }
    if (!hasName)
        m_in.missing("name"_L1);
    if (!hasBreadth)
        m_in.missing("breadth"_L1);
    if (!hasDepth)
        m_in.missing("depth"_L1);
    return member;
}

core::PlacementOverride DatasetReader::readOverride()
{
    core::PlacementOverride entry;
    bool hasBreadth = false;
    bool hasDepth = false;
    bool hasReason = false;
    JsonReader::Members members(m_in);
    while (members.next()) {
        if (members.is("id")) {
            entry.uuid = identity(m_in.text(Text::Line));
        } else if (members.is("breadth")) {
            hasBreadth = true;
            entry.breadth = m_in.number(0.0, 10.0);
        } else if (members.is("depth")) {
            hasDepth = true;
            entry.depth = m_in.number(0.0, 10.0);
        } else if (members.is("reason")) {
            hasReason = true;
            entry.reason = m_in.text(Text::Free, true);
        } else if (members.is("recordedBy")) {
            entry.recordedBy = m_in.text(Text::Line);
        } else if (members.is("recordedAt")) {
            entry.recordedAt = m_in.time().value_or(core::TimePoint{}); // unknown: stamped on import
        }
    }
    if (!hasBreadth)
        m_in.missing("breadth"_L1);
    if (!hasDepth)
        m_in.missing("depth"_L1);
    if (!hasReason)
        m_in.missing("reason"_L1);
    return entry;
}

void DatasetReader::readCandidates()
{
    JsonReader::Elements candidates(m_in);
    while (candidates.next()) {
        std::string roleId;
        core::Dataset::CandidateEntry entry = readCandidate(roleId);
        if (m_in.failed())
            break;
        if (!m_hasRoles) {
            m_roleIds.push_back(std::move(roleId)); // the roles come later in the file
        } else if (const auto role = m_roleIndex.find(roleId); role != m_roleIndex.end()) {
            entry.roleIndex = role->second;
        } else {
            m_in.fail(JsonScanner::child(m_in.path(), u"roleId"),
                      tr("no role has id \"%1\"").arg(toQString(roleId)));
        }
        m_dataset.candidates.push_back(std::move(entry));
    }
}

void DatasetReader::resolveRoles()
{
    for (std::size_t i = 0; i < m_roleIds.size() && !m_in.failed(); ++i) {
        const auto role = m_roleIndex.find(m_roleIds[i]);
        if (role != m_roleIndex.end()) {
            m_dataset.candidates[i].roleIndex = role->second;
            continue;
        }
        m_in.fail(JsonScanner::child(JsonScanner::element(u"candidates"_s, qsizetype(i)), u"roleId"),
                  tr("no role has id \"%1\"").arg(toQString(m_roleIds[i])));
    }
}

core::Dataset::CandidateEntry DatasetReader::readCandidate(std::string &roleId)
{
    core::Dataset::CandidateEntry entry;
    bool hasName = false;
    bool hasRole = false;
    std::optional<core::Decision> latest;
    std::optional<std::vector<core::Decision>> history;
    JsonReader::Members members(m_in);
    while (members.next()) {
        if (members.is("id")) {
            entry.candidate.uuid = identity(m_in.text(Text::Line));
        } else if (members.is("name")) {
            hasName = true;
            entry.candidate.name = m_in.text(Text::Line, true);
        } else if (members.is("email")) {
            entry.candidate.email = m_in.text(Text::Line);
        } else if (members.is("profileLink")) {
            entry.candidate.profileLink = m_in.text(Text::Line);
        } else if (members.is("updatedAt")) {
            entry.candidate.updatedAt = m_in.time().value_or(core::TimePoint{});
        } else if (members.is("overrides")) {
            JsonReader::Elements overrides(m_in);
            while (overrides.next())
                entry.overrides.push_back(readOverride());
        } else if (members.is("roleId")) {
            hasRole = true;
            roleId = m_in.text(Text::Line);
        } else if (members.is("status")) {
            const std::string status = m_in.text(Text::Line);
            if (status == "withdrawn")
                entry.candidate.status = core::Candidate::Status::Withdrawn;
            else if (status != "active")
                m_in.fail(tr("unknown status \"%1\"; expected \"active\" or \"withdrawn\"")
                              .arg(toQString(status)));
        } else if (members.is("interviews")) {
            JsonReader::Elements interviews(m_in);
            while (interviews.next())
                entry.interviews.push_back(InterviewReader(m_in, m_taxonomy).read());
        } else if (members.is("decision")) {
            if (!m_in.null())
                latest = readDecision();
        } else if (members.is("decisions")) {
            // The exporter writes the whole history here, so it wins over `decision`; both are
            // checked, as a bad value is refused wherever it is.
            history.emplace();
            JsonReader::Elements decisions(m_in);
            while (decisions.next())
                history->push_back(readDecision());
        }
    }
    if (!hasName)
        m_in.missing("name"_L1);
    if (!hasRole)
        m_in.missing("roleId"_L1);
    if (history) {
        // The store orders a candidate's decisions by time; keep the file's order among equals.
        std::stable_sort(history->begin(), history->end(),
                         [](const core::Decision &a, const core::Decision &b) {
            return a.decidedAt < b.decidedAt;
        });
        entry.decisions = std::move(*history);
    } else if (latest) {
        entry.decisions.push_back(std::move(*latest));
    }
    return entry;
}

core::Decision DatasetReader::readDecision()
{
    // Without a decidedAt the time stays unknown ({}): the import stamps it, and a decision held
    // with the same outcome and rationale is this one (MergePlanner).
    core::Decision decision;
    bool hasOutcome = false;
    JsonReader::Members members(m_in);
    while (members.next()) {
        if (members.is("id")) {
            decision.uuid = identity(m_in.text(Text::Line));
        } else if (members.is("outcome")) {
            hasOutcome = true;
            const std::string outcome = m_in.text(Text::Line);
            if (auto known = core::Decision::outcomeFromId(outcome))
                decision.outcome = *known;
            else
                m_in.fail(tr("unknown outcome \"%1\"; expected advance, hire, no-hire or hold")
                              .arg(toQString(outcome)));
        } else if (members.is("rationale")) {
            decision.rationale = m_in.text(Text::Free);
        } else if (members.is("recordedBy")) {
            decision.recordedBy = m_in.text(Text::Line);
        } else if (members.is("decidedAt")) {
            decision.decidedAt = m_in.time().value_or(core::TimePoint{});
        }
    }
    if (!hasOutcome)
        m_in.missing("outcome"_L1);
    return decision;
}

} // namespace hindsight::interchange
