#include "ui/interchange/interviewreader.h"

#include "core/stage.h"
#include "core/uuid.h"

#include <algorithm>
#include <set>
#include <utility>

namespace hindsight::interchange {

using namespace Qt::StringLiterals;
using Text = JsonReader::Text;

InterviewReader::InterviewReader(JsonReader &in, const core::Taxonomy &taxonomy)
    : m_in(in)
    , m_taxonomy(taxonomy)
{
}

core::Interview InterviewReader::read()
{
    bool hasInterviewer = false;
    bool hasStart = false;
    std::vector<Tick> ticks;
    JsonReader::Members members(m_in);
    while (members.next()) {
        if (members.is("id")) {
            if (std::string id = m_in.text(Text::Line); core::uuid::isValid(id))
                m_interview.uuid = std::move(id);
        } else if (members.is("interviewer")) {
            hasInterviewer = true;
            m_interview.interviewer = m_in.text(Text::Line);
        } else if (members.is("interviewerEmail")) {
            m_interview.interviewerEmail = m_in.text(Text::Line);
        } else if (members.is("version")) {
            m_interview.version = int(m_in.integer(1, 1000000));
        } else if (members.is("amendReason")) {
            m_interview.amendReason = m_in.text(Text::Free);
        } else if (members.is("amendedAt")) {
            m_interview.amendedAt = m_in.time().value_or(core::TimePoint{});
        } else if (members.is("startedAt")) {
            hasStart = true;
            m_interview.startedAt = m_in.time().value_or(core::TimePoint{});
        } else if (members.is("submitted")) {
            m_interview.submitted = m_in.boolean(false);
        } else if (members.is("regrets")) {
            JsonReader::Elements regrets(m_in);
            while (regrets.next()) {
                std::string id;
                core::Regret regret = readRegret(id);
                if (!id.empty() && !m_in.failed() && !m_regretIds.emplace(id, regrets.index()).second)
                    m_in.fail(JsonScanner::child(m_in.path(), u"id"),
                              tr("another regret of this interview already has id \"%1\"")
                                  .arg(QString::fromStdString(id)));
                regret.position = int(regrets.index());
                regret.id = core::Id(regrets.index() + 1); // local to the interview
                m_interview.regrets.push_back(std::move(regret));
            }
        } else if (members.is("notes")) {
            JsonReader::Elements notes(m_in);
            while (notes.next())
                m_interview.notes.push_back(readNote(std::size_t(notes.index())));
        } else if (members.is("probes")) {
            // Probe ids are not checked against the interview guide: a file from a version that
            // had a probe this one dropped still means that the probe was asked.
            JsonReader::Elements probes(m_in);
            while (probes.next())
                ticks.push_back(readProbeTick());
        }
    }
    if (!hasInterviewer)
        m_in.missing("interviewer"_L1);
    if (!hasStart)
        m_in.missing("startedAt"_L1);
    resolveLinks(ticks);
    // core::Interview keeps notes in time order; the paths in messages counted in file order.
    // An exported file is in order already, and then sorting would only cost memory.
    const auto earlier = [](const core::Note &a, const core::Note &b) { return a.atMs < b.atMs; };
    if (!std::is_sorted(m_interview.notes.begin(), m_interview.notes.end(), earlier))
        std::stable_sort(m_interview.notes.begin(), m_interview.notes.end(), earlier);
    return std::move(m_interview);
}

core::Regret InterviewReader::readRegret(std::string &id)
{
    core::Regret regret;
    std::string level;
    bool hasLevel = false;
    bool hasDomain = false;
    bool hasDepth = false;
    JsonReader::Members members(m_in);
    while (members.next()) {
        if (members.is("id")) {
            id = m_in.text(Text::Line);
            if (core::uuid::isValid(id))
                regret.uuid = id;
        } else if (members.is("level")) {
            hasLevel = true;
            level = m_in.text(Text::Line);
            if (auto known = core::Regret::levelFromId(level))
                regret.level = *known;
            else
                m_in.fail(tr("unknown level \"%1\"; expected product, domain, mixed or unclear")
                              .arg(QString::fromStdString(level)));
        } else if (members.is("domain")) {
            // null and "" both say: no domain.
            if (!m_in.null()) {
                regret.domain = m_in.text(Text::Line);
                hasDomain = !regret.domain.empty();
                if (hasDomain && !m_in.failed() && !m_taxonomy.hasDomain(regret.domain))
                    m_in.fail(tr("unknown domain \"%1\"").arg(QString::fromStdString(regret.domain)));
            }
        } else if (members.is("depth")) {
            hasDepth = true;
            regret.depth = int(m_in.integer(0, core::Regret::MaxDepth));
        } else if (members.is("layers")) {
            JsonReader::Elements layers(m_in);
            while (layers.next()) {
                std::string layer = m_in.text(Text::Line);
                if (!m_in.failed() && !m_taxonomy.hasLayer(layer))
                    m_in.fail(tr("unknown layer \"%1\"").arg(QString::fromStdString(layer)));
                regret.layers.insert(std::move(layer));
            }
        } else if (members.is("system")) {
            regret.system = m_in.text(Text::Free);
        } else if (members.is("decision")) {
            regret.decision = m_in.text(Text::Free);
        } else if (members.is("why")) {
            regret.why = m_in.text(Text::Free);
        } else if (members.is("instead")) {
            regret.instead = m_in.text(Text::Free);
        } else if (members.is("impact")) {
            regret.impact = m_in.text(Text::Free);
        }
    }
    if (!hasLevel)
        m_in.missing("level"_L1);
    // The level says whether this regret speaks to specialist depth, and then in which domain.
    if (!hasDomain && core::Regret::needsDomain(regret.level) && !m_in.failed())
        m_in.fail(JsonScanner::child(m_in.path(), u"domain"),
                  tr("a %1 regret needs a domain").arg(QString::fromStdString(level)));
    if (!hasDepth)
        m_in.missing("depth"_L1);
    return regret;
}

core::Note InterviewReader::readNote(std::size_t item)
{
    core::Note note;
    note.stage = "system";
    bool hasTime = false;
    bool hasText = false;
    JsonReader::Members members(m_in);
    while (members.next()) {
        if (members.is("atMs")) {
            hasTime = true;
            note.atMs = m_in.integer(0);
        } else if (members.is("stage")) {
            note.stage = m_in.text(Text::Line);
            if (!m_in.failed() && !core::Stage::isValid(note.stage))
                m_in.fail(tr("unknown stage \"%1\"").arg(QString::fromStdString(note.stage)));
        } else if (members.is("text")) {
            hasText = true;
            note.text = m_in.text(Text::Free);
        } else if (members.is("quote")) {
            note.quote = m_in.boolean(false);
        } else if (members.is("regret") && !m_in.null()) {
            Link link{item, 0, std::nullopt};
            readLink(link.position, link.id);
            m_noteLinks.push_back(link);
        } else if (members.is("id")) {
            if (std::string id = m_in.text(Text::Line); core::uuid::isValid(id))
                note.uuid = std::move(id);
        }
    }
    if (!hasTime)
        m_in.missing("atMs"_L1);
    if (!hasText)
        m_in.missing("text"_L1);
    return note;
}

InterviewReader::Tick InterviewReader::readProbeTick()
{
    Tick tick;
    if (m_in.peek() == JsonReader::Kind::String) {
        // Files written before ticks belonged to a regret list probe ids only.
        tick.tick.probe = m_in.text(Text::Line);
        tick.bare = true;
    } else if (m_in.peek() != JsonReader::Kind::Object) {
        m_in.wrongType(tr("a probe id or an object"));
    } else {
        bool hasProbe = false;
        JsonReader::Members members(m_in);
        while (members.next()) {
            if (members.is("probe")) {
                hasProbe = true;
                tick.tick.probe = m_in.text(Text::Line);
            } else if (members.is("regret") && !m_in.null()) {
                tick.linked = true;
                readLink(tick.position, tick.id);
            } else if (members.is("tickedAt")) {
                tick.tick.tickedAt = m_in.time().value_or(core::TimePoint{});
            }
        }
        if (!hasProbe)
            m_in.missing("probe"_L1);
    }
    if (!m_in.failed() && tick.tick.probe.empty())
        m_in.fail(tr("a probe id must not be empty"));
    return tick;
}

void InterviewReader::readLink(std::int64_t &position, std::optional<std::string> &id)
{
    if (m_in.peek() == JsonReader::Kind::String)
        id = m_in.text(Text::Line);
    else
        position = m_in.integer(0);
}

bool InterviewReader::resolveId(std::int64_t &position, const std::optional<std::string> &id,
                                const QString &where)
{
    if (!id)
        return true;
    const auto found = m_regretIds.find(*id);
    if (found == m_regretIds.end()) {
        m_in.fail(where,
                  tr("no regret of this interview has id \"%1\"").arg(QString::fromStdString(*id)));
        return false;
    }
    position = found->second;
    return true;
}

void InterviewReader::checkLink(std::int64_t position, const QString &where, const QString &noRegret)
{
    const auto count = std::int64_t(m_interview.regrets.size());
    if (count == 0)
        m_in.fail(where, noRegret);
    else if (position >= count)
        m_in.fail(where,
                  tr("expected an integer from 0 to %1, found %2").arg(count - 1).arg(position));
}

void InterviewReader::resolveLinks(std::vector<Tick> &ticks)
{
    if (m_in.failed() || (m_noteLinks.empty() && ticks.empty()))
        return;
    // After the walk the reader's path is the interview's own.
    const QString path = m_in.path();
    const QString notes = JsonScanner::child(path, u"notes");
    for (Link &link : m_noteLinks) {
        const QString where = JsonScanner::child(JsonScanner::element(notes, qsizetype(link.item)),
                                                 u"regret");
        if (!resolveId(link.position, link.id, where))
            return;
        checkLink(link.position, where, tr("the interview has no regret to link this note to"));
        // Notes were sorted by time only after this: their file order still holds here.
        m_interview.notes[link.item].regretId = core::Id(link.position + 1);
    }
    const QString probes = JsonScanner::child(path, u"probes");
    // A probe is asked once per regret, as the store keeps it: a repeat counts once.
    std::set<std::pair<std::string, core::Id>> seen;
    for (std::size_t i = 0; i < ticks.size(); ++i) {
        Tick &tick = ticks[i];
        if (tick.bare && !m_interview.regrets.empty()) {
            // As the schema migration does with ticks of that time: the first regret.
            tick.tick.regretId = m_interview.regrets.front().id;
        } else if (tick.linked) {
            const QString where = JsonScanner::child(JsonScanner::element(probes, qsizetype(i)),
                                                     u"regret");
            if (!resolveId(tick.position, tick.id, where))
                return;
            checkLink(tick.position, where,
                      tr("the interview has no regret this probe was asked for"));
            tick.tick.regretId = core::Id(tick.position + 1);
        }
        if (seen.emplace(tick.tick.probe, tick.tick.regretId).second)
            m_interview.probeTicks.push_back(std::move(tick.tick));
    }
}

} // namespace hindsight::interchange
