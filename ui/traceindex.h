#pragma once

#include "tracequery.h"

#include <span>
#include <vector>

namespace conlab {

// What painting needs to know about a whole Trace on every frame but can learn only from a pass
// over every event: the counters of each lane (for the layout's rows) and the arrows between
// lanes. Built once per change of the trace, so a repaint reads only the events it draws.
class TraceIndex
{
public:
    TraceIndex() = default;
    explicit TraceIndex(const Trace &trace) { update(trace); }

    // Rebuilds if the trace is another one or has changed (events added, end moved).
    void update(const Trace &trace);

    // Counters recorded on a lane, in order of first appearance (TimelineLayout::counters).
    const std::vector<int> &counters(int lane) const;
    // Smallest and largest value of a counter on a lane (TraceQuery::counterRange).
    std::pair<double, double> counterRange(int lane, int name) const;
    // Lock-holding bands of a lane overlapping [from, to] (TraceQuery::holds), found by binary
    // search; a band still open ends at `end`.
    std::vector<TraceQuery::Hold> holds(int lane, qint64 from, qint64 to, qint64 end) const;
    // Arrows overlapping [from, to] in time, in order of their earlier end.
    std::span<const TraceQuery::Flow> flows(qint64 from, qint64 to) const;
    size_t flowCount() const { return m_flows.size(); }

private:
    const Trace *m_trace = nullptr;
    size_t m_events = 0;
    size_t m_lanes = 0;
    qint64 m_end = -1;
    std::vector<std::vector<int>> m_counters;
    std::vector<std::vector<std::pair<double, double>>> m_ranges; // per lane, as m_counters
    struct LaneHolds
    {
        std::vector<TraceQuery::Hold> closed; // by start
        std::vector<TraceQuery::Hold> open;   // not released by the trace's end
        qint64 longest = 0;
    };
    std::vector<LaneHolds> m_holds;
    std::vector<TraceQuery::Flow> m_flows; // sorted by min(fromT, toT)
    qint64 m_longestFlow = 0;
};

} // namespace conlab
