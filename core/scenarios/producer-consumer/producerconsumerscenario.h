#pragma once

#include "scenarios/scenario.h"

namespace conlab {

// Producers and consumers around a bounded queue, with a condition variable (two conditions on
// one lock) or with two counting semaphores. Waits show as "not-full" / "not-empty"; the
// results check that every item was taken exactly once.
class ProducerConsumerScenario : public Scenario
{
public:
    const ScenarioInfo &info() const override;
    const Teaching *teaching() const override;
    void run(RunContext &ctx) const override;
    qint64 idealNs(const QString &variant, const QVariantMap &params) const override;
    QString listingResource(const QString &variant) const override;
};

} // namespace conlab
