#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace conlab {

// What running `tasks` tasks costs, measured in the process that calls this (a fresh worker
// process: peaks never come down, so a second measurement in one process would read the first).
// The tasks do the lesson's work, awaits × (a step, one unit's wait), without recording.
struct TaskCost
{
    int tasks = 0;           // tasks started
    int done = 0;            // tasks that ran to their end
    int threads = 0;         // distinct threads the tasks ran on
    double wallMs = 0;       // first creation to last task done
    double createUsPerTask = 0;
    double peakRssPerTask = 0;  // bytes: growth of VmHWM over the run, per task
    double heapPerTask = 0;     // bytes the allocator handed out per task while all were alive
    double frameBytes = 0;      // coroutines: the allocation of one coroutine frame
    double stackReserved = 0;   // threads: the stack each thread reserves
    QString error;
};

TaskCost measureCoroutineCost(int tasks, int awaits, qint64 unitNs);
TaskCost measureThreadCost(int tasks, int awaits, qint64 unitNs);

// The figures as named results (the names of the run's JSON), for one variant.
QList<QPair<QString, double>> costResults(const TaskCost &cost, bool coroutines);

} // namespace conlab
