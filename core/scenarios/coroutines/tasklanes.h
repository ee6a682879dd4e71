#pragma once

#include "runtime/runcontext.h"

#include <mutex>
#include <vector>

namespace conlab {

// The lanes of many tasks: one for each of the first kTraced, and one "+N more" lane whose
// counters say how many of the rest are running, waiting and done. A timeline of 100,000
// lanes would show nothing; the counters show the crowd. Safe to use from many threads.
class TaskLanes
{
public:
    static constexpr int kTraced = 32;
    enum class Phase : quint8 { Created, Running, Waiting, Done };

    // `waitState` is how a waiting task looks (Suspended, Sleeping); `waitLabel` names its counter.
    TaskLanes(RunContext &ctx, LaneKind kind, int tasks, int parent, State waitState, const QString &waitLabel);

    int lane(int task) const { return task < int(m_lanes.size()) ? m_lanes[size_t(task)] : -1; }
    int restLane() const { return m_restLane; }
    int traced() const { return int(m_lanes.size()); }

    // Untraced tasks only (traced ones draw their own lanes): counts a move between phases.
    void move(int task, Phase from, Phase to);
    // Records the counters if they changed; without `force`, at most once per gap.
    void flush(bool force);

private:
    void flushLocked(bool force);

    RunContext &m_ctx;
    State m_waitState;
    std::vector<int> m_lanes;
    int m_restLane = -1;
    int m_names[4] = {-1, -1, -1, -1}; // counter label per Phase (Created has none)
    std::mutex m_mutex;
    int m_count[4] = {0, 0, 0, 0};
    int m_recorded[4] = {-1, -1, -1, -1};
    qint64 m_lastFlush = -1;
    qint64 m_gapNs = 0;
};

} // namespace conlab
