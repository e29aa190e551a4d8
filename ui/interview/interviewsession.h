#pragma once

#include "ui/interview/drafts/draftwriter.h"
#include "ui/interview/regrets/regrettext.h"

#include "core/interview.h"
#include "core/interviewseal.h"
#include "core/taxonomy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <optional>
#include <vector>

class QUndoStack;

namespace hindsight::ui {

class NoteLogModel;

// The draft interview in memory while the live screen is open. The screen reads the store once;
// afterwards this owns the state and every change goes through its methods, which hand the
// changed row to the DraftWriter. What the interviewer recorded (notes and tags) changes through
// one QUndoCommand per user action; where they are (stage, current regret, pending line, probe
// ticks) is not undoable. Without a writer (a submitted interview) the session is read-only and
// every mutation is ignored.
class InterviewSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterviewSession)

public:
    using Key = DraftWriter::Key;
    using Level = core::Regret::Level;

    using Field = RegretText::Field;

    // Merge ids of undo commands: consecutive keystrokes in one text field of one regret become
    // one step; each field has its own id (TextMerge + the field), so typing elsewhere starts a new
    // step.
    enum MergeId { TextMerge = 1 };

    InterviewSession(const core::Interview &interview, core::Taxonomy taxonomy, DraftWriter *writer,
                     QObject *parent = nullptr);
    ~InterviewSession() override;

    core::Id interviewId() const { return m_interview.id; }
    core::Id candidateId() const { return m_interview.candidateId; }
    const core::Interview &header() const { return m_interview; }
    const core::Taxonomy &taxonomy() const { return m_taxonomy; }
    bool isReadOnly() const { return m_writer == nullptr || m_interview.submitted; }
    // Milliseconds since the interview's stored start; for an amendment, the time of the last note
    // (what is added then goes at the end of the timeline).
    qint64 elapsedMs() const;

    QUndoStack *undoStack() const { return m_undo; }
    NoteLogModel *notes() const { return m_notes; }

    int stage() const { return m_stage; } // index into core::Stage::ids
    QString stageId() const;
    void setStage(int stage);
    // Adds an unrated regret, makes it current and goes back to the decision stage.
    void startAnotherRegret();

    int regretCount() const { return int(m_regrets.size()); }
    const core::Regret &regret(int position) const
    {
        return m_regrets[std::size_t(position)].regret;
    }
    Key regretKey(int position) const { return m_regrets[std::size_t(position)].key; }
    int positionOf(Key key) const; // -1 when unknown
    int currentRegret() const { return m_current; }
    void setCurrentRegret(int position);

    // The text the interviewer typed into one field of the answer.
    void setText(int position, Field field, const QString &text);
    // Adds `text` to the field as one undo step, on a new line after what it holds (nothing when
    // its last line is that text already). False when nothing changed.
    bool appendText(int position, Field field, const QString &text);
    void setLevel(int position, Level level);
    void setDomain(int position, const std::string &domain);
    void setDepth(int position, int depth);
    void setLayer(int position, const std::string &layer, bool on);

    // Commits a note at the current stage for the current regret, stamped with elapsedMs().
    void commitNote(const QString &text);
    void editNote(Key key, const QString &text);
    void deleteNote(Key key);
    void toggleQuote(Key key);

    QString pendingLine() const { return m_pendingLine; }
    void setPendingLine(const QString &text);
    // Probe ticks belong to the current regret: regret 2 starts with none ticked.
    bool isProbeTicked(const QString &probe) const;
    void setProbeTicked(const QString &probe, bool ticked);
    // Milliseconds spent in a stage so far (the running stage included).
    qint64 stageMs(int stage) const;

    static constexpr int StageTimesEveryMs = 15000;
    // Hands everything pending (the pending line included) to the writer now.
    void flush();
    // Hands the time spent in each stage, the running one included, to the writer now.
    void saveStageTimes();
    // What is missing before submission, on the state in memory.
    std::vector<core::InterviewSeal::Problem> problems() const;
    // The interview as it stands in memory (note regret ids are keys).
    core::Interview snapshot() const;
    // After the writer reported a successful submission: read-only from now on.
    void markSubmitted();

    // For undo commands only: put the row into the state (nullopt removes a note) and write it.
    void applyNote(Key key, const std::optional<core::Note> &note);
    void applyRegret(Key key, const core::Regret &regret);

signals:
    void stageChanged(int stage);
    void currentRegretChanged(int position);
    void regretChanged(int position);
    void regretAdded(int position);
    void probeTickChanged(const QString &probe, bool ticked);
    void submitted();

private:
    struct RegretRow
    {
        Key key = 0;
        core::Regret regret;
    };

    void changeRegret(int position, const core::Regret &after, const QString &text,
                      int mergeId = -1);
    void writeSession();
    void addRegret();
    Key currentRegretKey() const;
    // Adds the running stage's time to its total; with `write`, hands the totals to the writer.
    void bankStageTime(bool write);

    core::Interview m_interview; // the header fields; regrets and notes live below
    core::Taxonomy m_taxonomy;
    DraftWriter *m_writer;
    QUndoStack *m_undo;
    NoteLogModel *m_notes;
    std::vector<RegretRow> m_regrets;
    int m_stage = 0;
    int m_current = 0;
    QString m_pendingLine;
    QElapsedTimer m_stageClock; // since the current stage was entered or last banked
    QElapsedTimer m_sinceStageTimesWritten;
};

} // namespace hindsight::ui
