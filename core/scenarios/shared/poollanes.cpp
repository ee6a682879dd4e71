#include "poollanes.h"

namespace conlab {

PoolLanes::PoolLanes(RunContext &ctx, int parent, int workers)
    : m_ctx(ctx)
    , m_parent(parent)
    , m_queueName(ctx.intern(QStringLiteral("queue")))
{
    for (int i = 0; i < workers; ++i) {
        m_lanes.push_back(ctx.addLane(LaneKind::PoolWorker, QStringLiteral("worker-%1").arg(i + 1), parent));
        ctx.state(m_lanes.back(), State::Starting);
        m_spawnFlows.push_back(ctx.flowOut(parent));
    }
    ctx.counter(parent, m_queueName, 0);
}

LabPool::Hooks PoolLanes::hooks()
{
    LabPool::Hooks h;
    h.started = [this](int w) {
        m_ctx.claimLane(lane(w));
        m_ctx.flowIn(lane(w), m_spawnFlows[size_t(w)]);
    };
    h.idle = [this](int w) { m_ctx.state(lane(w), State::Idle); };
    h.finished = [this](int w) { m_ctx.state(lane(w), m_ctx.stopping() ? State::Stopped : State::Done); };
    h.queueChanged = [this](qsizetype n) { m_ctx.counter(m_parent, m_queueName, double(n)); };
    return h;
}

} // namespace conlab
