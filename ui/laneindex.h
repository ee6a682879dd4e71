#pragma once

#include "tracequery.h"

#include <vector>

namespace conlab {

// One lane's events sorted out by what draws them: its state changes, its marks, each of its
// counters and its lock-holding bands, each in a compact array of its own. A repaint of a
// million-event trace then reads a few bytes per thing it draws instead of every 32-byte event
// of every lane in view, and searches each kind by time directly. Built in one pass over the
// lane; TraceIndex keeps one per lane and rebuilds them when the trace changes.
class LaneIndex
{
public:
    // The lane's State events: when each begins, which state, and where it is in trace.events().
    struct States
    {
        std::vector<qint64> t;
        std::vector<State> state;
        std::vector<qint32> event;
    };
    // The lane's Mark events: when, and where each is in trace.events().
    struct Marks
    {
        std::vector<qint64> t;
        std::vector<qint32> event;
    };
    // One counter of the lane: its values in time order and its smallest and largest.
    struct Counter
    {
        int name = -1;
        double lo = 0;
        double hi = 0;
        std::vector<qint64> t;
        std::vector<double> value;
    };

    LaneIndex() = default;
    LaneIndex(const Trace &trace, int lane);

    const States &states() const { return m_states; }
    const Marks &marks() const { return m_marks; }
    // Counters in order of first appearance (TimelineLayout::counters).
    const std::vector<Counter> &counters() const { return m_counters; }
    const Counter *counter(int name) const;
    // Lock-holding bands overlapping [from, to] (TraceQuery::holds), found by binary search; a
    // band still open ends at `end`. `out` is cleared first.
    void holds(qint64 from, qint64 to, qint64 end, std::vector<TraceQuery::Hold> &out) const;
    // Memory held, in bytes.
    size_t bytes() const;

private:
    States m_states;
    Marks m_marks;
    std::vector<Counter> m_counters;
    std::vector<TraceQuery::Hold> m_closedHolds; // by start
    std::vector<TraceQuery::Hold> m_openHolds;   // not released by the trace's end
    qint64 m_longestHold = 0;
};

} // namespace conlab
