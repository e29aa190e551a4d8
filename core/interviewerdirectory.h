#pragma once

#include "core/ids.h"
#include "core/interviewer.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace hindsight::core {

// The interviewers of a set of interviews, each person once, with the name to show for them: what
// calibration and "who said what" group by (DESIGN.md, Identity: by identity, not by spelling).
// add() every interview's interviewer, then ask.
//
// Groups follow Interviewer's rule, made transitive:
// - records with an e-mail group by their e-mail key;
// - a record without an e-mail joins the e-mail group whose records used its name key when
//   exactly one group did (Mette's interviews from before she gave her e-mail join her group);
//   when none or several did (two Alices with two e-mails), it groups with the other records of
//   that name without an e-mail, by name key ("Alice" and "alice" are one).
// A group shows the most recent name used in it, trimmed (by the interview's start; on a tie the record
// added later), so a renamed interviewer appears once, under their new name. Where two groups
// would show the same name (foldCase), those with an e-mail show "Name <e-mail>".
class InterviewerDirectory final
{
public:
    // `when`: the interview's start.
    void add(const Interviewer &who, TimePoint when);

    // The group of `who`, "email:…" or "name:…"; for a record never added, who.key().
    std::string identity(const Interviewer &who) const;
    // The name to show for a group; empty for an unknown identity.
    std::string displayName(const std::string &identity) const;
    // The group's e-mail as last written; empty for a group by name or an unknown identity.
    std::string email(const std::string &identity) const;
    // Every group, by display name (foldCase), then identity.
    std::vector<std::string> identities() const;

private:
    struct Group
    {
        std::string name; // the latest record's
        std::string email;
        TimePoint when{};
        bool seen = false;
        std::vector<std::string> nameKeys; // every name key used, sorted, once each

        void take(const Interviewer &who, TimePoint when);
    };
    struct Resolved
    {
        std::map<std::string, std::string> nameOwner; // name key -> its one e-mail identity
        std::map<std::string, Group> groups;          // identity -> group
        std::map<std::string, std::string> shown;     // identity -> display name
        std::vector<std::string> order;
    };

    const Resolved &resolved() const;

    std::map<std::string, Group> m_byEmail; // e-mail key -> records with that e-mail
    std::map<std::string, Group> m_byName;  // name key -> records of that name without e-mail
    mutable std::optional<Resolved> m_resolved;
};

} // namespace hindsight::core
