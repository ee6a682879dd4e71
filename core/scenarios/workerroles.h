#pragma once

#include "runtime/worker.h"

#include <span>

namespace conlab {

// Every role a child process can play, for runWorker().
std::span<const WorkerRoleEntry> workerRoles();

} // namespace conlab
