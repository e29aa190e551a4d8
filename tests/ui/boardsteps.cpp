#include "tests/ui/boardsteps.h"

#include "core/storage/store.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QRandomGenerator>

#include <vector>

namespace hindsight::test {

core::Regret regret(core::Regret::Level level, const std::string &domain, int depth,
                    std::set<std::string> layers)
{
    core::Regret r;
    r.level = level;
    r.domain = domain;
    r.depth = depth;
    r.layers = std::move(layers);
    r.decision = "A decision they would reverse";
    return r;
}

core::Id generate(core::Store &store, int count)
{
    core::Role role;
    role.title = "Platform backend";
    role.breadthDemand = 6.25;
    role.domainDemands = {{"distributed-systems", 3}, {"payments", 2}};
    const core::Id roleId = *store.saveRole(role);
    const std::vector<std::string> interviewers{"Ana", "Ben", "Chloé", "Dev"};
    const std::vector<std::string> layers{"apis",       "databases",     "caching", "queuing",
                                          "deployment", "observability", "auth",    "integrations"};
    const std::vector<std::string> domains{"distributed-systems", "payments", "streaming",
                                           "performance"};
    QRandomGenerator rng(20261123);
    for (int c = 0; c < count; ++c) {
        core::Candidate candidate{0, "Generated Person " + std::to_string(c + 1), "", roleId};
        const core::Id id = *store.saveCandidate(candidate);
        const int panel = 2 + int(rng.bounded(2));
        for (int k = 0; k < panel; ++k) {
            core::Interview i;
            i.candidateId = id;
            i.interviewer = interviewers[std::size_t((c + k) % 4)];
            i.submitted = k < 2 || rng.bounded(3) > 0;
            const int regrets = 1 + int(rng.bounded(3));
            for (int r = 0; r < regrets; ++r) {
                std::set<std::string> ls;
                for (int l = 0; l < 1 + int(rng.bounded(4)); ++l)
                    ls.insert(layers[rng.bounded(int(layers.size()))]);
                const bool product = rng.bounded(2) == 0;
                i.regrets.push_back(regret(product ? core::Regret::Level::Product
                                                   : core::Regret::Level::Domain,
                                           product ? "" : domains[rng.bounded(int(domains.size()))],
                                           int(rng.bounded(5)), ls));
            }
            store.addInterview(i);
        }
    }
    return roleId;
}

QStringList visibleTexts(QWidget *root)
{
    QStringList texts{root->windowTitle()};
    for (QWidget *w : root->findChildren<QWidget *>()) {
        texts << w->windowTitle() << w->toolTip() << w->accessibleName() << w->statusTip();
        if (auto *label = qobject_cast<QLabel *>(w))
            texts << label->text();
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *m = view->model();
            for (int c = 0; c < m->columnCount(); ++c)
                texts << m->headerData(c, Qt::Horizontal).toString();
            for (int r = 0; r < m->rowCount(); ++r) {
                texts << m->headerData(r, Qt::Vertical).toString();
                for (int c = 0; c < m->columnCount(); ++c) {
                    const QModelIndex i = m->index(r, c);
                    for (int role :
                         {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)})
                        texts << i.data(role).toString();
                }
            }
        }
    }
    return texts;
}

} // namespace hindsight::test
