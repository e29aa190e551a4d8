#pragma once

#include "ui/interchange/jsonreader.h"

#include "core/interview.h"
#include "core/taxonomy.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace hindsight::interchange {

// Reads one interview of an interchange file, at the JsonReader's position: its regrets, notes and
// probes, checked against the format and the taxonomy (see JsonImporter for what is accepted).
// Links from notes and probes to regrets are by position in `regrets` (version 1) or by the
// regret's `id` (version 2), and an exported file writes `regrets` after `notes`, so they are
// checked once the whole interview has been read. Ids that are UUIDs become the identities of
// the interview, its regrets and notes (DatasetReader drops them again for a version 1 file). A returned
// regret's id is its position + 1, local to the interview as core::Store::addInterview expects,
// and a linked note's regretId names it; an unlinked note's regretId is 0. Notes are returned in
// atMs order, as core::Interview keeps them.
class InterviewReader final
{
    Q_DECLARE_TR_FUNCTIONS(InterviewReader)
    Q_DISABLE_COPY_MOVE(InterviewReader)

public:
    InterviewReader(JsonReader &in, const core::Taxonomy &taxonomy);

    // The interview; complete only when the reader has not failed.
    core::Interview read();

private:
    // A link to the regret at `position`, from the note or probe at `item` in file order.
    struct Link
    {
        std::size_t item = 0;
        std::int64_t position = 0;
        std::optional<std::string> id; // a link by the regret's id, resolved to `position`
    };
    // A probe tick before the regrets are known: a bare probe id goes to the first regret.
    struct Tick
    {
        core::ProbeTick tick;
        bool bare = false;
        bool linked = false;
        std::int64_t position = 0;
        std::optional<std::string> id;
    };

    // `id`: the regret's id in the file, empty when it has none.
    core::Regret readRegret(std::string &id);
    core::Note readNote(std::size_t item);
    Tick readProbeTick();
    // Checks the links against the regrets and gives the ticks their regrets.
    void resolveLinks(std::vector<Tick> &ticks);
    // Refuses a link beyond the interview's regrets at `where`; `noRegret` says why when it has
    // none at all.
    void checkLink(std::int64_t position, const QString &where, const QString &noRegret);
    // Reads a `regret` link: an index, or a regret's id.
    void readLink(std::int64_t &position, std::optional<std::string> &id);
    // Turns a link by id into one by position; fails at `where` when no regret has the id.
    bool resolveId(std::int64_t &position, const std::optional<std::string> &id,
                   const QString &where);

    JsonReader &m_in;
    const core::Taxonomy &m_taxonomy;
    core::Interview m_interview;
    std::vector<Link> m_noteLinks;
    std::map<std::string, std::int64_t> m_regretIds; // a regret's id in the file -> its position
};

} // namespace hindsight::interchange
