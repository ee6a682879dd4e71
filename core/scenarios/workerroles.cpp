#include "workerroles.h"

#include "cpuboundscenario.h"
#include "processesscenario.h"

namespace conlab {

std::span<const WorkerRoleEntry> workerRoles()
{
    static const WorkerRoleEntry roles[] = {
        {"processes.job", &ProcessesScenario::workerJob},
        {"cpu-bound.worker", &CpuBoundScenario::workerRole},
    };
    return roles;
}

} // namespace conlab
