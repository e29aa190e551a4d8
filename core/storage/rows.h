#pragma once

// Row helpers shared by the stores' implementations (SqliteStore and PostgresStore): time and
// status conversions, reading rows into domain types, and the common errors. The readers take any
// statement type with the shape of sqlite::Statement (step(), StepResult, columnInt64() ...), so
// both stores read rows the same way.

#include "core/candidate.h"
#include "core/interview.h"
#include "core/result.h"
#include "core/role.h"
#include "core/uuid.h"

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace hindsight::core::storage {

inline std::int64_t toMs(TimePoint t)
{
    return t.time_since_epoch().count();
}

inline TimePoint now()
{
    return std::chrono::time_point_cast<std::chrono::milliseconds>(Clock::now());
}

inline TimePoint fromMs(std::int64_t ms)
{
    return TimePoint(std::chrono::milliseconds(ms));
}

inline std::string_view statusId(Candidate::Status s)
{
    return s == Candidate::Status::Withdrawn ? "withdrawn" : "active";
}

inline Candidate::Status statusFromId(std::string_view id)
{
    return id == "withdrawn" ? Candidate::Status::Withdrawn : Candidate::Status::Active;
}

inline Error notFound(std::string_view what, Id id)
{
    return Error{Error::Code::NotFound, fmt::format("{} {}", what, id), "no such row"};
}

// A failed write about one entity: a constraint names the entity (what a user can act on); any
// other failure keeps the query that failed in `where`.
inline Error concerning(Error e, std::string what)
{
    if (e.code == Error::Code::Constraint)
        e.where = std::move(what);
    return e;
}

// Empty, or nothing but whitespace: what a required text field may not be.
inline bool isBlank(std::string_view text)
{
    return text.find_first_not_of(" \t\n\r\f\v") == std::string_view::npos;
}

// A committee figure on the 0-10 scale of the charts; NaN is outside too.
inline bool isFigure(double value)
{
    return value >= 0.0 && value <= 10.0;
}

// Reads every row of a prepared statement through `read`; returns the step error, if any.
template<typename S, typename Fn>
Error forEachRow(S &s, Fn read)
{
    using Step = typename S::StepResult;
    for (;;) {
        switch (s.step()) {
        case Step::Row: read(s); break;
        case Step::Done: return {};
        case Step::Failed: return s.error();
        }
    }
}

// Steps a statement that yields at most one row: what `read` makes of the row; NotFound naming
// `what` and `id` when there is none; the step's error (never a value) when it failed.
template<typename S, typename Read>
auto readOne(S &s, std::string_view what, Id id, Read read)
    -> Result<std::invoke_result_t<Read, const S &>>
{
    using Step = typename S::StepResult;
    switch (s.step()) {
    case Step::Row: return read(std::as_const(s));
    case Step::Done: return notFound(what, id);
    case Step::Failed: break;
    }
    return s.error();
}

// The UUID a new row gets: the one it brings (an import keeps the identity of the file), else a
// new one.
inline std::string uuidFor(const std::string &given)
{
    return given.empty() ? uuid::random() : given;
}

// The one integer of a query that always yields a row (count, exists, coalesce(max ...)): a
// failed step or a missing row is an error, never read as 0.
template<typename S>
Result<std::int64_t> readInt(S &s)
{
    using Step = typename S::StepResult;
    switch (s.step()) {
    case Step::Row: return s.columnInt64(0);
    case Step::Done: return Error{Error::Code::Internal, s.sql(), "the query returned no row"};
    case Step::Failed: break;
    }
    return s.error();
}

// A generic lambda rather than a template, so it can be handed to readOne as it is.
inline constexpr auto readRole = [](const auto &s) -> Role {
    Role r;
    r.id = s.columnInt64(0);
    r.title = s.columnText(1);
    r.description = s.columnText(2);
    r.breadthDemand = s.columnDouble(3);
    r.uuid = s.columnText(4);
    r.updatedAt = fromMs(s.columnInt64(5));
    return r;
};

// A generic lambda rather than a template, so it can be handed to readOne as it is.
inline constexpr auto readCandidate = [](const auto &s) -> Candidate {
    Candidate c;
    c.id = s.columnInt64(0);
    c.name = s.columnText(1);
    c.email = s.columnText(2);
    c.roleId = s.columnInt64(3);
    c.status = statusFromId(s.columnText(4));
    c.uuid = s.columnText(5);
    c.profileLink = s.columnText(6);
    c.updatedAt = fromMs(s.columnInt64(7));
    return c;
};

// A generic lambda rather than a template, so it can be handed to readOne as it is.
inline constexpr auto readInterview = [](const auto &s) -> Interview {
    Interview i;
    i.id = s.columnInt64(0);
    i.candidateId = s.columnInt64(1);
    i.interviewer = s.columnText(2);
    i.startedAt = fromMs(s.columnInt64(3));
    i.submitted = s.columnInt(4) != 0;
    i.stage = s.columnText(5);
    i.currentRegret = s.columnInt(6);
    i.pendingNote = s.columnText(7);
    i.digest = s.columnText(8);
    i.version = s.columnInt(9);
    i.amends = s.columnIsNull(10) ? 0 : s.columnInt64(10);
    i.supersededBy = s.columnIsNull(11) ? 0 : s.columnInt64(11);
    i.amendReason = s.columnText(12);
    i.amendedAt = fromMs(s.columnInt64(13));
    i.uuid = s.columnText(14);
    i.interviewerEmail = s.columnText(15);
    return i;
};

inline constexpr const char *roleColumns = "id, title, description, breadth_demand, uuid, "
                                           "updated_at";
inline constexpr const char *candidateColumns = "id, name, email, role_id, status, uuid, "
                                                "profile_link, updated_at";
inline constexpr const char *interviewColumns = "i.id, i.candidate_id, i.interviewer, "
                                                "i.started_at, i.submitted, i.stage, "
                                                "i.current_regret, i.pending_note, i.digest, "
                                                "i.version, i.amends, i.superseded_by, "
                                                "i.amend_reason, i.amended_at, i.uuid, "
                                                "i.interviewer_email";

} // namespace hindsight::core::storage
