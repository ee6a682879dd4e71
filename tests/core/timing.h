#pragma once

// How a timing test measures here (README, "Reliability"): it reads off the trace the part
// it is about — a lane's Sleeping spans, the time once every lane had started — and never
// divides wall times that include starting a process. Starting a child costs about 20 ms in
// the plain build on an idle machine and a quarter of a second or more in a sanitizer build
// that shares two cores with other tests; the program records that cost as the lane's
// Starting span, so a test can set it aside and report it instead of asserting on it.
#include "trace/trace.h"

#include <QByteArray>
#include <QtGlobal>
#include <algorithm>
#include <limits>
#include <vector>

namespace conlab::test {

struct Interval
{
    qint64 begin = 0;
    qint64 end = 0;
    qint64 length() const { return end - begin; }
};

// Every span of `state` on `lane`, in time order; the run's end closes a span still open.
inline std::vector<Interval> spansIn(const Trace &t, int lane, State state)
{
    std::vector<Interval> out;
    bool open = false;
    for (const Event &e : t.events(lane)) {
        if (e.type != EventType::State)
            continue;
        if (open)
            out.back().end = e.t;
        open = e.state == state;
        if (open)
            out.push_back({e.t, e.t});
    }
    if (open)
        out.back().end = std::max(out.back().begin, std::max(t.wallNs, t.endTime()));
    return out;
}

// How long `lane` spent in `state`, all its spans together.
inline qint64 timeIn(const Trace &t, int lane, State state)
{
    qint64 sum = 0;
    for (const Interval &i : spansIn(t, lane, state))
        sum += i.length();
    return sum;
}

// How much of the time line the spans cover together (overlaps counted once).
inline qint64 unionLength(std::vector<Interval> spans)
{
    std::sort(spans.begin(), spans.end(), [](const Interval &a, const Interval &b) { return a.begin < b.begin; });
    qint64 sum = 0, reach = std::numeric_limits<qint64>::min();
    for (const Interval &i : spans) {
        const qint64 from = std::max(i.begin, reach);
        if (i.end > from)
            sum += i.end - from;
        reach = std::max(reach, i.end);
    }
    return sum;
}

// From the lane's first Sleeping span to the end of its last: the time its work of sleeping
// took, however late the lane started and however long its process took to end.
inline qint64 sleepingStretch(const Trace &t, int lane)
{
    const std::vector<Interval> spans = spansIn(t, lane, State::Sleeping);
    return spans.empty() ? 0 : spans.back().end - spans.front().begin;
}

// When the last lane finished starting (0 if none had a Starting span): from then on every
// lane is doing the program's own work.
inline qint64 allStartedAt(const Trace &t)
{
    qint64 at = 0;
    for (const Lane &l : t.lanes()) {
        for (const Interval &i : spansIn(t, l.id, State::Starting))
            at = std::max(at, i.end);
    }
    return at;
}

// The run's time once every lane had started: what the program's concurrency decides, not
// what the machine charges for a new process.
inline qint64 timeAfterStartUp(const Trace &t)
{
    return t.wallNs - allStartedAt(t);
}

// The longest Starting span of any lane: reported in a test's messages, never bounded.
inline qint64 longestStartUp(const Trace &t)
{
    qint64 most = 0;
    for (const Lane &l : t.lanes()) {
        for (const Interval &i : spansIn(t, l.id, State::Starting))
            most = std::max(most, i.length());
    }
    return most;
}

// The first moment `lane` entered `state` (-1 if it never did).
inline qint64 firstEntered(const Trace &t, int lane, State state)
{
    for (const Event &e : t.events(lane)) {
        if (e.type == EventType::State && e.state == state)
            return e.t;
    }
    return -1;
}

// A bound on how quickly something must happen (a stop, a wake-up, a time-out), in the plain
// build. A sanitizer build runs the same code several times slower and shares two cores with
// other sanitizer tests, so it is given three times as long: still far below what a user
// would call a hang, and still well apart from the failure each bound is there to catch.
inline qint64 quickMs(qint64 plainMs)
{
    return qEnvironmentVariableIntValue("CONLAB_TEST_SCALE") > 1 ? 3 * plainMs : plainMs;
}

inline QByteArray msText(qint64 ns)
{
    return QByteArray::number(double(ns) / 1e6, 'f', 1) + " ms";
}

} // namespace conlab::test
