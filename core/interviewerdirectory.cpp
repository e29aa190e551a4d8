#include "core/interviewerdirectory.h"

#include "core/textfold.h"

#include <algorithm>

namespace hindsight::core {

namespace {

std::string trimmed(const std::string &text)
{
    constexpr const char *space = " \t\n\r\f\v";
    const auto begin = text.find_first_not_of(space);
    if (begin == std::string::npos)
        return {};
    return text.substr(begin, text.find_last_not_of(space) - begin + 1);
}

} // namespace

void InterviewerDirectory::Group::take(const Interviewer &who, TimePoint at)
{
    if (!seen || at >= when) {
        name = trimmed(who.name);
        email = trimmed(who.email);
        when = at;
        seen = true;
    }
    const std::string key = who.nameKey();
    const auto it = std::lower_bound(nameKeys.begin(), nameKeys.end(), key);
    if (it == nameKeys.end() || *it != key)
        nameKeys.insert(it, key);
}

void InterviewerDirectory::add(const Interviewer &who, TimePoint when)
{
    (who.hasEmail() ? m_byEmail[who.emailKey()] : m_byName[who.nameKey()]).take(who, when);
    m_resolved.reset();
}

const InterviewerDirectory::Resolved &InterviewerDirectory::resolved() const
{
    if (m_resolved)
        return *m_resolved;
    Resolved r;
    std::map<std::string, std::vector<std::string>> owners; // name key -> e-mail identities
    for (const auto &[emailKey, group] : m_byEmail) {
        const std::string identity = "email:" + emailKey;
        r.groups[identity] = group;
        for (const std::string &nameKey : group.nameKeys)
            owners[nameKey].push_back(identity);
    }
    for (const auto &[nameKey, group] : m_byName) {
        const auto owner = owners.find(nameKey);
        if (owner == owners.end() || owner->second.size() != 1) {
            r.groups["name:" + nameKey] = group;
            continue;
        }
        r.nameOwner[nameKey] = owner->second.front();
        Group &joined = r.groups[owner->second.front()];
        // The later name wins; the e-mail stays the group's.
        if (group.when > joined.when)
            joined.name = group.name;
    }

    std::map<std::string, int> uses; // folded name -> groups showing it
    for (const auto &[identity, group] : r.groups)
        ++uses[foldCase(group.name)];
    for (const auto &[identity, group] : r.groups) {
        const bool ambiguous = uses[foldCase(group.name)] > 1 && !group.email.empty();
        r.shown[identity] = ambiguous ? group.name + " <" + group.email + ">" : group.name;
        r.order.push_back(identity);
    }
    std::sort(r.order.begin(), r.order.end(), [&](const std::string &a, const std::string &b) {
        const std::string fa = foldCase(r.shown[a]);
        const std::string fb = foldCase(r.shown[b]);
        return fa != fb ? fa < fb : a < b;
    });
    m_resolved = std::move(r);
    return *m_resolved;
}

std::string InterviewerDirectory::identity(const Interviewer &who) const
{
    if (who.hasEmail())
        return "email:" + who.emailKey();
    const std::string nameKey = who.nameKey();
    const Resolved &r = resolved();
    if (const auto it = r.nameOwner.find(nameKey); it != r.nameOwner.end())
        return it->second;
    return "name:" + nameKey;
}

std::string InterviewerDirectory::displayName(const std::string &identity) const
{
    const Resolved &r = resolved();
    const auto it = r.shown.find(identity);
    return it == r.shown.end() ? std::string() : it->second;
}

std::string InterviewerDirectory::email(const std::string &identity) const
{
    const Resolved &r = resolved();
    const auto it = r.groups.find(identity);
    return it == r.groups.end() ? std::string() : it->second.email;
}

std::vector<std::string> InterviewerDirectory::identities() const
{
    return resolved().order;
}

} // namespace hindsight::core
