#include "core/merging/mergeplanner.h"

#include "core/interviewseal.h"
#include "core/textfold.h"
#include "core/uuid.h"

#include <fmt/format.h>

#include <algorithm>

namespace hindsight::core {

namespace {

std::int64_t ms(TimePoint t)
{
    return t.time_since_epoch().count();
}

std::string demandsText(const std::map<std::string, int> &demands)
{
    std::string text;
    for (const auto &[domain, depth] : demands)
        text += fmt::format("{}{} {}", text.empty() ? "" : ", ", domain, depth);
    return text;
}

std::string statusText(Candidate::Status status)
{
    return status == Candidate::Status::Withdrawn ? "withdrawn" : "active";
}

// A separator no name contains (the reader refuses control characters).
constexpr char unit = '\x1f';

} // namespace

MergePlanner::MergePlanner(const Holdings &held, const Dataset &incoming)
    : m_held(held)
    , m_incoming(incoming)
{
    for (const Role &r : held.roles) {
        m_roleByUuid[r.uuid] = &r;
        m_roleByTitle.emplace(foldCase(r.title), &r);
        m_roleById[r.id] = &r;
    }
    for (const Candidate &c : held.candidates) {
        m_candidateByUuid[c.uuid] = &c;
        m_candidateById[c.id] = &c;
        if (!c.email.empty())
            m_candidateByEmail.emplace(std::pair{c.roleId, foldCase(c.email)}, &c);
        m_candidateByName.emplace(std::pair{c.roleId, foldCase(c.name)}, &c);
    }
    for (const Holdings::InterviewVersion &v : held.interviews) {
        m_versionsByUuid[v.uuid].push_back(&v);
        m_interviewByStart.emplace(std::tuple{v.candidateId, v.interviewer, ms(v.startedAt)}, &v);
    }
    for (const Decision &d : held.decisions) {
        m_decisionsByCandidate[d.candidateId].push_back(&d);
        m_decisionByUuid[d.uuid] = &d;
    }
    for (const PlacementOverride &o : held.overrides) {
        m_overridesByCandidate[o.candidateId].push_back(&o);
        m_overrideByUuid[o.uuid] = &o;
    }
    for (const TeamMember &m : held.teamMembers) {
        m_teamByUuid[m.uuid] = &m;
        m_teamByName.emplace(std::pair{m.roleId, foldCase(m.name)}, &m);
    }
}

Error MergePlanner::check(const Dataset &dataset)
{
    for (const Dataset::CandidateEntry &entry : dataset.candidates) {
        if (entry.roleIndex >= dataset.roles.size())
            return Error{Error::Code::Invalid, fmt::format("candidate {}", entry.candidate.name),
                         "role index out of range"};
    }
    for (const Dataset::TeamEntry &entry : dataset.team) {
        if (entry.roleIndex >= dataset.roles.size())
            return Error{Error::Code::Invalid, fmt::format("team member {}", entry.member.name),
                         "role index out of range"};
    }
    return {};
}

MergePlan MergePlanner::plan()
{
    planRoles();
    planTeam();
    for (std::size_t i = 0; i < m_incoming.candidates.size(); ++i)
        planCandidate(i);
    return std::move(m_plan);
}

void MergePlanner::conflict(Entity entity, const std::string &subject, const std::string &field,
                            const std::string &held, const std::string &incoming, bool tookIncoming)
{
    m_plan.report.conflicts.push_back({entity, subject, field, held, incoming, tookIncoming});
}

bool MergePlanner::mergeRole(const Role &held, const Role &incoming, bool newer, bool report,
                             Role &out)
{
    out = held;
    bool took = false;
    const auto field = [&](auto Role::*member, const char *name, auto text) {
        if (held.*member == incoming.*member)
            return;
        if (report || !newer)
            conflict(Entity::Role, held.title, name, text(held.*member), text(incoming.*member),
                     newer);
        if (newer) {
            out.*member = incoming.*member;
            took = true;
        }
    };
    const auto same = [](const std::string &s) { return s; };
    // A new title that another held role already has is refused: two roles never share a title.
    if (held.title != incoming.title) {
        const auto other = m_roleByTitle.find(foldCase(incoming.title));
        if (other != m_roleByTitle.end() && other->second->id != held.id) {
            conflict(Entity::Role, held.title, "title", held.title, incoming.title, false);
        } else {
            field(&Role::title, "title", same);
        }
    }
    field(&Role::description, "description", same);
    field(&Role::breadthDemand, "breadthDemand", [](double v) { return fmt::format("{}", v); });
    field(&Role::domainDemands, "domainDemands", demandsText);
    if (took)
        out.updatedAt = incoming.updatedAt;
    return took;
}

bool MergePlanner::mergeCandidate(const Candidate &held, const Candidate &incoming, bool newer,
                                  bool report, Candidate &out)
{
    out = held;
    bool took = false;
    const auto field = [&](auto Candidate::*member, const char *name, auto text) {
        if (held.*member == incoming.*member)
            return;
        if (report || !newer)
            conflict(Entity::Candidate, held.name, name, text(held.*member), text(incoming.*member),
                     newer);
        if (newer) {
            out.*member = incoming.*member;
            took = true;
        }
    };
    const auto same = [](const std::string &s) { return s; };
    field(&Candidate::name, "name", same);
    field(&Candidate::email, "email", same);
    field(&Candidate::status, "status", statusText);
    field(&Candidate::profileLink, "profileLink", same);
    if (took)
        out.updatedAt = incoming.updatedAt;
    return took;
}

void MergePlanner::planRoles()
{
    std::map<std::string, std::size_t> addedTitles; // folded title -> the step that adds it
    for (std::size_t i = 0; i < m_incoming.roles.size(); ++i) {
        const Role &in = m_incoming.roles[i];
        MergePlan::RoleStep step;
        ImportReport::Tally &tally = m_plan.report[Entity::Role];
        const Role *held = nullptr;
        bool byUuid = false;
        if (auto it = m_roleByUuid.find(in.uuid); !in.uuid.empty() && it != m_roleByUuid.end()) {
            held = it->second;
            byUuid = true;
        } else if (auto t = m_roleByTitle.find(foldCase(in.title)); t != m_roleByTitle.end()) {
            held = t->second;
        }
        if (held) {
            step.held = held->id;
            step.update = mergeRole(*held, in, in.updatedAt > held->updatedAt, !byUuid, step.role);
            ++(step.update ? tally.merged : tally.skipped);
        } else if (auto a = addedTitles.find(foldCase(in.title)); a != addedTitles.end()) {
            step.sameAs = a->second;
            step.role = in;
            ++tally.skipped;
        } else {
            addedTitles.emplace(foldCase(in.title), i);
            step.role = in;
            ++tally.added;
        }
        m_plan.roles.push_back(std::move(step));
    }
}

void MergePlanner::planTeam()
{
    ImportReport::Tally &tally = m_plan.report[Entity::TeamMember];
    for (std::size_t i = 0; i < m_incoming.team.size(); ++i) {
        const Dataset::TeamEntry &entry = m_incoming.team[i];
        const TeamMember &in = entry.member;
        const MergePlan::RoleStep
            &role = m_plan.roles[m_plan.roles.at(entry.roleIndex).sameAs.value_or(entry.roleIndex)];
        const TeamMember *held = nullptr;
        if (auto it = m_teamByUuid.find(in.uuid); !in.uuid.empty() && it != m_teamByUuid.end())
            held = it->second;
        else if (auto n = m_teamByName.find({role.held, foldCase(in.name)});
                 role.held != 0 && n != m_teamByName.end())
            held = n->second;
        if (!held) {
            m_plan.team.push_back({i, 0, in});
            ++tally.added;
            continue;
        }
        // Team members carry no time of edit: what is held stays, a difference is reported.
        ++tally.skipped;
        if (held->name != in.name)
            conflict(Entity::TeamMember, held->name, "name", held->name, in.name, false);
        if (held->breadth != in.breadth || held->depth != in.depth)
            conflict(Entity::TeamMember, held->name, "placement",
                     fmt::format("{} / {}", held->breadth, held->depth),
                     fmt::format("{} / {}", in.breadth, in.depth), false);
    }
}

Id MergePlanner::heldCandidate(const std::string &uuid) const
{
    if (uuid.empty())
        return 0;
    if (auto it = m_candidateByUuid.find(uuid); it != m_candidateByUuid.end())
        return it->second->id;
    if (auto it = m_held.mergedCandidates.find(uuid); it != m_held.mergedCandidates.end())
        return it->second;
    return 0;
}

std::string MergePlanner::derivedCandidateUuid(const Dataset::CandidateEntry &entry,
                                               const std::string &roleTitle, int occurrence)
{
    std::vector<std::string> interviews;
    for (const Interview &i : entry.interviews)
        interviews.push_back(fmt::format("{}{}{}", i.interviewer, unit, ms(i.startedAt)));
    std::sort(interviews.begin(), interviews.end());
    std::string name = fmt::format("hindsight-v1-candidate{}{}{}{}{}{}{}{}", unit,
                                   foldCase(roleTitle), unit, entry.candidate.name, unit,
                                   foldCase(entry.candidate.email), unit, occurrence);
    for (const std::string &i : interviews)
        name += unit + i;
    return uuid::fromName(name);
}

void MergePlanner::planCandidate(std::size_t index)
{
    const Dataset::CandidateEntry &entry = m_incoming.candidates[index];
    const Candidate &in = entry.candidate;
    const std::size_t roleIndex = m_plan.roles.at(entry.roleIndex).sameAs.value_or(entry.roleIndex);
    const MergePlan::RoleStep &role = m_plan.roles[roleIndex];
    const Id roleId = role.held;
    ImportReport::Tally &tally = m_plan.report[Entity::Candidate];

    MergePlan::CandidateStep step;
    std::string identity = in.uuid;
    if (identity.empty()) {
        // A file without ids (v1): the same entry of the same file is the same candidate again.
        const std::string key = derivedCandidateUuid(entry, m_incoming.roles[roleIndex].title, 0);
        identity = derivedCandidateUuid(entry, m_incoming.roles[roleIndex].title,
                                        m_derivedKeys[key]++);
    }
    const Candidate *held = nullptr;
    bool byUuid = false;
    if (Id id = heldCandidate(identity)) {
        held = m_candidateById.at(id);
        byUuid = true;
    } else if (auto e = m_candidateByEmail.find({roleId, foldCase(in.email)});
               roleId != 0 && !in.email.empty() && e != m_candidateByEmail.end()) {
        held = e->second;
    }

    if (held) {
        step.held = held->id;
        step.update = mergeCandidate(*held, in, in.updatedAt > held->updatedAt, !byUuid,
                                     step.candidate);
        if (held->roleId != roleId) {
            const auto heldRole = m_roleById.find(held->roleId);
            conflict(Entity::Candidate, held->name, "role",
                     heldRole == m_roleById.end() ? std::string() : heldRole->second->title,
                     m_incoming.roles[roleIndex].title, false);
        }
        ++(step.update ? tally.merged : tally.skipped);
    } else {
        step.candidate = in;
        step.candidate.uuid = identity;
        ++tally.added;
        if (roleId != 0) {
            auto [first, last] = m_candidateByName.equal_range({roleId, foldCase(in.name)});
            for (auto it = first; it != last; ++it) {
                m_plan.report.possibleDuplicates.push_back({in.name, in.email,
                                                            m_incoming.roles[roleIndex].title,
                                                            it->second->id, it->second->name,
                                                            it->second->email});
            }
        }
    }
    planInterviews(entry, step);
    planDecisions(entry, step);
    planOverrides(entry, step);
    m_plan.candidates.push_back(std::move(step));
}

void MergePlanner::planInterviews(const Dataset::CandidateEntry &entry,
                                  MergePlan::CandidateStep &step)
{
    ImportReport::Tally &tally = m_plan.report[Entity::Interview];
    for (std::size_t k = 0; k < entry.interviews.size(); ++k) {
        const Interview &in = entry.interviews[k];
        const auto known = in.uuid.empty() ? m_versionsByUuid.end() : m_versionsByUuid.find(in.uuid);
        if (known == m_versionsByUuid.end()) {
            const auto same = m_interviewByStart.find({step.held, in.interviewer, ms(in.startedAt)});
            if (step.held != 0 && same != m_interviewByStart.end()) {
                ++tally.skipped;
            } else {
                step.interviews.push_back({k, 0, 0});
                ++tally.added;
            }
            continue;
        }
        // Versions of an interview held: its current submitted one, and any at or above the
        // file's (an equal one, or an amendment in progress here).
        const Holdings::InterviewVersion *current = nullptr;
        const Holdings::InterviewVersion *clash = nullptr;
        for (const Holdings::InterviewVersion *v : known->second) {
            if (v->submitted && !v->superseded)
                current = v;
            if (v->version >= in.version && (!clash || v->version == in.version))
                clash = v;
        }
        const std::string subject = fmt::format("{} ({})", in.interviewer, ms(in.startedAt));
        if (!clash && in.submitted) {
            const Holdings::InterviewVersion *any = known->second.front();
            step.interviews.push_back({k, any->candidateId, current ? current->id : 0});
            ++tally.merged;
            continue;
        }
        ++tally.skipped;
        if (!clash)
            continue; // a draft in a file never replaces what is held
        if (clash->version == in.version && clash->submitted && in.submitted) {
            // The same sealed version: equal unless a digest of this format says otherwise.
            const std::string digest = InterviewSeal::digest(in);
            if (clash->digest.rfind("v2:", 0) == 0 && clash->digest != digest)
                conflict(Entity::Interview, subject, "content",
                         fmt::format("version {}", clash->version),
                         fmt::format("version {}", in.version), false);
        } else if (!clash->submitted) {
            conflict(Entity::Interview, subject, "version",
                     fmt::format("version {} being amended", clash->version),
                     fmt::format("version {}", in.version), false);
        }
    }
}

void MergePlanner::planDecisions(const Dataset::CandidateEntry &entry,
                                 MergePlan::CandidateStep &step)
{
    ImportReport::Tally &tally = m_plan.report[Entity::Decision];
    const auto heldList = m_decisionsByCandidate.find(step.held);
    for (std::size_t k = 0; k < entry.decisions.size(); ++k) {
        const Decision &in = entry.decisions[k];
        bool isHeld = !in.uuid.empty() && m_decisionByUuid.contains(in.uuid);
        if (!isHeld && step.held != 0 && heldList != m_decisionsByCandidate.end()) {
            // A decision without a time (the documented v1 `decision`) is the held one that says
            // the same; with a time, the one recorded then.
            isHeld = std::any_of(heldList->second.begin(), heldList->second.end(),
                                 [&](const Decision *d) {
                return d->outcome == in.outcome && d->rationale == in.rationale
                       && (in.decidedAt == TimePoint{} || d->decidedAt == in.decidedAt);
            });
        }
        if (isHeld) {
            ++tally.skipped;
        } else {
            step.decisions.push_back(k);
            ++tally.added;
        }
    }
}

void MergePlanner::planOverrides(const Dataset::CandidateEntry &entry,
                                 MergePlan::CandidateStep &step)
{
    ImportReport::Tally &tally = m_plan.report[Entity::PlacementOverride];
    const auto heldList = m_overridesByCandidate.find(step.held);
    for (std::size_t k = 0; k < entry.overrides.size(); ++k) {
        const PlacementOverride &in = entry.overrides[k];
        bool isHeld = !in.uuid.empty() && m_overrideByUuid.contains(in.uuid);
        if (!isHeld && step.held != 0 && heldList != m_overridesByCandidate.end()) {
            isHeld = std::any_of(heldList->second.begin(), heldList->second.end(),
                                 [&](const PlacementOverride *o) {
                return o->breadth == in.breadth && o->depth == in.depth && o->reason == in.reason
                       && (in.recordedAt == TimePoint{} || o->recordedAt == in.recordedAt);
            });
        }
        if (isHeld) {
            ++tally.skipped;
        } else {
            step.overrides.push_back(k);
            ++tally.added;
        }
    }
}

} // namespace hindsight::core
