#include "event.h"

#include <cstring>
#include <iterator>

namespace conlab {

namespace {
constexpr const char *kStateNames[StateCount] = {
    "Starting",      "Running",          "Sleeping",  "WaitingLock", "WaitingIO", "WaitingJoin", "WaitingFuture",
    "WaitingCondition", "Suspended", "Idle",        "Done",      "Failed",      "Stopped",
};
constexpr const char *kLaneKindNames[] = {"Main", "Process", "Thread", "PoolWorker", "Coroutine", "EventLoop"};
} // namespace

const char *stateName(State s)
{
    return kStateNames[int(s)];
}

const char *laneKindName(LaneKind k)
{
    return kLaneKindNames[int(k)];
}

bool stateFromName(const char *name, State *out)
{
    for (int i = 0; i < StateCount; ++i) {
        if (std::strcmp(kStateNames[i], name) == 0) {
            *out = State(i);
            return true;
        }
    }
    return false;
}

bool laneKindFromName(const char *name, LaneKind *out)
{
    for (int i = 0; i < int(std::size(kLaneKindNames)); ++i) {
        if (std::strcmp(kLaneKindNames[i], name) == 0) {
            *out = LaneKind(i);
            return true;
        }
    }
    return false;
}

} // namespace conlab
