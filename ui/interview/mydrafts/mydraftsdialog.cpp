#include "ui/interview/mydrafts/mydraftsdialog.h"

#include "ui/common/columnchooser.h"
#include "ui/common/dialogs.h"
#include "ui/common/plaintext.h"
#include "ui/common/terms.h"
#include "ui/common/windowgeometry.h"
#include "ui/interchange/errortext.h"
#include "ui/interview/interviewlauncher.h"
#include "ui/interview/mydrafts/draftlistmodel.h"

#include "core/storage/store.h"

#include <QAction>
#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace hindsight::ui {

MyDraftsDialog::MyDraftsDialog(core::Store &store, const StoreLocation &location,
                               const core::Interviewer &interviewer, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_location(location)
    , m_model(new DraftListModel(store, interviewer, this))
    , m_intro(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_showOthers(new QCheckBox(tr("Show drafts under &other names"), this))
    , m_rowInfo(new QLabel(this))
    , m_reopen(new QPushButton(tr("&Reopen"), this))
    , m_discard(new QPushButton(tr("&Discard…"), this))
{
    setObjectName(QStringLiteral("myDraftsDialog"));
    setWindowTitle(tr("My Drafts"));

    m_intro->setObjectName(QStringLiteral("myDraftsIntro"));
    // They name interviewers and candidates as typed.
    PlainText::apply({m_intro, m_empty, m_rowInfo});
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Interviews you began as %1 and have not submitted, the most recently "
                        "changed first. Reopen one to go on where you left it, or discard one you "
                        "abandoned.")
                         .arg(m_model->interviewerText()));

    m_table->setObjectName(QStringLiteral("myDraftsTable"));
    m_table->setAccessibleName(tr("Your drafts"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table for the checkbox and the buttons; the arrows move between drafts.
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    // Every column as wide as what it holds, names never cut; the room left goes to the last.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    // On a laptop the dialog is narrower than its columns: the header's menu hides some.
    auto *columns = new ColumnChooser(m_table);
    columns->setAlwaysShown(DraftListModel::CandidateColumn);
    columns->restore();

    m_empty->setObjectName(QStringLiteral("myDraftsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setMargin(24);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_showOthers->setObjectName(QStringLiteral("showOtherNames"));
    m_showOthers->setToolTip(tr("This database file is this computer's: a draft left under a name "
                                "used before the interviewer name in the settings changed shows "
                                "here. It can be discarded, not reopened."));
    m_rowInfo->setObjectName(QStringLiteral("draftRowInfo"));
    m_rowInfo->setWordWrap(true);

    m_reopen->setObjectName(QStringLiteral("reopenDraft"));
    m_discard->setObjectName(QStringLiteral("discardDraft"));
    m_reopen->setDefault(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_reopen, QDialogButtonBox::ActionRole);
    buttons->addButton(m_discard, QDialogButtonBox::ActionRole);
    // The header's menu needs a mouse; the same choice from the keyboard, as View → Columns… is
    // in the main window and the board.
    auto *chooseColumns = new QPushButton(tr("Colu&mns…"), this);
    const QKeySequence columnsKey(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    chooseColumns->setToolTip(tr("Choose the columns of the table (%1)")
                                  .arg(columnsKey.toString(QKeySequence::NativeText)));
    auto *columnsShortcut = new QShortcut(columnsKey, this);
    connect(columnsShortcut, &QShortcut::activated, columns, &ColumnChooser::choose);
    connect(chooseColumns, &QPushButton::clicked, columns, &ColumnChooser::choose);
    buttons->addButton(chooseColumns, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reopen, &QPushButton::clicked, this, &MyDraftsDialog::reopenSelected);
    connect(m_discard, &QPushButton::clicked, this, &MyDraftsDialog::discardSelected);

    // Delete in the list discards, as the button does (Enter reopens through the default button).
    auto *discard = new QAction(tr("Discard Draft"), m_table);
    discard->setObjectName(QStringLiteral("actionDiscardDraft"));
    discard->setShortcuts(QKeySequence::keyBindings(QKeySequence::Delete));
    discard->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(discard, &QAction::triggered, this, &MyDraftsDialog::discardSelected);
    m_table->addAction(discard);
    connect(m_table, &QTableView::doubleClicked, this, &MyDraftsDialog::reopenSelected);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_showOthers);
    layout->addWidget(m_rowInfo);
    layout->addWidget(buttons);

    connect(m_showOthers, &QCheckBox::toggled, m_model, &DraftListModel::setShowOthers);
    connect(m_model, &DraftListModel::reloaded, this, &MyDraftsDialog::updateState);
    const auto readFailed = [this](const core::Error &e) {
        m_rowInfo->setText(
            tr("Could not read the drafts: %1").arg(interchange::ErrorText::describe(e)));
    };
    connect(m_model, &DraftListModel::reloadFailed, this, readFailed);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MyDraftsDialog::updateState);
    if (const core::Error e = m_model->reload())
        readFailed(e);
    WindowGeometry::manage(this, QSize(920, 440));
    if (m_model->rowCount() > 0)
        m_table->setFocus(Qt::OtherFocusReason);
    else
        m_showOthers->setFocus(Qt::OtherFocusReason);
}

MyDraftsDialog::~MyDraftsDialog() = default;

int MyDraftsDialog::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.front().row();
}

QString MyDraftsDialog::describe(const core::DraftSummary &draft) const
{
    const QString started = QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(draft.startedAt.time_since_epoch().count()),
        QLocale::ShortFormat);
    return tr("%1, started %2").arg(Terms::text(draft.candidateName), started);
}

void MyDraftsDialog::updateState()
{
    const int rows = m_model->rowCount();
    m_table->setColumnHidden(DraftListModel::InterviewerColumn, !m_model->showsOthers());
    if (rows == 0) {
        QString text = m_model->showsOthers()
                           ? tr("No drafts on this database: every interview begun here has been "
                                "submitted.")
                           : tr("No drafts under your name, %1. A draft is kept from the moment "
                                "you start an interview until you submit it.")
                                 .arg(m_model->interviewerText());
        if (m_model->hiddenCount() > 0) {
            text += QLatin1Char('\n')
                    + tr("%n draft(s) under other names: tick “Show drafts under other names” to "
                         "see them.",
                         nullptr, m_model->hiddenCount());
        }
        m_empty->setText(text);
        m_empty->setAccessibleName(text);
        if (m_table->hasFocus())
            m_showOthers->setFocus(Qt::OtherFocusReason);
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_table);
        if (selectedRow() < 0) {
            // Something is always selected, so Enter and Delete act on a row the user sees.
            const QModelIndex current = m_table->currentIndex();
            const int row = current.isValid() ? qMin(current.row(), rows - 1) : 0;
            m_table->selectRow(row);
            return; // selectionChanged comes back here
        }
    }

    const int row = selectedRow();
    const bool mine = row >= 0 && m_model->isMine(row);
    m_reopen->setEnabled(mine);
    m_discard->setEnabled(row >= 0);
    if (row < 0) {
        m_rowInfo->clear();
        return;
    }
    const core::DraftSummary &d = m_model->draft(row);
    if (!mine) {
        m_rowInfo->setText(tr("Recorded under the name %1, not yours (%2): only %1 reopens it, with "
                              "that name in the settings. You may discard it.")
                               .arg(Terms::interviewer(core::Interviewer::of(d)),
                                    m_model->interviewerText()));
    } else if (InterviewLauncher::openWindow(d.interviewId)) {
        m_rowInfo->setText(tr("Open in an interview window: Reopen brings it to the front."));
    } else if (d.version > 1) {
        m_rowInfo->setText(tr("An amendment in progress: discarding it keeps the submitted "
                              "version as it is."));
    } else {
        m_rowInfo->clear();
    }
}

void MyDraftsDialog::reopenSelected()
{
    const int row = selectedRow();
    if (row < 0 || !m_model->isMine(row))
        return;
    InterviewWindow *window = InterviewLauncher::open(m_store, m_location,
                                                      m_model->draft(row).interviewId,
                                                      parentWidget());
    if (!window)
        return; // the launcher said why
    emit interviewOpened(window);
    accept();
}

void MyDraftsDialog::discardSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const core::DraftSummary d = m_model->draft(row);
    const QString draft = describe(d);
    if (InterviewLauncher::openWindow(d.interviewId)) {
        m_rowInfo->setText(tr("The draft with %1 is open in an interview window: close that "
                              "window first, then discard it.")
                               .arg(draft));
        return;
    }
    QString question;
    QString details = tr("Its %n note(s) and everything else recorded in it (regrets, tags, probe "
                         "ticks, stage times) will be deleted. This cannot be undone.",
                         nullptr, d.notes);
    if (d.version > 1) {
        question = tr("Discard the amendment in progress of the interview with %1?").arg(draft);
        details += QLatin1Char(' ') + tr("The submitted version stays as it is.");
    } else if (m_model->isMine(row)) {
        question = tr("Discard your draft interview with %1?").arg(draft);
    } else {
        question = tr("Discard the draft interview by %1 with %2?")
                       .arg(Terms::text(d.interviewer), draft);
    }
    if (!Dialogs::confirm(this, tr("Discard Draft"), question, details, tr("&Discard Draft")))
        return;
    if (const core::Error e = m_store.discardDraft(d.interviewId)) {
        Dialogs::critical(this, tr("Hindsight"),
                          interchange::Failure::of(
                              tr("Could not discard the draft interview with %1.").arg(draft), e));
        return;
    }
    // The store announced it: the row is gone already, and the selection moved on.
    m_rowInfo->setText(tr("Discarded the draft with %1.").arg(draft));
}

} // namespace hindsight::ui
