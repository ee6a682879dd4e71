#pragma once

// Shared by the race and gate tests: running the race in a chosen mode and reading results.
#include "scenarios/run.h"

#include <QElapsedTimer>
#include <QThread>

namespace conlab::test {

inline RunSettings raceSettings(const QString &variant, StepMode mode, std::vector<int> schedule = {},
                                QVariantMap extra = {})
{
    const Scenario &s = *findScenario(QStringLiteral("race"));
    RunSettings r;
    r.variant = variant;
    r.params = s.defaults();
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        r.params.insert(it.key(), it.value());
    r.gate.mode = mode;
    r.gate.schedule = std::move(schedule);
    return r;
}

inline Trace runRace(const RunSettings &settings)
{
    return runToEnd(*findScenario(QStringLiteral("race")), settings);
}

inline int result(const Trace &t, const char *name)
{
    return t.results.value(QLatin1String(name)).toInt();
}

// (lane, line) of every step of the worker lanes, in the order they were taken.
inline QList<QPair<QString, int>> workerSteps(const Trace &t)
{
    std::vector<Event> steps;
    for (const Lane &l : t.lanes()) {
        if (l.kind != LaneKind::Thread)
            continue;
        for (const Event &e : t.events(l.id)) {
            if (e.type == EventType::Step)
                steps.push_back(e);
        }
    }
    std::stable_sort(steps.begin(), steps.end(), [](const Event &a, const Event &b) { return a.t < b.t; });
    QList<QPair<QString, int>> out;
    for (const Event &e : steps)
        out << qMakePair(t.lane(e.lane)->name, e.aux);
    return out;
}

template<typename Pred>
bool pollUntil(Pred ready, int timeoutMs = 10'000)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        if (ready())
            return true;
        QThread::usleep(500);
    }
    return ready();
}

} // namespace conlab::test
