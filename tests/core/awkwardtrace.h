#pragma once

// A made-up run for the trace file tests, with what real runs rarely have.
#include "trace/trace.h"

#include <QString>

namespace conlab::test {

inline QString dataPath(const QString &name)
{
    return QStringLiteral(CONLAB_SOURCE_DIR "/tests/data/traces/") + name;
}

// A made-up run with what real runs rarely have: awkward text, a lane with no events, marks
// at the instant of a state change, extreme counter values, every kind of event.
inline Trace awkwardTrace()
{
    Trace t;
    t.setLane({0, LaneKind::Main, QStringLiteral("main \"quoted\" \\ back\\slash"), 4242, 1, 4242, -1});
    t.setLane({1, LaneKind::Thread, QStringLiteral("工作线程 ✓"), 4242, 1, 4243, 0});
    t.setLane({2, LaneKind::Coroutine, QStringLiteral("coroutine"), 4242, 1, 0, 0});
    t.setLane({3, LaneKind::Process, QStringLiteral("child"), 4300, 4242, 4300, 0});
    StringTable &s = t.strings();
    const int text = s.intern(QStringLiteral("line\nwith\ttabs and \x01 control"));
    const int condition = s.intern(QStringLiteral("not-full"));
    const int counter = s.intern(QStringLiteral("balance"));
    t.append(Event::make(0, 0, EventType::Mark, text, int(MarkKind::Output)));
    t.append(Event::makeState(0, 0, State::Starting));
    t.append(Event::makeState(0, 0, State::Running, condition));
    t.append(Event::make(0, 0, EventType::Counter, counter, 0, 0.1));
    t.append(Event::make(5, 0, EventType::Counter, counter, 0, -60));
    t.append(Event::make(6, 0, EventType::Counter, counter, 0, 1e-7));
    t.append(Event::make(7, 0, EventType::Counter, counter, 0, 1.7976931348623157e308));
    t.append(Event::make(1'000, 0, EventType::FlowOut, -1, 3));
    t.append(Event::make(1'500, 1, EventType::FlowIn, -1, 3));
    t.append(Event::makeState(1'500, 1, State::WaitingCondition, condition));
    t.append(Event::make(2'000, 1, EventType::HoldBegin, s.intern(QStringLiteral("lock")), 1));
    t.append(Event::make(2'001, 1, EventType::Step, s.intern(QStringLiteral("balance -= amount")), 12));
    t.append(Event::make(2'002, 1, EventType::HoldEnd, s.intern(QStringLiteral("lock")), 1));
    t.append(Event::make(2'003, 1, EventType::Mark, s.intern(QStringLiteral("result")), int(MarkKind::Result)));
    t.append(Event::makeState(3'000'000'000'123, 3, State::Done));
    t.setEndTime(3'000'000'000'999);
    t.scenario = QStringLiteral("made-up");
    t.variant = QStringLiteral("awkward");
    t.parameters = {{QStringLiteral("unit-ms"), 10}, {QStringLiteral("expand"), true}};
    t.results = {{QStringLiteral("cycle"), QVariantList{1, 2}}, {QStringLiteral("note"), QStringLiteral("é")}};
    t.schedule = {1, 2, 1, 2};
    t.wallNs = 3'000'000'001'000;
    t.idealNs = -1;
    // Captions in the order a user may leave them (not sorted): on a lane with no events, two at
    // one moment, text that JSON must escape, Chinese, and one at the last nanosecond.
    t.captions = {
        {1, 1'500, QStringLiteral("线程 2 在这里读到旧的余额")},
        {0, 0, QStringLiteral("say \"hi\" \\ C:\\temp\\ and\ta tab")},
        {1, 1'500, QStringLiteral("second note at the same moment ✓")},
        {2, 7, QStringLiteral("</script> & <b>not bold</b>")},
        {3, 3'000'000'000'999, QStringLiteral("last\nline")},
    };
    return t;
}

} // namespace conlab::test
