#pragma once

#include <string>
#include <utility>

namespace hindsight::core {

// What went wrong, as a value. Core never formats user-facing sentences: ui/ turns an Error into a
// translated message, the command line prints `where` and `detail` as they are.
struct Error
{
    enum class Code {
        None,
        CannotOpen,   // the database file could not be opened or created
        NotADatabase, // the file exists but is not a SQLite database, or is corrupt
        TooNew,       // written by a newer Hindsight (user_version above ours)
        Busy,         // another process holds the write lock past busy_timeout
        DiskFull,     // SQLITE_FULL or an I/O error while writing
        ReadOnly,     // the file or folder is not writable
        Constraint,   // a foreign key, uniqueness or check constraint failed
        NotFound,     // no row with that id
        InUse,        // a taxonomy entry still referenced by rows
        Sealed,       // the interview is submitted and cannot change
        NotAuthor,    // only the interviewer who wrote an interview may amend it
        Invalid,      // a value outside its domain (depth 5, unknown layer ...)
        Exists,       // a file is in the way (a restore without force); it was left as it is
        Offline,      // the team server cannot be reached, or the connection to it was lost
        Forbidden,    // the team server refused: the login lacks the privilege (or a policy)
        Internal,     // any other SQLite failure
    };

    Error() = default;
    // Not an aggregate, so an error without a query needs no empty field for it.
    Error(Code code, std::string where = {}, std::string detail = {}, std::string query = {})
        : code(code)
        , where(std::move(where))
        , detail(std::move(detail))
        , query(std::move(query))
    {
    }

    Code code = Code::None;
    std::string where;  // what it concerns: a file (with the record where known), a JSON path
    std::string detail; // the underlying message (SQLite's errmsg), untranslated
    // The SQL statement that failed, for a developer reading a log; never shown to users, who are
    // told which file and record instead.
    std::string query;

    explicit operator bool() const { return code != Code::None; }
};

// True for the codes that mean the file itself is damaged (as opposed to busy, read-only or
// missing): the window then offers the newest verified backup in its place. Extend it with every
// code added for a kind of damage.
inline bool isDamage(Error::Code code)
{
    return code == Error::Code::NotADatabase;
}

} // namespace hindsight::core
