#include "workerroles.h"

#include "processesscenario.h"

namespace conlab {

std::span<const WorkerRoleEntry> workerRoles()
{
    static const WorkerRoleEntry roles[] = {
        {"processes.job", &ProcessesScenario::workerJob},
    };
    return roles;
}

} // namespace conlab
