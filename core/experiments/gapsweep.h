#pragma once

#include "scenarios/scenario.h"

#include <QList>

#include <functional>
#include <vector>

namespace conlab {

// How often each outcome occurs against the race's gap between check and act, in free mode:
// the threads go as the operating system schedules them, nothing shakes them. This is what a
// student's own program sees, and why a Python race that needs a long gap rarely shows.
struct GapSweep
{
    struct Point
    {
        qint64 gapUs = 0;
        int trials = 0;
        std::vector<std::pair<QList<qint64>, int>> counts; // outcome key → trials
        int count(const QList<qint64> &key) const;
    };

    QString scenario;
    QString variant;
    QVariantMap parameters; // gap as given; each point overrides it
    QStringList keys;       // the scenario's outcome keys
    std::vector<Point> points;
    qint64 wallNs = 0;
    bool stopped = false;

    // Every outcome seen at any gap, the most frequent overall first.
    std::vector<QList<qint64>> outcomes() const;
    double share(size_t point, const QList<qint64> &key) const;

    // 0, 1, 2, 5 … 1000 µs: a log scale from "none" to a thousand times a thread's start.
    static const std::vector<qint64> &defaultGaps();
};

// Runs `perGap` free-mode runs at each gap; `progress(done)` is called after every run and
// stops the sweep by returning false. Runs on the caller's thread.
GapSweep runGapSweep(const Scenario &scenario, RunSettings settings, const std::vector<qint64> &gapsUs, int perGap,
                     const std::function<bool(int)> &progress = {});

} // namespace conlab
