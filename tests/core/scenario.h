#pragma once

// Small builders shared by the core tests, so each test states only what matters to it.

#include "core/interview.h"
#include "core/regret.h"
#include "core/role.h"

#include <initializer_list>
#include <string>

namespace hindsight::test {

inline core::Regret regret(core::Regret::Level level, std::string domain, int depth,
                           std::initializer_list<const char *> layers)
{
    core::Regret r;
    r.level = level;
    r.domain = std::move(domain);
    r.depth = depth;
    for (const char *l : layers)
        r.layers.insert(l);
    return r;
}

inline core::Interview interview(std::initializer_list<core::Regret> regrets, bool submitted = true,
                                 std::string interviewer = "Sam")
{
    core::Interview i;
    i.interviewer = std::move(interviewer);
    i.submitted = submitted;
    i.regrets = regrets;
    return i;
}

inline core::Role role(std::string title, double breadth,
                       std::initializer_list<std::pair<const std::string, int>> demands)
{
    core::Role r;
    r.title = std::move(title);
    r.breadthDemand = breadth;
    r.domainDemands = demands;
    return r;
}

// DESIGN.md worked examples.
inline core::Role paymentBackend()
{
    return role("Payment backend", 7.5, {{"payments", 1}});
}
inline core::Role fraudPipeline()
{
    return role("Fraud scoring pipeline", 2.5, {{"streaming", 4}, {"performance", 3}});
}

inline core::Interview candidateK()
{
    using L = core::Regret::Level;
    return interview({regret(L::Domain, "streaming", 4, {"queuing", "databases"}),
                      regret(L::Domain, "performance", 3, {"queuing"})});
}

inline core::Interview candidateG()
{
    using L = core::Regret::Level;
    return interview({regret(L::Product, "", 3,
                             {"databases", "apis", "caching", "queuing", "deployment"}),
                      regret(L::Product, "", 2, {"auth", "integrations"}),
                      regret(L::Mixed, "payments", 1, {"databases"})});
}

} // namespace hindsight::test
