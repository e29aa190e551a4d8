#include "ui/board/committeeboard.h"

#include "ui/board/boardactions.h"
#include "ui/board/boardcsv.h"
#include "ui/board/boarddetails.h"
#include "ui/board/boardfilterbar.h"
#include "ui/board/boardfiltermodel.h"
#include "ui/board/boardmodel.h"
#include "ui/board/committeerecorder.h"
#include "ui/board/levelmixdelegate.h"
#include "ui/board/teammodel.h"
#include "ui/board/whosaidwhatdialog.h"
#include "ui/charts/breadthdepthchart.h"
#include "ui/charts/breadthdepthpanel.h"
#include "ui/common/columnchooser.h"
#include "ui/common/dialogs.h"
#include "ui/common/plaintext.h"
#include "ui/common/statusmessage.h"
#include "ui/common/storewatcher.h"
#include "ui/common/terms.h"
#include "ui/common/windowgeometry.h"
#include "ui/report/exportdialog.h"

#include "core/storage/store.h"
#include "ui/interchange/atomicfile.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace hindsight::ui {

CommitteeBoard::CommitteeBoard(core::Store &store, core::Id roleId, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_watcher(StoreWatcher::acquire(store))
    , m_roleId(roleId)
    , m_actions(new BoardActions(this))
    , m_model(new BoardModel(this))
    , m_filter(new BoardFilterModel(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_filterBar(new BoardFilterBar(m_filter, this))
    , m_chartPanel(new BreadthDepthPanel(this))
    , m_chart(m_chartPanel->chart())
    , m_table(new QTableView(this))
    , m_details(new BoardDetails(store, this))
    , m_recorder(new CommitteeRecorder(store, this))
{
    setObjectName(QStringLiteral("committeeBoard"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_filter->setSourceModel(m_model);

    m_title->setObjectName(QStringLiteral("boardTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle->setObjectName(QStringLiteral("boardSubtitle"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    PlainText::apply({m_title, m_subtitle});
    m_subtitle->setWordWrap(true);

    m_chart->setSpread(BreadthDepthChart::Spread::SelectedOnly);
    m_chart->setNameLabels(true);
    m_chart->setAccessibleName(tr("Candidates of the role on breadth and depth"));

    m_table->setObjectName(QStringLiteral("boardTable"));
    m_table->setAccessibleName(tr("Candidates of the role"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BoardModel::FitColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setItemDelegateForColumn(BoardModel::LevelMixColumn, new LevelMixDelegate(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    // The decision reads with the figures; the columns for digging deeper follow it.
    m_table->horizontalHeader()->moveSection(BoardModel::DecisionColumn,
                                             BoardModel::PlacementColumn);
    // A narrow screen shows what the committee reads; the rest is a choice away. Widths the user
    // left last time come back, and then the first read does not size the columns again.
    m_columns = new ColumnChooser(m_table);
    m_columns->setAlwaysShown(BoardModel::NameColumn);
    m_columnsSized = m_columns->restore();
    for (const char *name : {"historyTable", "gapsTable", "calibrationTable"}) {
        auto *view = m_details->findChild<QTableView *>(QLatin1StringView(name));
        auto *chooser = new ColumnChooser(view);
        chooser->setAlwaysShown(0);
        chooser->restore();
    }

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(10, 8, 10, 4);
    topLayout->addWidget(m_title);
    topLayout->addWidget(m_subtitle);
    topLayout->addWidget(m_filterBar);

    auto *upper = new QSplitter(Qt::Horizontal, this);
    upper->setObjectName(QStringLiteral("boardChartTableSplitter"));
    upper->addWidget(m_chartPanel);
    upper->addWidget(m_table);
    upper->setStretchFactor(0, 2);
    upper->setStretchFactor(1, 3);
    upper->setSizes({600, 1000});
    upper->setChildrenCollapsible(false);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(QStringLiteral("boardDetailsSplitter"));
    vertical->addWidget(upper);
    vertical->addWidget(m_details);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    vertical->setSizes({640, 240});
    vertical->setChildrenCollapsible(false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(top);
    layout->addWidget(vertical, 1);
    setCentralWidget(central);

    m_details->setTeamActions({m_actions->action(BoardActions::Id::AddTeamMember),
                               m_actions->action(BoardActions::Id::RemoveTeamMember)});
    createMenus();
    connectActions();
    reload();
    // The board follows the store: a submitted interview, a decision, an edited role or an
    // import, from this window, another one or another process, shows without a keystroke.
    connect(m_watcher.get(), &StoreWatcher::changed, this, &CommitteeBoard::follow);
    WindowGeometry::manage(this, QSize(1500, 940));
}

CommitteeBoard::~CommitteeBoard() = default;

void CommitteeBoard::createMenus()
{
    using Id = BoardActions::Id;
    QMenu *board = menuBar()->addMenu(tr("&Board"));
    board->addAction(m_actions->action(Id::ExportCsv));
    board->addAction(m_actions->action(Id::CommitteePack));
    board->addSeparator();
    board->addAction(m_actions->action(Id::Refresh));
    board->addAction(m_actions->action(Id::Close));
    QMenu *candidate = menuBar()->addMenu(tr("&Candidate"));
    candidate->addAction(m_actions->action(Id::RecordDecision));
    candidate->addAction(m_actions->action(Id::OverridePlacement));
    candidate->addAction(m_actions->action(Id::WhoSaidWhat));
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_actions->action(Id::BlindMode));
    view->addAction(m_actions->action(Id::FocusSearch));
    view->addAction(m_actions->action(Id::ClearFilters));
    view->addSeparator();
    view->addAction(m_actions->action(Id::ChooseColumns));
    QMenu *team = menuBar()->addMenu(tr("&Team"));
    team->addAction(m_actions->action(Id::AddTeamMember));
    team->addAction(m_actions->action(Id::RemoveTeamMember));

    QToolBar *bar = addToolBar(tr("Board"));
    bar->setObjectName(QStringLiteral("boardToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (Id id : {Id::RecordDecision, Id::OverridePlacement, Id::WhoSaidWhat, Id::BlindMode,
                  Id::ExportCsv, Id::CommitteePack})
        bar->addAction(m_actions->action(id));
    m_table->addActions({m_actions->action(Id::RecordDecision),
                         m_actions->action(Id::OverridePlacement),
                         m_actions->action(Id::WhoSaidWhat)});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void CommitteeBoard::connectActions()
{
    using Id = BoardActions::Id;
    connect(m_actions->action(Id::RecordDecision), &QAction::triggered, this,
            &CommitteeBoard::recordDecision);
    connect(m_actions->action(Id::OverridePlacement), &QAction::triggered, this,
            &CommitteeBoard::overridePlacement);
    connect(m_actions->action(Id::WhoSaidWhat), &QAction::triggered, this,
            &CommitteeBoard::showWhoSaidWhat);
    connect(m_actions->action(Id::BlindMode), &QAction::toggled, this, &CommitteeBoard::setBlind);
    connect(m_actions->action(Id::ExportCsv), &QAction::triggered, this,
            &CommitteeBoard::exportCsvInteractive);
    connect(m_actions->action(Id::CommitteePack), &QAction::triggered, this, [this] {
        auto *dialog = new ExportDialog(m_store, m_roleId, std::nullopt,
                                        ExportDialog::Purpose::Export, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setKind(ExportDialog::Kind::CommitteePack);
        dialog->setBlind(m_model->isBlind());
        dialog->reportTo(statusBar());
        // open(), not exec(): window-modal without a nested event loop, so tests are never blocked.
        dialog->open();
    });
    connect(m_actions->action(Id::FocusSearch), &QAction::triggered, m_filterBar,
            &BoardFilterBar::focusSearch);
    connect(m_actions->action(Id::ClearFilters), &QAction::triggered, m_filterBar,
            &BoardFilterBar::clear);
    connect(m_actions->action(Id::ChooseColumns), &QAction::triggered, this,
            [this] { ColumnChooser::focusedIn(this, m_columns)->choose(); });
    connect(m_actions->action(Id::Refresh), &QAction::triggered, this, [this] {
        m_watcher->pollNow();
        if (!reload())
            StatusMessage::show(statusBar(), tr("Read the database again."));
    });
    connect(m_actions->action(Id::Close), &QAction::triggered, this, &QWidget::close);
    connect(m_actions->action(Id::AddTeamMember), &QAction::triggered, this, [this] {
        m_details->setCurrentIndex(BoardDetails::TeamTab);
        const int row = m_details->teamModel()->addMember();
        if (row >= 0) {
            const QModelIndex name = m_details->teamModel()->index(row, TeamModel::NameColumn);
            m_details->teamView()->setCurrentIndex(name);
            m_details->teamView()->edit(name);
        }
    });
    connect(m_actions->action(Id::RemoveTeamMember), &QAction::triggered, this, [this] {
        m_details->teamModel()->removeMember(m_details->teamView()->currentIndex().row());
    });
    connect(m_details->teamModel(), &TeamModel::membersChanged, this, &CommitteeBoard::updateChart);
    connect(m_details->teamModel(), &TeamModel::writeFailed, this, &CommitteeBoard::reportError);
    connect(m_recorder, &CommitteeRecorder::failed, this, &CommitteeBoard::reportError);
    connect(m_recorder, &CommitteeRecorder::recorded, this,
            [this](const QString &message) { StatusMessage::show(statusBar(), message); });

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CommitteeBoard::onRowChanged);
    connect(m_table, &QTableView::doubleClicked, this, &CommitteeBoard::showWhoSaidWhat);
    connect(m_chart, &BreadthDepthChart::candidateClicked, this, &CommitteeBoard::selectCandidate);
    // The chart draws what the table shows: filtering one filters the other.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &CommitteeBoard::updateChart);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &CommitteeBoard::updateChart);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &CommitteeBoard::updateChart);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &CommitteeBoard::updateHeader);
}

void CommitteeBoard::follow(const std::vector<core::Change> &changes)
{
    using Kind = core::Change::Kind;
    const bool concerns = std::any_of(changes.begin(), changes.end(), [this](const core::Change &c) {
        switch (c.kind) {
        case Kind::Role:
        case Kind::TeamMember: return c.id == m_roleId;
        case Kind::Decision:
        case Kind::PlacementOverride: return m_model->snapshot().entry(c.id) != nullptr;
        case Kind::DraftContent: return false;
        default:
            // A candidate or an interview may have joined the role: read it again.
            return true;
        }
    });
    if (concerns)
        reload();
}

core::Error CommitteeBoard::reload()
{
    const std::optional<core::Id> selected = selectedCandidate();
    auto snapshot = BoardSnapshot::load(m_store, m_roleId);
    if (!snapshot) {
        reportError(tr("Could not read the committee board."), snapshot.error());
        return snapshot.error();
    }
    m_model->setSnapshot(std::move(*snapshot));
    m_chart->setRole(m_model->snapshot().role);
    m_details->setSnapshot(m_model->snapshot());
    setWindowTitle(tr("Committee Board — %1")
                       .arg(PlainText::isolate(Terms::text(m_model->snapshot().role.title))));
    updateChart();
    // Columns fit what they hold; long risk lists are capped and carried by their tooltips. Only
    // on the first read: later reads follow changes and keep the widths the user chose.
    if (!m_columnsSized) {
        m_columnsSized = true;
        m_table->resizeColumnsToContents();
        m_table->setColumnWidth(BoardModel::RisksColumn,
                                std::min(m_table->columnWidth(BoardModel::RisksColumn), 200));
    }
    // The placement column earns its width once a committee member has placed someone.
    const auto &entries = m_model->snapshot().entries;
    m_columns->setAvailable(BoardModel::PlacementColumn,
                            std::any_of(entries.begin(), entries.end(), [](const BoardEntry &e) {
                                return e.placementOverride() != nullptr;
                            }));
    // Rows were updated in place, so the selection normally stayed; a row that went away (or
    // a first read) is put right here. Not scrolled otherwise: the user's place in the table stays.
    if (selected && selectedCandidate() != selected)
        selectCandidate(*selected);
    onRowChanged();
    return {};
}

void CommitteeBoard::setBlind(bool blind)
{
    m_model->setBlind(blind);
    m_filter->invalidate();
    updateChart();
    onRowChanged();
    StatusMessage::show(statusBar(), blind ? tr("Blind mode: candidates are shown as letters.")
                                           : tr("Blind mode off: candidates are shown by name."));
}

void CommitteeBoard::updateChart()
{
    std::vector<BreadthDepthChart::Candidate> points;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex source = m_filter->mapToSource(m_filter->index(row, 0));
        const BoardEntry *e = m_model->entryAt(source.row());
        // A candidate without a submitted interview has no place on the chart yet.
        if (!e || e->scored.figures.submittedInterviews == 0)
            continue;
        points.push_back(BreadthDepthChart::fromFigures(e->id(), e->displayName(m_model->isBlind()),
                                                        e->scored.figures, e->scored.fit));
    }
    m_chart->setCandidates(points);
    std::vector<BreadthDepthChart::TeamPoint> team;
    for (const core::TeamMember &m : m_details->teamModel()->members())
        team.push_back({QString::fromStdString(m.name), m.breadth, m.depth});
    m_chart->setTeam(team);
    if (const auto id = selectedCandidate())
        m_chart->setSelectedCandidate(*id);
    updateHeader();
}

void CommitteeBoard::updateHeader()
{
    const BoardSnapshot &s = m_model->snapshot();
    m_title->setText(Terms::text(s.role.title));
    QString text = tr("Target breadth %1, depth %2 — %3.")
                       .arg(Terms::figure(s.target.breadth), Terms::figure(s.target.depth),
                            Terms::archetype(s.target.archetype));
    text += QLatin1Char(' ') + tr("%n candidate(s)", nullptr, int(s.entries.size()));
    if (m_filter->isFiltering())
        text += tr(", %n shown", nullptr, m_filter->rowCount());
    text += QLatin1Char(' ') + tr("· figures from submitted interviews only");
    const int drafts = s.draftsOutstanding();
    if (drafts > 0)
        text += QLatin1Char(' ') + tr("· %n draft(s) outstanding, not counted", nullptr, drafts);
    m_subtitle->setText(text);
}

void CommitteeBoard::selectCandidate(core::Id id)
{
    const QModelIndex source = m_model->indexOf(id);
    const QModelIndex proxy = m_filter->mapFromSource(source);
    if (!proxy.isValid())
        return;
    m_table->setCurrentIndex(proxy);
    m_table->scrollTo(proxy);
}

std::optional<core::Id> CommitteeBoard::selectedCandidate() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return current.data(BoardModel::IdRole).value<core::Id>();
}

const BoardEntry *CommitteeBoard::selectedEntry() const
{
    const auto id = selectedCandidate();
    return id ? m_model->snapshot().entry(*id) : nullptr;
}

QString CommitteeBoard::selectedName() const
{
    const BoardEntry *e = selectedEntry();
    return e ? e->displayName(m_model->isBlind()) : QString();
}

void CommitteeBoard::onRowChanged()
{
    const BoardEntry *e = selectedEntry();
    if (e)
        m_chart->setSelectedCandidate(e->id());
    m_details->showEntry(e, selectedName(), m_model->isBlind());
    using Id = BoardActions::Id;
    for (Id id : {Id::RecordDecision, Id::WhoSaidWhat})
        m_actions->action(id)->setEnabled(e != nullptr);
    m_actions->action(Id::OverridePlacement)
        ->setEnabled(e && e->scored.figures.submittedInterviews > 0);
}

void CommitteeBoard::recordDecision()
{
    if (const BoardEntry *e = selectedEntry())
        m_recorder->recordDecision(*e, selectedName());
}

void CommitteeBoard::overridePlacement()
{
    if (const BoardEntry *e = selectedEntry())
        m_recorder->overridePlacement(*e, selectedName());
}

void CommitteeBoard::showWhoSaidWhat()
{
    const BoardEntry *e = selectedEntry();
    if (!e)
        return;
    const BoardSnapshot &snapshot = m_model->snapshot();
    auto *dialog = new WhoSaidWhatDialog(*e, selectedName(), snapshot.taxonomy,
                                         snapshot.interviewers, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

std::optional<interchange::Failure> CommitteeBoard::exportCsv(const QString &fileName) const
{
    return interchange::AtomicFile::write(fileName, BoardCsv::build(*m_filter, *m_model));
}

void CommitteeBoard::exportCsvInteractive()
{
    const QString suggested = m_model->isBlind()
                                  ? tr("committee-board-blind.csv")
                                  : tr("committee-board-%1.csv")
                                        .arg(Terms::text(m_model->snapshot().role.title));
    const QString path = Dialogs::saveFileName(this, tr("Export Board as CSV"), suggested,
                                               tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const auto failure = exportCsv(path)) {
        Dialogs::critical(this, tr("Export Failed"), tr("The board was not exported."),
                          failure->sentence());
        return;
    }
    StatusMessage::show(
        statusBar(), tr("Exported %n candidate(s) to %1.", nullptr, m_filter->rowCount()).arg(path));
}

void CommitteeBoard::reportError(const QString &what, const core::Error &error)
{
    StatusMessage::failure(this, tr("Committee Board"), interchange::Failure::of(what, error));
}

} // namespace hindsight::ui
