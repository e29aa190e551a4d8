#include "ui/interview/interviewwindow.h"

#include "ui/common/plaintext.h"
#include "ui/common/statusmessage.h"
#include "ui/common/storewatcher.h"
#include "ui/common/taxonomytext.h"
#include "ui/common/terms.h"
#include "ui/common/windowgeometry.h"
#include "ui/interview/amend/interviewversions.h"
#include "ui/interview/drafts/draftwriter.h"
#include "ui/interview/drafts/savestatebanner.h"
#include "ui/interview/drafts/unsavednotesguard.h"
#include "ui/interview/interviewactions.h"
#include "ui/interview/interviewbanner.h"
#include "ui/interview/interviewheader.h"
#include "ui/interview/interviewsession.h"
#include "ui/interview/levelguidedialog.h"
#include "ui/interview/notes/noteeditor.h"
#include "ui/interview/notes/notelogmodel.h"
#include "ui/interview/notes/notelogview.h"
#include "ui/interview/promptpanel.h"
#include "ui/interview/regrets/regretactions.h"
#include "ui/interview/regrets/regretcard.h"
#include "ui/interview/regrets/regretcardlist.h"
#include "ui/interview/review/submitreviewdialog.h"
#include "ui/interview/shortcutyield.h"
#include "ui/interview/stagestepper.h"
#include "ui/interview/submitproblems.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QMenuBar>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace hindsight::ui {

InterviewWindow::InterviewWindow(const Context &context, const StoreLocation &location,
                                 QWidget *parent)
    : QMainWindow(parent)
    , m_actions(nullptr)
    , m_writer(context.interview.submitted ? nullptr
                                           : new DraftWriter(location, context.interview.id, this))
    , m_session(new InterviewSession(context.interview, context.taxonomy, m_writer, this))
    , m_header(new InterviewHeader(this))
    , m_store(context.store)
    , m_watcher(context.store ? StoreWatcher::acquire(*context.store) : nullptr)
    , m_candidate(context.candidate)
    , m_interviewer(Terms::text(context.interview.interviewer))
    , m_versions(nullptr)
    , m_banner(new InterviewBanner(this))
    , m_stepper(new StageStepper(this))
    , m_prompt(nullptr)
    , m_log(nullptr)
    , m_editor(nullptr)
    , m_cards(nullptr)
{
    setObjectName(QStringLiteral("interviewWindow"));
    const QString name = Terms::text(context.candidate.name);
    setWindowTitle(tr("Interview with %1 — Hindsight").arg(PlainText::isolate(name)));

    QStringList layerLabels;
    const TaxonomyText labels(context.taxonomy);
    for (const core::Taxonomy::Entry &e : context.taxonomy.layers())
        layerLabels << labels.layer(e.id);
    m_actions = new InterviewActions(layerLabels, this);

    m_header->setPeople(name, context.roleTitle, m_interviewer);
    if (m_watcher)
        connect(m_watcher.get(), &StoreWatcher::changed, this, &InterviewWindow::followPeople);
    // The time since the first version started means nothing in an amendment or an earlier
    // version: InterviewVersions puts the version there instead.
    if (!context.interview.isAmendment() && !context.interview.isSuperseded())
        m_header->setStartedAt(context.interview.startedAt);

    m_guard = new UnsavedNotesGuard(
        m_writer, [s = m_session] { return s->snapshot(); }, name, context.roleTitle, this);
    setCentralWidget(buildCentre());
    createMenus();
    connectActions();
    connectNotes();
    new RegretActions(m_actions, m_session, m_cards, m_editor, statusBar(), this);

    m_stepper->setStage(m_session->stage());
    connect(m_stepper, &StageStepper::stageRequested, m_session, &InterviewSession::setStage);
    connect(m_session, &InterviewSession::stageChanged, m_stepper, &StageStepper::setStage);
    m_versions = new InterviewVersions({context.store, location, context.versions, m_session,
                                        m_header, m_banner,
                                        m_actions->action(InterviewActions::Id::Amend)},
                                       this);
    connect(m_versions, &InterviewVersions::versionsChanged, this, [this] {
        showReadOnly(core::InterviewSeal::modifiedAfterSubmission(m_versions->shown()));
    });
    m_stepper->setTimeSource([s = m_session](int stage) { return s->stageMs(stage); });
    if (m_writer) {
        const auto showSaveState = [this](DraftWriter::State state) {
            m_header->setSaveState(state, m_writer->isOffline());
        };
        showSaveState(m_writer->state());
        connect(m_writer, &DraftWriter::stateChanged, m_header, showSaveState);
        connect(m_writer, &DraftWriter::submitFinished, this, &InterviewWindow::onSubmitFinished);
    }
    if (m_session->isReadOnly())
        showReadOnly(core::InterviewSeal::modifiedAfterSubmission(context.interview));
    else
        m_versions->present(false);

    WindowGeometry::manage(this, QSize(1366, 800));
    // The interviewer starts typing at once.
    m_editor->setFocus(Qt::OtherFocusReason);
    setFocusProxy(m_editor);
}

InterviewWindow::~InterviewWindow()
{
    // The views refer to the session: let them go before it does (children die in creation order).
    delete takeCentralWidget();
}

void InterviewWindow::followPeople(const std::vector<core::Change> &changes)
{
    using Kind = core::Change::Kind;
    const bool concerns = std::any_of(changes.begin(), changes.end(), [this](const core::Change &c) {
        return c.kind == Kind::Dataset || (c.kind == Kind::Candidate && c.id == m_candidate.id)
               || (c.kind == Kind::Role && c.id == m_candidate.roleId);
    });
    if (!concerns)
        return;
    auto candidate = m_store->candidate(m_candidate.id);
    if (!candidate)
        return; // the header keeps the names it has; the draft is not affected
    m_candidate = std::move(*candidate);
    auto role = m_store->role(m_candidate.roleId);
    const QString name = Terms::text(m_candidate.name);
    setWindowTitle(tr("Interview with %1 — Hindsight").arg(PlainText::isolate(name)));
    m_header->setPeople(name, role ? Terms::text(role->title) : QString(), m_interviewer);
}

QWidget *InterviewWindow::buildCentre()
{
    m_prompt = new PromptPanel(m_session, this);
    m_log = new NoteLogView(m_session->notes(), this);
    m_editor = new NoteEditor(this);
    m_editor->restore(m_session->pendingLine());
    m_cards = new RegretCardList(m_session, this);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(8);
    leftLayout->addWidget(m_prompt);
    leftLayout->addWidget(m_log, 1);
    leftLayout->addWidget(m_editor);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("interviewSplitter"));
    split->addWidget(left);
    split->addWidget(m_cards);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_cards->setMinimumWidth(380);
    left->setMinimumWidth(480);
    split->setSizes({820, 480});

    auto *centre = new QWidget(this);
    auto *layout = new QVBoxLayout(centre);
    layout->setContentsMargins(14, 10, 14, 6);
    layout->setSpacing(8);
    layout->addWidget(m_header);
    layout->addWidget(m_stepper);
    layout->addWidget(m_banner);
    if (m_writer)
        layout->addWidget(new SaveStateBanner(m_writer, this));
    layout->addWidget(split, 1);

    // Notes first, then the log, the probes and the regret cards.
    setTabOrder(m_editor, m_log);
    QWidget *previous = m_log;
    for (QWidget *box : m_prompt->probeBoxes()) {
        setTabOrder(previous, box);
        previous = box;
    }
    return centre;
}

void InterviewWindow::createMenus()
{
    using Id = InterviewActions::Id;
    QMenu *interview = menuBar()->addMenu(tr("&Interview"));
    interview->setToolTipsVisible(true); // a disabled Amend says why
    interview->addAction(m_actions->action(Id::Submit));
    interview->addAction(m_actions->action(Id::Amend));
    interview->addSeparator();
    interview->addAction(m_actions->action(Id::SaveNotesAs));
    interview->addSeparator();
    interview->addAction(m_actions->action(Id::CloseWindow));
    interview->addAction(m_actions->action(Id::Quit));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    for (Id id : {Id::Undo, Id::Redo})
        edit->addAction(m_actions->action(id));
    edit->addSeparator();
    for (Id id : {Id::EditNote, Id::DeleteNote, Id::ToggleQuote})
        edit->addAction(m_actions->action(id));

    QMenu *go = menuBar()->addMenu(tr("&Stage"));
    for (Id id :
         {Id::NextStage, Id::PreviousStage, Id::AnotherRegret, Id::NextRegret, Id::PreviousRegret})
        go->addAction(m_actions->action(id));
    go->addSeparator();
    go->addAction(m_actions->action(Id::UseNoteAsAnswer));
    go->addSeparator();
    for (int i = 0; i < InterviewActions::ProbeActionCount; ++i)
        go->addAction(m_actions->probeAction(i));

    // Where the keyboard goes in the current regret's card.
    QMenu *regret = menuBar()->addMenu(tr("&Regret"));
    for (RegretText::Field field : RegretText::fields)
        regret->addAction(m_actions->focusAction(field));
    regret->addSeparator();
    for (Id id : {Id::FocusLevel, Id::FocusDomain, Id::FocusDepth})
        regret->addAction(m_actions->action(id));

    QMenu *tag = menuBar()->addMenu(tr("&Tag"));
    for (Id id :
         {Id::LevelProduct, Id::LevelDomain, Id::LevelMixed, Id::LevelUnclear, Id::ChooseDomain})
        tag->addAction(m_actions->action(id));
    tag->addSeparator();
    for (Id id : {Id::Depth0, Id::Depth1, Id::Depth2, Id::Depth3, Id::Depth4})
        tag->addAction(m_actions->action(id));
    QMenu *layers = tag->addMenu(tr("&Layers"));
    for (int i = 0; m_actions->layerAction(i); ++i)
        layers->addAction(m_actions->layerAction(i));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions->action(Id::LevelGuide));

    // Window-wide shortcuts, except Delete, which removes a note only while the log has focus.
    for (QAction *a : m_actions->all()) {
        if (a != m_actions->action(Id::DeleteNote))
            addAction(a);
    }
    QAction *del = m_actions->action(Id::DeleteNote);
    del->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_log->addAction(del);

    auto *yield = new ShortcutYield(this);
    yield->setKeys(m_actions->shortcuts());
    yield->watch(m_editor);
    for (QWidget *w : m_cards->findChildren<QWidget *>())
        yield->watch(w);
    connect(m_session, &InterviewSession::regretAdded, this, [this, yield](int position) {
        for (QWidget *w : m_cards->card(position)->findChildren<QWidget *>())
            yield->watch(w);
    });
    StatusMessage::keep(statusBar(),
                        tr("Enter adds a note · Ctrl+Right next stage · Ctrl+1/2/3 level · "
                           "Alt+0…4 depth · Alt+D decision · Ctrl+L last note as answer · Esc "
                           "back to notes · F1 levels explained · Ctrl+Return submits"));
}

void InterviewWindow::connectActions()
{
    using Id = InterviewActions::Id;
    InterviewSession *s = m_session;
    auto on = [this](Id id, auto &&slot) {
        connect(m_actions->action(id), &QAction::triggered, this,
                std::forward<decltype(slot)>(slot));
    };
    on(Id::Submit, [this] { submit(); });
    on(Id::SaveNotesAs, [this] { m_guard->saveNotesAs(); });
    on(Id::CloseWindow, [this] { close(); });
    // Quit as the main window's Quit does, and more thoroughly: every window closes, each
    // interview flushing and waiting for its writer; the last window closed ends the run.
    on(Id::Quit, [] { QApplication::closeAllWindows(); });
    on(Id::Undo, [s] { s->undoStack()->undo(); });
    on(Id::Redo, [s] { s->undoStack()->redo(); });
    QAction *undo = m_actions->action(Id::Undo);
    QAction *redo = m_actions->action(Id::Redo);
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(s->undoStack(), &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(s->undoStack(), &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);

    on(Id::EditNote, [this] { m_log->editNote(m_log->targetKey()); });
    on(Id::DeleteNote, [this, s] { s->deleteNote(m_log->selectedKey()); });
    on(Id::ToggleQuote, [this, s] { s->toggleQuote(m_log->targetKey()); });
    s->notes()->setQuoteShortcut(m_actions->action(Id::ToggleQuote)->shortcut());

    on(Id::NextStage, [s] { s->setStage(s->stage() + 1); });
    on(Id::PreviousStage, [s] { s->setStage(s->stage() - 1); });
    on(Id::AnotherRegret, [this, s] {
        s->startAnotherRegret();
        m_editor->setFocus(Qt::ShortcutFocusReason);
        StatusMessage::keep(statusBar(),
                            tr("Regret %1 started at the decision stage.").arg(s->regretCount()));
    });
    on(Id::LevelGuide, [this] {
        auto *dialog = new LevelGuideDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // open(), not exec(): no nested event loop, so tests and the clock keep running.
        dialog->open();
    });

    for (int i = 0; m_actions->probeAction(i); ++i) {
        connect(m_actions->probeAction(i), &QAction::triggered, this,
                [this, i] { m_prompt->toggleProbe(i); });
    }
}

void InterviewWindow::connectNotes()
{
    connect(m_editor, &NoteEditor::lineCommitted, m_session, &InterviewSession::commitNote);
    connect(m_editor, &NoteEditor::pendingChanged, m_session, &InterviewSession::setPendingLine);
    // Leaving the editor is a natural pause: put the pending line on disk now.
    connect(m_editor, &NoteEditor::focusLost, m_session, &InterviewSession::flush);
    connect(m_session, &InterviewSession::regretAdded, m_session->notes(),
            &NoteLogModel::regretsChanged);
}

void InterviewWindow::closeEvent(QCloseEvent *event)
{
    if (m_writer && !m_session->isReadOnly()) {
        m_session->saveStageTimes();
        m_session->flush();
        if (!m_guard->mayClose()) {
            event->ignore();
            return;
        }
    }
    event->accept();
    emit closed();
}

void InterviewWindow::submit()
{
    if (m_session->isReadOnly())
        return;
    const std::optional<core::Interview> previous = m_versions->previous();
    auto *review = new SubmitReviewDialog(m_session->snapshot(), m_session->problems(),
                                          TaxonomyText(m_session->taxonomy()),
                                          Terms::text(m_candidate.name),
                                          previous ? &*previous : nullptr, this);
    review->setAttribute(Qt::WA_DeleteOnClose);
    connect(review, &QDialog::finished, this, [this, review] {
        // Without a window manager (Xvfb, offscreen) nothing gives the window back its activation,
        // and the focus the review leads to would go nowhere.
        activateWindow();
        switch (review->choice()) {
        case SubmitReviewDialog::Choice::Submit: seal(); break;
        case SubmitReviewDialog::Choice::GoToProblem: goToProblems(); break;
        case SubmitReviewDialog::Choice::Back: break;
        }
    });
    // open(), not exec(): no nested event loop, so the writer and the clock keep running.
    review->open();
}

void InterviewWindow::goToProblems()
{
    const auto problems = m_session->problems();
    if (problems.empty())
        return;
    m_banner->showMessage(SubmitProblems::summary(problems), true);
    StatusMessage::keep(statusBar(), SubmitProblems::describe(problems.front()));
    focusProblem(problems.front());
}

void InterviewWindow::seal()
{
    // Nothing can change while the review is open; this only guards against a caller that skips it.
    if (m_session->isReadOnly() || !m_session->problems().empty()) {
        goToProblems();
        return;
    }
    // The line still in the editor is part of the record: commit it as the last note.
    const QString pending = m_editor->toPlainText().trimmed();
    if (!pending.isEmpty()) {
        m_session->commitNote(pending);
        m_editor->restore(QString());
    }
    m_banner->showMessage(tr("Submitting…"), false);
    m_session->saveStageTimes();
    m_writer->submit();
}

void InterviewWindow::onSubmitFinished(bool ok, const QString &message)
{
    if (!ok) {
        m_banner->showMessage(tr("<b>Not submitted.</b> %1").arg(message.toHtmlEscaped()), true);
        return;
    }
    m_session->markSubmitted();
    // The store stamped what the session does not know (when an amendment was sealed).
    m_versions->reload();
    showReadOnly(false);
    if (m_watcher)
        m_watcher->pollNow(); // the writer's connection wrote it: views need not wait for a poll
    emit interviewSubmitted(m_session->candidateId());
}

void InterviewWindow::showReadOnly(bool tampered)
{
    m_header->stopClock();
    m_header->setSaveText(tampered ? tr("Modified after submission") : tr("Submitted"));
    m_editor->setReadOnly(true);
    m_editor->setPlaceholderText(tr("This interview is submitted and can no longer change."));
    m_stepper->setEnabled(false);
    StatusMessage::keep(statusBar(), tr("Read-only: submitted interviews cannot change."));
    for (QAction *a : m_actions->all())
        a->setEnabled(m_actions->worksReadOnly(a));
    m_versions->present(tampered);
}

void InterviewWindow::focusProblem(const core::InterviewSeal::Problem &problem)
{
    using Kind = core::InterviewSeal::Problem::Kind;
    if (problem.regretPosition < 0) {
        m_editor->setFocus(Qt::OtherFocusReason); // no regret yet: it starts with a note
        return;
    }
    m_session->setCurrentRegret(problem.regretPosition);
    RegretCard *card = m_cards->card(problem.regretPosition);
    if (!card)
        return;
    if (problem.kind == Kind::NoLevel)
        card->focusLevel();
    else if (problem.kind == Kind::NoDepth)
        card->focusDepth();
    else
        card->focusDomain();
}

} // namespace hindsight::ui
