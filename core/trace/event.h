#pragma once

#include <QtGlobal>

#include <cstdint>
#include <string_view>

namespace conlab {

// What a lane is, for grouping and icons. Order is stable: saved files use the numbers.
enum class LaneKind : quint8 { Main, Process, Thread, PoolWorker, Coroutine, EventLoop };

// The state vocabulary of DESIGN.md. States are contiguous spans: a lane is in one state
// from its State event until the next. Order is stable: saved files use the numbers.
enum class State : quint8 {
    Starting,
    Running,
    Sleeping,
    WaitingLock,
    WaitingIO,
    WaitingJoin,
    WaitingFuture,
    WaitingCondition,
    Suspended,
    Idle,
    Done,
    Failed,
    Stopped,
};
constexpr int StateCount = int(State::Stopped) + 1;

enum class EventType : quint8 {
    State,     // lane enters `state`; label says more (e.g. which condition)
    HoldBegin, // lane starts holding lock `aux` (label: lock name)
    HoldEnd,   // lane stops holding lock `aux`
    Mark,      // an instant with a text; aux = MarkKind
    Counter,   // counter `label` takes `value`
    FlowOut,   // arrow `aux` leaves this lane
    FlowIn,    // arrow `aux` arrives on this lane
    Step,      // lane reaches line `aux` of the listing; label: the action
};

enum class MarkKind : qint32 { Note = 0, Output = 1, Result = 2 };

// One recorded fact. A fixed-size value: no allocation, no strings (labels are interned ids).
struct Event
{
    qint64 t = 0;     // nanoseconds since the run's start
    double value = 0; // Counter: the value
    qint32 lane = 0;
    qint32 label = -1; // interned string id, -1 for none
    qint32 aux = 0;    // lock id, flow id, listing line, MarkKind
    EventType type = EventType::State;
    State state = State::Running;
    quint16 reserved = 0;

    static Event makeState(qint64 t, int lane, State s, int label = -1)
    {
        Event e;
        e.t = t;
        e.lane = lane;
        e.type = EventType::State;
        e.state = s;
        e.label = label;
        return e;
    }
    static Event make(qint64 t, int lane, EventType type, int label = -1, int aux = 0, double value = 0)
    {
        Event e;
        e.t = t;
        e.lane = lane;
        e.type = type;
        e.label = label;
        e.aux = aux;
        e.value = value;
        return e;
    }
};
static_assert(sizeof(Event) == 32, "Event stays a small fixed-size value");

const char *stateName(State s);
const char *laneKindName(LaneKind k);
bool stateFromName(const char *name, State *out);
bool laneKindFromName(const char *name, LaneKind *out);
bool stateFromName(std::string_view name, State *out);
bool laneKindFromName(std::string_view name, LaneKind *out);

} // namespace conlab
