#include "ui/mainwindow/purgedialog.h"

#include "ui/common/dialogs.h"
#include "ui/common/localetext.h"
#include "ui/common/windowgeometry.h"
#include "ui/interchange/erasuretext.h"
#include "ui/interchange/errortext.h"

#include "core/retention.h"
#include "core/storage/sqlite/backups.h"
#include "core/storage/sqlite/sqlitestore.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <map>

namespace hindsight::ui {

using core::CandidateErasure;

namespace {

QString text(const std::string &utf8)
{
    return QString::fromStdString(utf8);
}

// User text and paths are shown as they are, never read as markup.
QLabel *plainLabel(const QString &content, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setText(content);
    return label;
}

QString day(core::TimePoint time)
{
    const QDate date =
        QDateTime::fromMSecsSinceEpoch(time.time_since_epoch().count()).toLocalTime().date();
    return LocaleText::shortDate(date);
}

core::TimePoint now()
{
    return std::chrono::time_point_cast<std::chrono::milliseconds>(core::Clock::now());
}

} // namespace

std::unique_ptr<PurgeDialog> PurgeDialog::createIfDue(core::SqliteStore &store, int months,
                                                      QWidget *parent)
{
    if (months <= 0)
        return nullptr;
    auto activity = store.candidateActivity();
    if (!activity)
        return nullptr;
    auto split = core::Retention::split(*activity, core::Retention::cutoff(now(), months));
    if (split.due.empty())
        return nullptr;
    std::vector<core::Id> ids;
    for (const core::CandidateActivity &c : split.due)
        ids.push_back(c.candidate.id);
    auto plan = CandidateErasure(store).plan(ids);
    if (!plan)
        return nullptr;
    return std::make_unique<PurgeDialog>(store, months, std::move(split.due), std::move(*plan),
                                         parent);
}

PurgeDialog::PurgeDialog(core::SqliteStore &store, int months,
                         std::vector<core::CandidateActivity> due, CandidateErasure::Plan plan,
                         QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_plan(std::move(plan))
    , m_model(new QStandardItemModel(this))
    , m_rewrite(new QRadioButton(tr("&Rewrite those backups without them"), this))
    , m_delete(new QRadioButton(tr("&Delete those backups"), this))
{
    setObjectName(QStringLiteral("purgeDialog"));
    setWindowTitle(tr("Erase Inactive Candidates"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(plainLabel(
        tr("%n candidate(s) had no activity for %1 months or more. Erase them and everything held "
           "about them?",
           nullptr, int(due.size()))
            .arg(months),
        this));

    auto *list = new QTreeView(this);
    list->setObjectName(QStringLiteral("purgeList"));
    list->setRootIsDecorated(false);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setModel(m_model);
    fillList(due);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(list);

    layout->addWidget(plainLabel(
        tr("Held about them: %1.").arg(interchange::ErasureText::holdings(m_plan.total())), this));

    const QString folder = text(core::Backups::folderOf(m_store.database().path()));
    m_rewrite->setObjectName(QStringLiteral("purgeRewriteBackups"));
    m_delete->setObjectName(QStringLiteral("purgeDeleteBackups"));
    m_rewrite->setChecked(true);
    if (m_plan.backups.empty()) {
        layout->addWidget(plainLabel(tr("No backup in %1 holds them.").arg(folder), this));
        m_rewrite->hide();
        m_delete->hide();
    } else {
        layout->addWidget(plainLabel(
            tr("%n backup(s) in %1 with them:", nullptr, int(m_plan.backups.size())).arg(folder),
            this));
        for (const core::BackupHolding &b : m_plan.backups) {
            if (b.error) {
                layout->addWidget(plainLabel(
                    tr("%1 cannot be read, so nothing will be erased until it is repaired or "
                       "removed.")
                        .arg(interchange::ErrorText::describe(b.error)),
                    this));
            }
        }
    }
    layout->addWidget(m_rewrite);
    layout->addWidget(m_delete);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *erase = buttons->addButton(tr("&Erase"), QDialogButtonBox::AcceptRole);
    erase->setObjectName(QStringLiteral("purgeErase"));
    erase->setAutoDefault(false);
    QPushButton *later = buttons->addButton(tr("&Not Now"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("purgeNotNow"));
    // Enter must not erase anybody.
    later->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    WindowGeometry::manage(this);
}

void PurgeDialog::fillList(const std::vector<core::CandidateActivity> &due)
{
    std::map<core::Id, QString> roleTitles;
    if (auto roles = m_store.roles()) {
        for (const core::Role &r : *roles)
            roleTitles[r.id] = text(r.title);
    }
    m_model->setHorizontalHeaderLabels({tr("Candidate"), tr("Role"), tr("Last activity")});
    for (const core::CandidateActivity &c : due) {
        QList<QStandardItem *> row{new QStandardItem(text(c.candidate.name)),
                                   new QStandardItem(roleTitles[c.candidate.roleId]),
                                   new QStandardItem(day(*c.lastActivity))};
        m_model->appendRow(row);
    }
}

CandidateErasure::BackupAction PurgeDialog::backupAction() const
{
    return m_delete->isChecked() ? CandidateErasure::BackupAction::Delete
                                 : CandidateErasure::BackupAction::Rewrite;
}

void PurgeDialog::setBackupAction(CandidateErasure::BackupAction action)
{
    (action == CandidateErasure::BackupAction::Delete ? m_delete : m_rewrite)->setChecked(true);
}

void PurgeDialog::accept()
{
    m_outcome = CandidateErasure(m_store).execute(m_plan, backupAction());
    if (!m_outcome->databaseErased) {
        Dialogs::critical(this, tr("Nothing Was Erased"),
                          tr("Nothing was erased from the database."),
                          interchange::ErrorText::describe(m_outcome->error));
    } else if (m_outcome->log || m_outcome->error) {
        QStringList problems;
        if (m_outcome->log) {
            problems << tr("Their text is still in %1 because another program is reading the "
                           "database; it goes when the last program using the database closes it.")
                            .arg(text(m_outcome->log.where));
        }
        if (m_outcome->error)
            problems << interchange::ErrorText::describe(m_outcome->error);
        Dialogs::critical(this, tr("Erased, With a Problem"),
                          tr("The candidates were erased from the database."),
                          problems.join(QLatin1Char('\n')));
    }
    QDialog::accept();
}

} // namespace hindsight::ui
