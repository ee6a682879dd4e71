#pragma once

#include "scenarios/scenario.h"

#include <functional>
#include <stop_token>
#include <vector>

namespace conlab {

// One run of a sweep: the scenario with `workers` workers.
struct SweepPoint
{
    int workers = 0;
    qint64 wallNs = 0;
    double speedup = 0; // the 1-worker run's wall time over this one's
    double ideal = 0;   // what the speed-up would be with no overhead (see idealSpeedup)
    double cpuMs = -1;  // CPU time of all lanes (results.cpu_total_ms), -1 where the scenario has none
    std::vector<double> workerCpuMs; // CPU time of each worker (results.cpu_ms), empty where none
};

// Speed-up against workers, on this machine: the figures behind the sweep chart.
struct SweepSummary
{
    QString scenario;
    QString variant;
    QVariantMap parameters; // of the runs; "workers" is what varies
    int cores = 0;
    int maxWorkers = 0;
    std::vector<SweepPoint> points; // workers 1, 2, … in order
    qint64 wallNs = 0;
    bool stopped = false;
};

// A scenario can be swept when it has an integer "workers" parameter that starts at 1.
bool canSweep(const Scenario &scenario);
// Up to twice the cores (so the chart shows where more workers stop helping), within the table.
int defaultSweepMax(const Scenario &scenario);
// The ideal speed-up at `workers`: from the scenario's own ideal times where it has them (pool:
// 6/6, 6/4, 6/3 …), else one per worker up to the number of cores, flat beyond.
double idealSpeedup(const Scenario &scenario, const QString &variant, QVariantMap params, int workers, int cores);

// Runs the scenario with workers = 1 … maxWorkers, one run each, one after another, quietly.
// `onPoint` is called after each run (on the calling thread). A stop ends the run in progress at
// once; the summary then holds the points finished before it and says stopped.
SweepSummary runSweep(const Scenario &scenario, RunSettings settings, int maxWorkers, std::stop_token stop = {},
                      const std::function<void(const SweepPoint &)> &onPoint = {});

QVariantMap sweepToVariant(const SweepSummary &summary);

} // namespace conlab
