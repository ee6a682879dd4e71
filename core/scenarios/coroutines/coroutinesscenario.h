#pragma once

#include "runtime/worker.h"
#include "scenarios/scenario.h"

namespace conlab {

// The tutorial's last chapter: many tasks that mostly wait, as coroutines on one thread next
// to the same work on one thread each, with what each costs measured in a fresh process.
class CoroutinesScenario : public Scenario
{
public:
    const ScenarioInfo &info() const override;
    const Teaching *teaching() const override;
    void run(RunContext &ctx) const override;
    qint64 idealNs(const QString &variant, const QVariantMap &params) const override;
    QString listingResource(const QString &variant) const override;

    // Coroutine frames of this scenario alive in this process (0 once a run has ended or stopped).
    static int liveFrames();
    // Worker role: measures one variant's cost and reports it as results. Args: VARIANT TASKS AWAITS.
    static int workerCost(WorkerChannel &channel, const QStringList &args);
    static constexpr const char *kCostRole = "coroutines.cost";
};

} // namespace conlab
