#pragma once

#include "runtime/labpool.h"
#include "runtime/runcontext.h"

#include <vector>

namespace conlab {

// The lanes of a run's thread pool: one PoolWorker lane per worker, started from `parent`
// with an arrow, Idle while waiting for work, and a queue-length counter on the parent's lane.
class PoolLanes
{
public:
    PoolLanes(RunContext &ctx, int parent, int workers);
    int lane(int worker) const { return m_lanes[size_t(worker)]; }
    const std::vector<int> &lanes() const { return m_lanes; }
    LabPool::Hooks hooks();

private:
    RunContext &m_ctx;
    int m_parent;
    int m_queueName;
    std::vector<int> m_lanes;
    std::vector<int> m_spawnFlows;
};

} // namespace conlab
