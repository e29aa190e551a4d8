#include "ui/interview/regrets/lastnoteanswer.h"

#include "ui/common/statusmessage.h"
#include "ui/common/terms.h"
#include "ui/interview/interviewsession.h"
#include "ui/interview/notes/notelogmodel.h"
#include "ui/interview/regrets/regrettext.h"

#include "core/stage.h"

#include <QAction>
#include <QShortcut>
#include <QWidget>

namespace hindsight::ui {

LastNoteAnswer::LastNoteAnswer(QAction *action, InterviewSession *session, QWidget *window,
                               QStatusBar *statusBar)
    : QObject(window)
    , m_action(action)
    , m_session(session)
    , m_statusBar(statusBar)
    , m_explain(new QShortcut(window))
    , m_statusTip(action->statusTip())
{
    // Only one of the two holds the keys at a time: the action while it works, this otherwise.
    m_explain->setObjectName(QStringLiteral("explainUseNoteAsAnswer"));
    m_explain->setKeys(action->shortcuts());
    connect(m_explain, &QShortcut::activated, this,
            [this] { StatusMessage::show(m_statusBar, reason()); });
    connect(action, &QAction::triggered, this, &LastNoteAnswer::apply);

    NoteLogModel *notes = session->notes();
    connect(session, &InterviewSession::stageChanged, this, &LastNoteAnswer::refresh);
    connect(session, &InterviewSession::submitted, this, &LastNoteAnswer::refresh);
    connect(notes, &QAbstractItemModel::rowsInserted, this, &LastNoteAnswer::refresh);
    connect(notes, &QAbstractItemModel::rowsRemoved, this, &LastNoteAnswer::refresh);
    connect(notes, &QAbstractItemModel::modelReset, this, &LastNoteAnswer::refresh);
    refresh();
}

QString LastNoteAnswer::reason() const
{
    if (m_session->isReadOnly())
        return tr("This interview is submitted: its answers can no longer change.");
    if (!RegretText::forStage(m_session->stage())) {
        return tr("The %1 stage has no answer field; the last note goes into one at System, "
                  "Decision, Discovery, Instead and Depth probe.")
            .arg(Terms::stage(core::Stage::ids[std::size_t(m_session->stage())]));
    }
    if (m_session->notes()->rowCount() == 0 || m_session->regretCount() == 0)
        return tr("There is no note yet: type one and press Enter first.");
    return {};
}

void LastNoteAnswer::refresh()
{
    const QString why = reason();
    m_action->setEnabled(why.isEmpty());
    m_action->setStatusTip(why.isEmpty() ? m_statusTip : why);
    m_explain->setEnabled(!why.isEmpty());
}

void LastNoteAnswer::apply()
{
    const auto field = RegretText::forStage(m_session->stage());
    NoteLogModel *notes = m_session->notes();
    if (!field || notes->rowCount() == 0)
        return;
    const int position = m_session->currentRegret();
    const auto note = notes->note(notes->keyAt(notes->rowCount() - 1));
    if (!note)
        return;
    const QString label = RegretText::label(*field);
    if (m_session->appendText(position, *field, Terms::text(note->text))) {
        StatusMessage::show(
            m_statusBar,
            tr("The last note is now in %1 of regret %2.").arg(label).arg(position + 1));
    } else {
        StatusMessage::show(
            m_statusBar,
            tr("%1 of regret %2 already ends with the last note.").arg(label).arg(position + 1));
    }
}

} // namespace hindsight::ui
