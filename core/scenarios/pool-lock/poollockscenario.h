#pragma once

#include "scenarios/scenario.h"

namespace conlab {

// The tutorial's pool + lock program: withdrawals submitted to a thread pool, each sleeping
// while it holds the lock. Shows who holds the lock, who waits for it, and every hand-over.
class PoolLockScenario : public Scenario
{
public:
    const ScenarioInfo &info() const override;
    const Teaching *teaching() const override;
    void run(RunContext &ctx) const override;
    QStringList outcomeKeys() const override;
};

} // namespace conlab
