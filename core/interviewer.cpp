#include "core/interviewer.h"

#include "core/draftsummary.h"
#include "core/interview.h"
#include "core/textfold.h"

#include <utility>

namespace hindsight::core {

Interviewer::Interviewer(std::string name, std::string email)
    : name(std::move(name))
    , email(std::move(email))
{
}

Interviewer::Interviewer(const char *name)
    : name(name ? name : "")
{
}

Interviewer Interviewer::of(const Interview &interview)
{
    return {interview.interviewer, interview.interviewerEmail};
}

Interviewer Interviewer::of(const DraftSummary &draft)
{
    return {draft.interviewer, draft.interviewerEmail};
}

bool Interviewer::hasEmail() const
{
    return !emailKey().empty();
}

std::string Interviewer::nameKey() const
{
    return foldCase(name);
}

std::string Interviewer::emailKey() const
{
    return foldCase(email);
}

std::string Interviewer::key() const
{
    const std::string e = emailKey();
    return e.empty() ? "name:" + nameKey() : "email:" + e;
}

bool Interviewer::isSameAs(const Interviewer &other) const
{
    const std::string mine = emailKey();
    const std::string theirs = other.emailKey();
    if (!mine.empty() && !theirs.empty())
        return mine == theirs;
    return nameKey() == other.nameKey();
}

} // namespace hindsight::core
