#include "ui/interview/interviewsession.h"

#include "ui/common/terms.h"
#include "ui/interview/notes/notecommand.h"
#include "ui/interview/notes/notelogmodel.h"
#include "ui/interview/regrets/regretcommand.h"
#include "ui/interview/stageguide.h"

#include "core/stage.h"

#include <QDateTime>
#include <QUndoStack>

#include <algorithm>
#include <chrono>

namespace hindsight::ui {

namespace {

int stageIndex(const std::string &id)
{
    for (std::size_t i = 0; i < core::Stage::ids.size(); ++i) {
        if (core::Stage::ids[i] == id)
            return int(i);
    }
    return 0;
}

} // namespace

InterviewSession::InterviewSession(const core::Interview &interview, core::Taxonomy taxonomy,
                                   DraftWriter *writer, QObject *parent)
    : QObject(parent)
    , m_interview(interview)
    , m_taxonomy(std::move(taxonomy))
    , m_writer(writer)
    , m_undo(new QUndoStack(this))
    , m_notes(new NoteLogModel(this))
    , m_stage(stageIndex(interview.stage))
    , m_pendingLine(Terms::text(interview.pendingNote))
{
    m_interview.regrets.clear();
    m_interview.notes.clear();
    // Rows loaded from the store are named by their row ids (DraftWriter's contract).
    for (const core::Regret &r : interview.regrets)
        m_regrets.push_back({Key(r.id), r});
    for (const core::Note &n : interview.notes)
        m_notes->put(Key(n.id), n);
    m_notes->setEditable(!isReadOnly());
    m_notes->setRegretLabel([this](Key key) {
        const int position = positionOf(key);
        return position < 0 ? QString() : tr("Regret %1").arg(position + 1);
    });
    connect(m_notes, &NoteLogModel::textEditRequested, this, &InterviewSession::editNote);

    // A fresh draft starts with its first, still unrated, regret.
    if (m_regrets.empty() && !isReadOnly())
        addRegret();
    m_current = qBound(0, interview.currentRegret, qMax(0, regretCount() - 1));
    // The stage times measure the interview with the candidate; an amendment is written later,
    // at the desk, and adds nothing to them.
    if (!isReadOnly() && !m_interview.isAmendment()) {
        m_stageClock.start();
        m_sinceStageTimesWritten.start();
    }
}

InterviewSession::~InterviewSession() = default;

qint64 InterviewSession::elapsedMs() const
{
    // A note added while amending was not said at the time it is typed (perhaps days later): it
    // goes at the end of the interview's timeline, after the last note.
    if (m_interview.isAmendment()) {
        qint64 last = 0;
        for (const core::Note &n : m_notes->allNotes())
            last = qMax<qint64>(last, n.atMs);
        return last;
    }
    return QDateTime::currentMSecsSinceEpoch() - m_interview.startedAt.time_since_epoch().count();
}

QString InterviewSession::stageId() const
{
    return Terms::text(core::Stage::ids[std::size_t(m_stage)]);
}

void InterviewSession::setStage(int stage)
{
    stage = qBound(0, stage, StageGuide::StageCount - 1);
    if (stage == m_stage || isReadOnly())
        return;
    bankStageTime(true);
    m_stage = stage;
    writeSession();
    flush();
    emit stageChanged(m_stage);
}

void InterviewSession::startAnotherRegret()
{
    if (isReadOnly())
        return;
    addRegret();
    bankStageTime(true);
    m_current = regretCount() - 1;
    m_stage = StageGuide::DecisionStage;
    writeSession();
    flush();
    emit currentRegretChanged(m_current);
    emit stageChanged(m_stage);
}

void InterviewSession::addRegret()
{
    RegretRow row;
    row.key = m_writer->newKey();
    row.regret.interviewId = m_interview.id;
    row.regret.position = regretCount();
    row.regret.levelChosen = false;
    row.regret.depthChosen = false;
    m_regrets.push_back(row);
    m_writer->saveRegret(row.key, row.regret);
    emit regretAdded(row.regret.position);
}

int InterviewSession::positionOf(Key key) const
{
    for (std::size_t i = 0; i < m_regrets.size(); ++i) {
        if (m_regrets[i].key == key)
            return int(i);
    }
    return -1;
}

void InterviewSession::setCurrentRegret(int position)
{
    if (position < 0 || position >= regretCount() || position == m_current)
        return;
    m_current = position;
    if (!isReadOnly())
        writeSession();
    emit currentRegretChanged(m_current);
}

void InterviewSession::setText(int position, Field field, const QString &text)
{
    if (position < 0 || position >= regretCount())
        return;
    core::Regret r = regret(position);
    RegretText::of(r, field) = text.toStdString();
    changeRegret(position, r, RegretText::editText(field), TextMerge + int(field));
}

bool InterviewSession::appendText(int position, Field field, const QString &text)
{
    const QString added = text.trimmed();
    if (isReadOnly() || position < 0 || position >= regretCount() || added.isEmpty())
        return false;
    core::Regret r = regret(position);
    std::string &held = RegretText::of(r, field);
    const QString before = Terms::text(held);
    if (before.trimmed().split(QLatin1Char('\n')).constLast().trimmed() == added)
        return false; // pressed twice: the note is there already
    held = (before.trimmed().isEmpty() ? added : before + QStringLiteral("\n") + added).toStdString();
    // Never merged with typing: one step to undo.
    changeRegret(position, r, tr("Use Last Note as Answer"));
    return true;
}

void InterviewSession::setLevel(int position, Level level)
{
    core::Regret r = regret(position);
    r.level = level;
    r.levelChosen = true;
    changeRegret(position, r, tr("Tag as %1").arg(Terms::level(level)));
}

void InterviewSession::setDomain(int position, const std::string &domain)
{
    core::Regret r = regret(position);
    r.domain = domain;
    changeRegret(position, r, tr("Set Domain"));
}

void InterviewSession::setDepth(int position, int depth)
{
    core::Regret r = regret(position);
    r.depth = qBound(0, depth, core::Regret::MaxDepth);
    r.depthChosen = true;
    changeRegret(position, r, tr("Rate Depth %1").arg(r.depth));
}

void InterviewSession::setLayer(int position, const std::string &layer, bool on)
{
    core::Regret r = regret(position);
    if (on)
        r.layers.insert(layer);
    else
        r.layers.erase(layer);
    changeRegret(position, r, on ? tr("Add Layer") : tr("Remove Layer"));
}

void InterviewSession::changeRegret(int position, const core::Regret &after, const QString &text,
                                    int mergeId)
{
    if (isReadOnly() || position < 0 || position >= regretCount() || after == regret(position))
        return;
    m_undo->push(new RegretCommand(this, regretKey(position), regret(position), after, text,
                                   mergeId));
}

void InterviewSession::commitNote(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (isReadOnly() || trimmed.isEmpty())
        return;
    core::Note n;
    n.interviewId = m_interview.id;
    n.atMs = qMax<qint64>(0, elapsedMs());
    n.stage = std::string(core::Stage::ids[std::size_t(m_stage)]);
    n.text = trimmed.toStdString();
    n.regretId = regretCount() > 0 ? core::Id(regretKey(m_current)) : 0;
    m_undo->push(new NoteCommand(this, m_writer->newKey(), std::nullopt, n, tr("Add Note")));
    setPendingLine(QString());
    flush();
}

void InterviewSession::editNote(Key key, const QString &text)
{
    const auto before = m_notes->note(key);
    if (isReadOnly() || !before || text.trimmed().isEmpty())
        return;
    core::Note after = *before;
    after.text = text.trimmed().toStdString();
    if (after != *before)
        m_undo->push(new NoteCommand(this, key, before, after, tr("Edit Note")));
}

void InterviewSession::deleteNote(Key key)
{
    const auto before = m_notes->note(key);
    if (isReadOnly() || !before)
        return;
    m_undo->push(new NoteCommand(this, key, before, std::nullopt, tr("Delete Note")));
}

void InterviewSession::toggleQuote(Key key)
{
    const auto before = m_notes->note(key);
    if (isReadOnly() || !before)
        return;
    core::Note after = *before;
    after.quote = !after.quote;
    m_undo->push(new NoteCommand(this, key, before, after,
                                 after.quote ? tr("Mark as Quote") : tr("Unmark Quote")));
}

void InterviewSession::setPendingLine(const QString &text)
{
    if (isReadOnly() || text == m_pendingLine)
        return;
    m_pendingLine = text;
    m_writer->setPendingLine(text);
}

InterviewSession::Key InterviewSession::currentRegretKey() const
{
    return m_regrets.empty() ? Key(0) : m_regrets[std::size_t(m_current)].key;
}

bool InterviewSession::isProbeTicked(const QString &probe) const
{
    const Key regret = currentRegretKey();
    const std::string id = probe.toStdString();
    return std::any_of(m_interview.probeTicks.begin(), m_interview.probeTicks.end(),
                       [&](const core::ProbeTick &t) {
        return Key(t.regretId) == regret && t.probe == id;
    });
}

void InterviewSession::setProbeTicked(const QString &probe, bool ticked)
{
    if (isReadOnly() || isProbeTicked(probe) == ticked)
        return;
    const Key regret = currentRegretKey();
    const std::string id = probe.toStdString();
    const auto at = core::TimePoint(std::chrono::milliseconds(QDateTime::currentMSecsSinceEpoch()));
    auto &ticks = m_interview.probeTicks;
    if (ticked)
        ticks.push_back({id, core::Id(regret), at});
    else
        std::erase_if(ticks, [&](const core::ProbeTick &t) {
            return Key(t.regretId) == regret && t.probe == id;
        });
    m_writer->setProbeTicked(regret, probe, ticked, at);
    emit probeTickChanged(probe, ticked);
}

qint64 InterviewSession::stageMs(int stage) const
{
    const auto it = m_interview.stageMs.find(std::string(core::Stage::ids[std::size_t(stage)]));
    qint64 ms = it == m_interview.stageMs.end() ? 0 : qint64(it->second);
    if (stage == m_stage && m_stageClock.isValid())
        ms += m_stageClock.elapsed();
    return ms;
}

void InterviewSession::bankStageTime(bool write)
{
    if (isReadOnly() || !m_stageClock.isValid())
        return;
    m_interview.stageMs[stageId().toStdString()] += m_stageClock.restart();
    if (write) {
        m_writer->setStageTimes(m_interview.stageMs);
        m_sinceStageTimesWritten.restart();
    }
}

void InterviewSession::flush()
{
    if (!m_writer || m_interview.submitted)
        return;
    // The time in the running stage is a figure, not the interviewer's words: written with the
    // flushes that happen anyway, at most every StageTimesEveryMs, and on every stage change.
    if (m_sinceStageTimesWritten.isValid() && m_sinceStageTimesWritten.elapsed() >= StageTimesEveryMs)
        bankStageTime(true);
    m_writer->flush();
}

void InterviewSession::saveStageTimes()
{
    bankStageTime(true);
}

std::vector<core::InterviewSeal::Problem> InterviewSession::problems() const
{
    return core::InterviewSeal::problems(snapshot(), [this](const std::string &d) {
        return m_taxonomy.hasDomain(d);
    });
}

core::Interview InterviewSession::snapshot() const
{
    core::Interview i = m_interview;
    i.stage = stageId().toStdString();
    i.currentRegret = m_current;
    i.pendingNote = m_pendingLine.toStdString();
    for (const RegretRow &r : m_regrets)
        i.regrets.push_back(r.regret);
    i.notes = m_notes->allNotes();
    return i;
}

void InterviewSession::markSubmitted()
{
    m_interview.submitted = true;
    m_pendingLine.clear();
    m_undo->clear();
    m_notes->setEditable(false);
    emit submitted();
}

void InterviewSession::applyNote(Key key, const std::optional<core::Note> &note)
{
    if (note) {
        m_notes->put(key, *note);
        m_writer->saveNote(key, *note);
    } else {
        m_notes->remove(key);
        m_writer->deleteNote(key);
    }
    flush();
}

void InterviewSession::applyRegret(Key key, const core::Regret &regret)
{
    const int position = positionOf(key);
    if (position < 0)
        return;
    m_regrets[std::size_t(position)].regret = regret;
    m_writer->saveRegret(key, regret);
    flush();
    emit regretChanged(position);
    // Undo of a change to another regret shows that regret.
    setCurrentRegret(position);
}

void InterviewSession::writeSession()
{
    m_writer->setSession(stageId(), m_current);
}

} // namespace hindsight::ui
