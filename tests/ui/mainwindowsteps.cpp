#include "tests/ui/mainwindowsteps.h"

#include "core/storage/store.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QTest>
#include <QTreeView>

#include <set>
#include <string>

namespace hindsight::test {

namespace {

core::Regret regret(core::Regret::Level level, const char *domain, int depth,
                    std::set<std::string> layers, const char *decision)
{
    core::Regret r;
    r.level = level;
    r.domain = domain;
    r.depth = depth;
    r.layers = std::move(layers);
    r.decision = decision;
    return r;
}

core::Interview interviewK(core::Id candidate)
{
    using L = core::Regret::Level;
    core::Interview i;
    i.candidateId = candidate;
    i.interviewer = "Sam Okafor";
    i.submitted = true;
    i.regrets = {regret(L::Domain, "streaming", 4, {"queuing", "databases"},
                        "Rebuilt consumer state by hand instead of a log-compacted topic"),
                 regret(L::Domain, "performance", 3, {"queuing"},
                        "Batched scoring calls without a latency budget")};
    core::Note n;
    n.atMs = 95'000;
    n.stage = "decision";
    n.text = "We replayed the whole topic after every deploy";
    n.quote = true;
    i.notes = {n};
    return i;
}

} // namespace

core::Interview interviewG(core::Id candidate)
{
    using L = core::Regret::Level;
    core::Interview i;
    i.candidateId = candidate;
    i.interviewer = "Mette Lund";
    i.submitted = true;
    i.regrets = {regret(L::Product, "", 3, {"databases", "apis", "caching", "queuing", "deployment"},
                        "A generic configuration layer instead of plain tables"),
                 regret(L::Product, "", 2, {"auth", "integrations"},
                        "Hand-rolled sign-in instead of the provider's"),
                 regret(L::Mixed, "payments", 1, {"databases"}, "Stored amounts as floats")};
    return i;
}

void fillWorkedExamples(core::Store &store)
{
    core::Role fraud;
    fraud.title = "Fraud scoring pipeline";
    fraud.breadthDemand = 2.5;
    fraud.domainDemands = {{"streaming", 4}, {"performance", 3}};
    core::Role payment;
    payment.title = "Payment backend";
    payment.breadthDemand = 7.5;
    payment.domainDemands = {{"payments", 1}};
    for (const core::Role &role : {fraud, payment}) {
        const core::Id roleId = *store.saveRole(role);
        core::Candidate k{0, "Kim Keller", "kim@example.com", roleId};
        core::Candidate g{0, "Gus Green", "gus@example.com", roleId};
        QVERIFY(store.addInterview(interviewK(*store.saveCandidate(k))));
        QVERIFY(store.addInterview(interviewG(*store.saveCandidate(g))));
    }
}

QModelIndex findCandidate(QTreeView *tree, const QString &role, const QString &name)
{
    const QAbstractItemModel *m = tree->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        const QModelIndex roleIndex = m->index(r, 0);
        // Role rows read "Title (count)".
        if (!roleIndex.data().toString().startsWith(role + QStringLiteral(" (")))
            continue;
        for (int c = 0; c < m->rowCount(roleIndex); ++c) {
            if (m->index(c, 0, roleIndex).data().toString() == name)
                return m->index(c, 0, roleIndex);
        }
    }
    return {};
}

QString labelText(QWidget *window, const char *name)
{
    const QLabel *label = window->findChild<QLabel *>(QLatin1StringView(name));
    return label ? label->text() : QString();
}

} // namespace hindsight::test
