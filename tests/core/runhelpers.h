#pragma once

// Shared by the pool, cpu-bound and producer-consumer tests: settings, reading a finished trace,
// and stopping a run at a chosen moment.
#include "procfs.h"
#include "scenarios/listing.h"
#include "scenarios/run.h"
#include "timing.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>

namespace conlab::test {

inline RunSettings settingsFor(const Scenario &s, const QString &variant, const QVariantMap &extra = {})
{
    RunSettings r;
    r.variant = variant;
    r.params = s.defaults();
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        r.params.insert(it.key(), it.value());
    r.workerPath = QStringLiteral(CONLAB_EXE);
    return r;
}

inline Trace runScenario(const char *id, const QString &variant, const QVariantMap &extra = {})
{
    const Scenario &s = *findScenario(QLatin1String(id));
    return runToEnd(s, settingsFor(s, variant, extra));
}

inline const Lane *laneNamed(const Trace &t, const QString &name)
{
    for (const Lane &l : t.lanes()) {
        if (l.name == name)
            return &l;
    }
    return nullptr;
}

inline std::vector<Event> eventsOf(const Trace &t, int lane, EventType type)
{
    std::vector<Event> out;
    for (const Event &e : t.events(lane)) {
        if (e.type == type)
            out.push_back(e);
    }
    return out;
}

// Every Step event at `line`, on any lane, in time order.
inline std::vector<Event> stepsAt(const Trace &t, int line)
{
    std::vector<Event> out;
    for (const Lane &l : t.lanes()) {
        for (const Event &e : t.events(l.id)) {
            if (e.type == EventType::Step && e.aux == line)
                out.push_back(e);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Event &a, const Event &b) { return a.t < b.t; });
    return out;
}

inline QStringList printedLines(const Trace &t, int lane)
{
    QStringList out;
    for (const Event &e : t.events(lane)) {
        if (e.type == EventType::Mark && e.aux == int(MarkKind::Output))
            out << t.label(e.label);
    }
    return out;
}

inline State finalState(const Trace &t, int lane)
{
    const auto &ev = t.events(lane);
    auto last = std::find_if(ev.rbegin(), ev.rend(), [](const Event &e) { return e.type == EventType::State; });
    return last == ev.rend() ? State::Idle : last->state;
}

inline int lineOf(const Scenario &s, const QString &variant, const char *anchor, const char *needle)
{
    return findLine(s.renderedListing(variant, s.defaults()), QLatin1String(anchor), QLatin1String(needle));
}

// Starts the run, stops it after `afterMs`, and checks what Stop promises: back within 200 ms
// (quickMs: more in a sanitizer build),
// every lane ended Done or Stopped. Returns false (with a message) on the first miss.
inline bool stopsCleanly(const Scenario &s, const RunSettings &settings, int afterMs, QByteArray *why)
{
    Run run(s, settings);
    Trace trace(run.context().recorder().sharedStrings());
    run.start();
    run.waitFinished(afterMs);
    QElapsedTimer clock;
    clock.start();
    run.stop();
    const qint64 ms = clock.elapsed();
    const QByteArray where = QByteArray(s.info().id) + '/' + settings.variant.toLatin1() + " after " +
                             QByteArray::number(afterMs) + " ms: ";
    if (ms >= quickMs(200)) {
        *why = where + "stop took " + QByteArray::number(ms) + " ms";
        return false;
    }
    run.finishTrace(trace);
    for (const Lane &lane : trace.lanes()) {
        const State st = finalState(trace, lane.id);
        if (st != State::Done && st != State::Stopped) {
            *why = where + "lane " + lane.name.toUtf8() + " left open";
            return false;
        }
    }
    return true;
}

} // namespace conlab::test
