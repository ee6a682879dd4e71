#include "workerroles.h"

#include "scenarios/cpu-bound/cpuboundscenario.h"
#include "scenarios/coroutines/coroutinesscenario.h"
#include "scenarios/processes/processesscenario.h"

namespace conlab {

std::span<const WorkerRoleEntry> workerRoles()
{
    static const WorkerRoleEntry roles[] = {
        {"processes.job", &ProcessesScenario::workerJob},
        {"cpu-bound.worker", &CpuBoundScenario::workerRole},
        {CoroutinesScenario::kCostRole, &CoroutinesScenario::workerCost},
    };
    return roles;
}

} // namespace conlab
