#pragma once

#include "scenarios/scenario.h"

namespace conlab {

// The tutorial's crawler: nine list pages of the built-in practice site downloaded, parsed
// for their post links and saved as JSON, one after another, with the tutorial's start-join
// slip, on threads, on a pool, and as coroutines on one thread.
class CrawlerScenario : public Scenario
{
public:
    const ScenarioInfo &info() const override;
    const Teaching *teaching() const override;
    void run(RunContext &ctx) const override;
    qint64 idealNs(const QString &variant, const QVariantMap &params) const override;
    QString listingResource(const QString &variant) const override;
};

} // namespace conlab
