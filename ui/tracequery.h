#pragma once

#include "trace/trace.h"

#include <vector>

namespace conlab {

// Questions the views ask of a Trace, answered from its events without changing it.
class TraceQuery
{
public:
    struct Output
    {
        qint64 t;
        int lane;
        QString text;
    };
    struct Flow
    {
        int fromLane;
        qint64 fromT;
        int toLane;
        qint64 toT;
        int label = -1; // what the arrow means, if it says ("stale check", "lost update")
        // From a read to the act it misled, on the same lane: damage, drawn as an arc.
        bool sameLane() const { return fromLane == toLane; }
    };
    struct Hold
    {
        qint64 start;
        qint64 end;
        int lock;
        int label;
        int level; // 0 for the outermost lock held, 1 for one taken while holding it, …
    };

    // The listing line the lane is on: its last Step event's line, 0 if none yet.
    static int currentLine(const Trace &trace, int lane);
    // The lane's last state (Starting if it has none yet).
    static State lastState(const Trace &trace, int lane);
    // Printed lines of every lane in time order.
    static std::vector<Output> outputs(const Trace &trace);
    // Arrows between lanes: each FlowOut with the FlowIn of the same id.
    static std::vector<Flow> flows(const Trace &trace);
    // Lock-holding bands of a lane overlapping [from, to]; a band still open ends at `end`.
    static std::vector<Hold> holds(const Trace &trace, int lane, qint64 from, qint64 to, qint64 end);
    // Smallest and largest value of a counter on a lane.
    static std::pair<double, double> counterRange(const Trace &trace, int lane, int name);
    static bool lastCounterValue(const Trace &trace, int lane, int name, double *value);
    // Names of every state that occurs anywhere in the trace, as a bit set by State.
    static quint32 statesUsed(const Trace &trace);
    static bool hasEvents(const Trace &trace, EventType type);
    // Whether any arrow starts and ends on one lane (a stale read and the act it misled).
    static bool hasSameLaneFlows(const Trace &trace);
};

} // namespace conlab
