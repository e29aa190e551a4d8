#pragma once

#include "core/ids.h"
#include "core/note.h"
#include "core/regret.h"

#include <QtGlobal>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <variant>

namespace hindsight::ui {

// One change to a draft interview, as DraftWriter queues it and DraftJournal keeps it on disk.
// Rows are named by keys: a row loaded from the store uses its row id as key, a new row a key at
// or above FirstNewKey (see DraftWriter). Each operation is a plain value with no Qt type, so the
// journal that keeps it can outlive the process that made it.
namespace draft {

using Key = quint64;
// Keys below this are row ids of rows that already exist; DraftWriter::newKey() starts here.
inline constexpr Key FirstNewKey = Key(1) << 40;

struct SaveNote
{
    Key key;
    core::Note note; // note.regretId carries the Key of its regret
};
struct DeleteNote
{
    Key key;
};
struct SaveRegret
{
    Key key;
    core::Regret regret;
};
struct DeleteRegret
{
    Key key;
};
// Unset parts keep what is stored.
struct SaveSession
{
    std::optional<std::string> stage;
    std::optional<int> currentRegret;
    std::optional<std::string> pendingLine;
};
struct TickProbe
{
    Key regret; // the regret it was asked for, 0 for none
    std::string probe;
    bool ticked;
    core::TimePoint at;
};
struct SaveStageTimes
{
    std::map<std::string, std::int64_t> stageMs;
};
struct Submit
{
};

using Operation = std::variant<SaveNote, DeleteNote, SaveRegret, DeleteRegret, SaveSession,
                               TickProbe, SaveStageTimes, Submit>;

// The rows an operation's keys named when it was kept in a journal (0: not written yet), so a
// later process that replays it writes the same rows instead of new ones.
struct KnownRows
{
    core::Id row = 0;    // the note's or regret's own row
    core::Id regret = 0; // the row of the regret a note or probe tick belongs to
};

} // namespace draft
} // namespace hindsight::ui
