#include "event.h"

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
    return stateFromName(std::string_view(name), out);
}

bool laneKindFromName(const char *name, LaneKind *out)
{
    return laneKindFromName(std::string_view(name), out);
}

bool stateFromName(std::string_view name, State *out)
{
    for (int i = 0; i < StateCount; ++i) {
        if (name == kStateNames[i]) {
            *out = State(i);
            return true;
        }
    }
    return false;
}

bool laneKindFromName(std::string_view name, LaneKind *out)
{
    for (int i = 0; i < int(std::size(kLaneKindNames)); ++i) {
        if (name == kLaneKindNames[i]) {
            *out = LaneKind(i);
            return true;
        }
    }
    return false;
}

} // namespace conlab
