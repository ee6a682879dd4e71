#pragma once

#include "runtime/worker.h"
#include "scenarios/scenario.h"

namespace conlab {

// The tutorial's multiprocessing program: sing(3) and dance(4), sequentially in the main
// process or in two real child processes (our own executable in worker mode).
class ProcessesScenario : public Scenario
{
public:
    const ScenarioInfo &info() const override;
    const Teaching *teaching() const override;
    void run(RunContext &ctx) const override;
    qint64 idealNs(const QString &variant, const QVariantMap &params) const override;

    // The child's side: runs sing or dance inside the worker process.
    static int workerJob(WorkerChannel &channel, const QStringList &args);
};

} // namespace conlab
