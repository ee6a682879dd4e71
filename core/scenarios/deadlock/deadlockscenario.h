#pragma once

#include "scenarios/scenario.h"

namespace conlab {

// Beyond the tutorial: two threads, two locks. Taken in opposite orders they deadlock; the
// gate's detector finds the cycle in the wait-for graph, names it and ends the run cleanly.
// One global order, or taking both at once (std::scoped_lock), cannot deadlock.
class DeadlockScenario : public Scenario
{
public:
    const ScenarioInfo &info() const override;
    const Teaching *teaching() const override;
    void run(RunContext &ctx) const override;
    QString listingResource(const QString &variant) const override;
    int steppableLanes(const QVariantMap &params) const override;
};

} // namespace conlab
