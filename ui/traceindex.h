#pragma once

#include "flowindex.h"
#include "laneindex.h"

#include <vector>

namespace conlab {

// What painting needs to know about a whole Trace but can learn only from a pass over every
// event: each lane's events sorted out by kind (LaneIndex: state changes, marks, counters, lock
// holds) and the arrows between lanes grouped by pair (FlowIndex). Built once per change of the
// trace, so a repaint reads only what it draws, in arrays a fraction of the events' size.
class TraceIndex
{
public:
    TraceIndex() = default;
    explicit TraceIndex(const Trace &trace) { update(trace); }

    // Rebuilds if the trace is another one or has changed (events added, end moved).
    void update(const Trace &trace);

    // The lane's arrays (empty for a lane the trace does not have).
    const LaneIndex &lane(int lane) const;
    // Counters recorded on a lane, in order of first appearance (TimelineLayout::counters).
    const std::vector<int> &counters(int lane) const;
    // Smallest and largest value of a counter on a lane (TraceQuery::counterRange).
    std::pair<double, double> counterRange(int lane, int name) const;
    // Lock-holding bands of a lane overlapping [from, to] (TraceQuery::holds); a band still open
    // ends at `end`.
    std::vector<TraceQuery::Hold> holds(int lane, qint64 from, qint64 to, qint64 end) const;
    const FlowIndex &flows() const { return m_flows; }

    // What the last build cost: memory held (bytes) and thread CPU time (ms).
    size_t bytes() const;
    double buildMs() const { return m_buildMs; }

private:
    const Trace *m_trace = nullptr;
    size_t m_events = 0;
    size_t m_laneCount = 0;
    qint64 m_end = -1;
    std::vector<LaneIndex> m_lanes;
    std::vector<std::vector<int>> m_counters; // names only, as TimelineLayout lays them out
    FlowIndex m_flows;
    double m_buildMs = 0;
};

} // namespace conlab
