#include "ui/board/boarddetails.h"

#include "ui/board/boardmodel.h"
#include "ui/board/boardsnapshot.h"
#include "ui/board/calibrationmodel.h"
#include "ui/board/evidencegapmodel.h"
#include "ui/board/historymodel.h"
#include "ui/board/teammodel.h"
#include "ui/common/fitrisks.h"
#include "ui/common/taxonomytext.h"
#include "ui/common/terms.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace hindsight::ui {

namespace {

QTableView *makeTable(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    return view;
}

QLabel *makeText(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Names, reasons and interviewers are shown as typed; the summary alone is rich text.
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

BoardDetails::BoardDetails(core::Store &store, QWidget *parent)
    : QTabWidget(parent)
    , m_summary(makeText(this, QStringLiteral("boardCandidateSummary")))
    , m_history(new HistoryModel(this))
    , m_gaps(new EvidenceGapModel(this))
    , m_gapsTitle(makeText(this, QStringLiteral("boardGapsTitle")))
    , m_calibration(new CalibrationModel(this))
    , m_calibrationView(makeTable(this, QStringLiteral("calibrationTable"),
                                  tr("Interviewer calibration")))
    , m_calibrationText(makeText(this, QStringLiteral("calibrationExplanation")))
    , m_team(new TeamModel(store, this))
    , m_teamView(makeTable(this, QStringLiteral("teamTable"), tr("Team members")))
    , m_teamButtons(new QWidget(this))
{
    setObjectName(QStringLiteral("boardDetails"));
    m_summary->setTextFormat(Qt::RichText); // escapes every user text it holds
    setDocumentMode(true);
    addTab(createCandidateTab(), tr("&Candidate"));
    addTab(createGapsTab(), tr("Evidence &gaps"));
    addTab(createCalibrationTab(), tr("C&alibration"));
    addTab(createTeamTab(), tr("&Team"));
    setTabToolTip(GapsTab, tr("For each demanded domain and each layer: not probed, probed and "
                              "shallow, or probed enough"));
    setTabToolTip(CalibrationTab, tr("How interviewers with three or more candidates in common "
                                     "agree"));
    setTabToolTip(TeamTab, tr("The current team, placed on the chart by hand"));
    showEntry(nullptr, {});
}

QWidget *BoardDetails::createCandidateTab()
{
    auto *page = new QWidget(this);
    auto *view = makeTable(page, QStringLiteral("historyTable"), tr("Decisions and placements"));
    view->setModel(m_history);
    for (int column : {HistoryModel::WhenColumn, HistoryModel::WhoColumn, HistoryModel::WhatColumn})
        view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(view, 1);
    return page;
}

QWidget *BoardDetails::createGapsTab()
{
    auto *page = new QWidget(this);
    auto *view = makeTable(page, QStringLiteral("gapsTable"), tr("Evidence gaps"));
    view->setModel(m_gaps);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_gapsTitle);
    layout->addWidget(view, 1);
    return page;
}

QWidget *BoardDetails::createCalibrationTab()
{
    auto *page = new QWidget(this);
    m_calibrationView->setModel(m_calibration);
    m_calibrationView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_calibrationView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BoardDetails::explainPair);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_calibrationView, 1);
    layout->addWidget(m_calibrationText);
    return page;
}

QWidget *BoardDetails::createTeamTab()
{
    auto *page = new QWidget(this);
    m_teamView->setModel(m_team);
    m_teamView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                | QAbstractItemView::AnyKeyPressed);
    m_teamView->horizontalHeader()->setSectionResizeMode(TeamModel::NameColumn,
                                                         QHeaderView::Stretch);
    m_teamView->horizontalHeader()->setStretchLastSection(false);
    auto *hint = makeText(page, QStringLiteral("teamHint"));
    hint->setText(tr("Place the people the candidate would join, to see which shape the team "
                     "lacks. Enter breadth and depth by hand (0 to 10); they are drawn as "
                     "triangles and never scored."));
    hint->setForegroundRole(QPalette::PlaceholderText);
    new QHBoxLayout(m_teamButtons);
    m_teamButtons->layout()->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(hint);
    layout->addWidget(m_teamView, 1);
    layout->addWidget(m_teamButtons);
    return page;
}

void BoardDetails::setTeamActions(const QList<QAction *> &actions)
{
    auto *row = static_cast<QHBoxLayout *>(m_teamButtons->layout());
    for (QAction *action : actions) {
        auto *button = new QToolButton(m_teamButtons);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        row->addWidget(button);
    }
    row->addStretch(1);
}

void BoardDetails::setSnapshot(const BoardSnapshot &snapshot)
{
    m_snapshot = &snapshot;
    // Read again after a change: the pair in focus stays in focus.
    const int pairRow = std::max(0, m_calibrationView->currentIndex().row());
    m_calibration->setPairs(snapshot.calibration);
    m_team->setMembers(snapshot.role.id, snapshot.team);
    if (snapshot.calibration.empty()) {
        m_calibrationText->setText(
            tr("No two interviewers have three or more candidates of this role in common yet; "
               "calibration needs at least three shared candidates to mean anything."));
    } else {
        m_calibrationView->selectRow(std::min(pairRow, int(snapshot.calibration.size()) - 1));
        explainPair();
    }
}

void BoardDetails::showEntry(const BoardEntry *entry, const QString &name, bool blind)
{
    if (!entry) {
        m_summary->setText(tr("Select a candidate on the chart or in the table."));
        m_history->setHistory({}, {});
        m_gapsTitle->setText(tr("Select a candidate to see which evidence is missing."));
        m_gaps->setGaps({}, m_snapshot ? m_snapshot->taxonomy : core::Taxonomy::builtIn());
        return;
    }
    const core::CandidateFigures &f = entry->scored.figures;
    QString summary =
        f.submittedInterviews == 0
            ? tr("<b>%1</b> has no submitted interview yet, so the formula gives no figures.")
                  .arg(name.toHtmlEscaped())
            : tr("<b>%1</b> — the formula: breadth %2, depth %3, %4, fit %5.")
                  .arg(name.toHtmlEscaped(), Terms::figure(f.breadth), Terms::figure(f.depth),
                       Terms::archetype(f.archetype))
                  .arg(entry->scored.fit.score);
    const core::Fit &fit = entry->scored.fit;
    if (f.submittedInterviews > 0 && fit.underDepthNotProbed()) {
        // Missing evidence, not a weakness: the committee asks before it weighs the fit.
        const TaxonomyText taxonomy(m_snapshot ? m_snapshot->taxonomy : core::Taxonomy::builtIn());
        const core::Risk r = core::Risk::UnderDepth;
        summary += QStringLiteral("<br><b>%1</b> %2")
                       .arg(tr("%1:").arg(FitRisks::name(r, fit, taxonomy)).toHtmlEscaped(),
                            FitRisks::meaning(r, fit, taxonomy).toHtmlEscaped());
    }
    if (const core::PlacementOverride *o = entry->placementOverride()) {
        summary += QStringLiteral("<br>")
                   + tr("Committee placement beside it: %1, recorded by %2: “%3”")
                         .arg(BoardModel::placementText(*entry).toHtmlEscaped(),
                              QString::fromStdString(o->recordedBy).toHtmlEscaped(),
                              QString::fromStdString(o->reason).toHtmlEscaped());
    }
    if (entry->decisions.empty() && entry->overrides.empty())
        summary += QStringLiteral("<br>") + tr("No decision or placement recorded yet.");
    m_summary->setText(summary);
    m_history->setHistory(entry->decisions, entry->overrides, entry->merges, blind);

    const int missing = entry->notProbed();
    m_gapsTitle->setText(
        missing == 0 ? tr("%1: every demanded domain and every layer has evidence.").arg(name)
                     : tr("%1: %n item(s) not probed by any submitted interview. Not probed is "
                          "missing evidence, not a weakness.",
                          nullptr, missing)
                           .arg(name));
    m_gaps->setGaps(entry->gaps, m_snapshot ? m_snapshot->taxonomy : core::Taxonomy::builtIn());
}

void BoardDetails::explainPair()
{
    const core::InterviewerPair *pair = m_calibration->pairAt(m_calibrationView->currentIndex().row());
    if (!pair) {
        m_calibrationText->setText(
            tr("Select a pair of interviewers to read their figures in words."));
        return;
    }
    QStringList lines = CalibrationModel::explain(*pair);
    // Whom a name stands for matters once an e-mail joins interviews under several names.
    if (!pair->firstEmail.empty() || !pair->secondEmail.empty())
        lines << CalibrationModel::identities(*pair);
    m_calibrationText->setText(lines.join(QLatin1Char(' ')));
}

} // namespace hindsight::ui
