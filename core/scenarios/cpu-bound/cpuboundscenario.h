#pragma once

#include "runtime/worker.h"
#include "scenarios/scenario.h"

namespace conlab {

// "Threads suit CPU-heavy work", measured: counting primes in fixed chunks shared out among
// `workers` threads, child processes, or threads that must hold one global lock while they
// compute, as CPython's GIL makes them. CPU time per lane in the results.
class CpuBoundScenario : public Scenario
{
public:
    const ScenarioInfo &info() const override;
    const Teaching *teaching() const override;
    bool pureComputation() const override { return true; }
    void run(RunContext &ctx) const override;
    QString listingResource(const QString &variant) const override;

    // The child's side of the processes variant: NAME INDEX WORKERS AMOUNT RESULT_FILE.
    static int workerRole(WorkerChannel &channel, const QStringList &args);
};

} // namespace conlab
