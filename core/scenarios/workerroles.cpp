#include "workerroles.h"

#include "cpuboundscenario.h"
#include "coroutinesscenario.h"
#include "processesscenario.h"

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
