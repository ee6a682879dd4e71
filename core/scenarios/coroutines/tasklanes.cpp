#include "tasklanes.h"

#include <algorithm>

namespace conlab {

TaskLanes::TaskLanes(RunContext &ctx, LaneKind kind, int tasks, int parent, State waitState, const QString &waitLabel)
    : m_ctx(ctx)
    , m_waitState(waitState)
{
    const int traced = std::min(tasks, kTraced);
    m_lanes.reserve(size_t(traced));
    for (int n = 0; n < traced; ++n)
        m_lanes.push_back(ctx.addLane(kind, QStringLiteral("task-%1").arg(n), parent));
    if (tasks > traced) {
        m_restLane = ctx.addLane(kind, QStringLiteral("+%1 more").arg(tasks - traced), parent);
        m_count[int(Phase::Created)] = tasks - traced;
        m_names[int(Phase::Running)] = ctx.intern(QStringLiteral("running"));
        m_names[int(Phase::Waiting)] = ctx.intern(waitLabel);
        m_names[int(Phase::Done)] = ctx.intern(QStringLiteral("done"));
        ctx.state(m_restLane, State::Starting);
    }
    // Fine enough to follow a unit, coarse enough that 100,000 tasks make hundreds of counter
    // events, not hundreds of thousands.
    m_gapNs = std::clamp<qint64>(ctx.unitNs() / 100, 100'000, 5'000'000);
    flush(true);
}

void TaskLanes::move(int, Phase from, Phase to)
{
    if (m_restLane < 0)
        return;
    std::lock_guard lock(m_mutex);
    --m_count[int(from)];
    ++m_count[int(to)];
    flushLocked(false);
}

void TaskLanes::flush(bool force)
{
    if (m_restLane < 0)
        return;
    std::lock_guard lock(m_mutex);
    flushLocked(force);
}

void TaskLanes::flushLocked(bool force)
{
    const qint64 t = m_ctx.now();
    if (!force && m_lastFlush >= 0 && t - m_lastFlush < m_gapNs)
        return;
    m_lastFlush = t;
    for (int p = int(Phase::Running); p <= int(Phase::Done); ++p) {
        if (m_count[p] != m_recorded[p]) {
            m_ctx.counter(m_restLane, m_names[p], m_count[p], t);
            m_recorded[p] = m_count[p];
        }
    }
    const int running = m_count[int(Phase::Running)], waiting = m_count[int(Phase::Waiting)];
    const int live = running + waiting + m_count[int(Phase::Created)];
    const State s = live == 0    ? State::Done
                    : running > 0 ? State::Running
                    : waiting > 0 ? m_waitState
                                  : State::Starting;
    if (m_ctx.lastState(m_restLane) != s && m_ctx.lastState(m_restLane) != State::Stopped)
        m_ctx.state(m_restLane, s, t, -1);
}

} // namespace conlab
