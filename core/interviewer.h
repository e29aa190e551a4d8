#pragma once

#include <string>

namespace hindsight::core {

struct DraftSummary;
struct Interview;

// Who holds an interview, as the interviewer's Preferences name them: the name interviews are
// recorded under and the e-mail, empty when none was given (DESIGN.md, Identity). The one place
// that says when two such records are one person; everything that compares interviewers (drafts
// found again, the author of an amendment, calibration, "who said what") asks here.
//
// The rule:
// - An e-mail is the identity when both records have one: equal e-mails (case-insensitive) are
//   the same person whatever the names, different e-mails two people even of the same name.
//   So an interviewer who renames themselves, keeping their e-mail, keeps their drafts.
// - Otherwise the names decide, compared as foldCase() keys: "Alice", " alice " and "ALICE"
//   are one interviewer. A record without an e-mail matches one with an e-mail by name, because
//   interviews recorded before the e-mail was (schema v6 and older) or before the interviewer
//   gave one are still theirs.
//
// A name alone converts implicitly to an interviewer without an e-mail.
struct Interviewer
{
    std::string name;
    std::string email; // empty when none was given

    Interviewer() = default;
    Interviewer(std::string name, std::string email = {});
    Interviewer(const char *name);

    static Interviewer of(const Interview &interview);
    static Interviewer of(const DraftSummary &draft);

    bool hasEmail() const;
    // The foldCase() name and e-mail.
    std::string nameKey() const;
    std::string emailKey() const;
    // "email:<e-mail key>" when there is an e-mail, else "name:<name key>". Equal keys are always
    // the same person; InterviewerDirectory also joins a "name:" key to an "email:" one.
    std::string key() const;

    // Whether `other` is the same person by the rule above. Symmetric, not transitive: "Alice"
    // matches both alice@a.org and alice@b.org, which do not match each other.
    bool isSameAs(const Interviewer &other) const;

    bool operator==(const Interviewer &) const = default;
};

} // namespace hindsight::core
