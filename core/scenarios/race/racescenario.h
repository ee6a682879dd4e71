#pragma once

#include "scenarios/scenario.h"

namespace conlab {

// The tutorial's account race: workers each withdraw `amount` from one balance. Without the
// lock two threads can both pass `if balance >= amount` before either subtracts (-60); with it
// the check and the subtraction are one critical section (20). Finds and marks stale checks
// and, with Expand, lost updates.
class RaceScenario : public Scenario
{
public:
    const ScenarioInfo &info() const override;
    const Teaching *teaching() const override;
    void run(RunContext &ctx) const override;
    QString listingResource(const QString &variant) const override;
    QStringList outcomeKeys() const override;
    int steppableLanes(const QVariantMap &params) const override;
};

} // namespace conlab
