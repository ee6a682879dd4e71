#pragma once

#include "scenarios/scenario.h"

namespace conlab {

// The tutorial's thread-pool program: read_file (1 unit), connect_db (2) and send_request (3),
// called one after another on the main thread, or submitted to a pool of `workers` threads
// whose futures the main thread reads in submission order.
class PoolScenario : public Scenario
{
public:
    const ScenarioInfo &info() const override;
    const Teaching *teaching() const override;
    void run(RunContext &ctx) const override;
    qint64 idealNs(const QString &variant, const QVariantMap &params) const override;
};

// Wall time of tasks of these lengths (in units), submitted in order to `workers` threads that
// each take the next queued task as soon as they are free.
qint64 greedyPoolUnits(const std::vector<qint64> &taskUnits, int workers);

} // namespace conlab
