#pragma once

#include "ui/interview/drafts/draftoperation.h"

#include <QByteArray>

#include <optional>

namespace hindsight::ui {

// One journal line per operation: compact JSON, keys and the rows they named spelled out, text as
// typed. A line that does not decode (cut short by a crash, or damaged) gives nullopt.
struct DraftJournalEntry
{
    draft::Operation operation;
    draft::KnownRows rows;
};

namespace DraftJournalCodec {

// Without the line's newline.
QByteArray encode(const DraftJournalEntry &entry);
std::optional<DraftJournalEntry> decode(const QByteArray &line);

} // namespace DraftJournalCodec
} // namespace hindsight::ui
