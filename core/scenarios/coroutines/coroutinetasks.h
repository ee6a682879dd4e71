#pragma once

#include "runtime/runcontext.h"

#include <QSet>

#include <functional>

namespace conlab {

// Where the step points of coroutines.py / coroutines-threads.py are.
struct TaskLines
{
    int print = 0, sleep = 0;                     // in task(n)
    int mainStart = 0, create = 0, start = 0, join = 0, usedTime = 0, mainEnd = 0;
    static TaskLines find(const QString &listing);
};

// What both variants run: `tasks` tasks, each `awaits` × (a step of work, one unit's wait).
struct TaskPlan
{
    int tasks = 0;
    int awaits = 0;
    TaskLines lines;
    // Called on the run's thread once every task has been created (starts the cost measurement).
    std::function<void()> spawned;
};

// What a variant reports back to the scenario.
struct TaskOutcome
{
    int done = 0;        // tasks that ran to their end
    QSet<qint64> tids;   // threads the tasks ran on
    QString error;       // set if not every task could be started
};

// QCoro tasks on this thread, driven by its own QEventLoop; an EventLoop lane shows which
// coroutine runs when. Returns when every coroutine frame is gone (done or stopped).
TaskOutcome runCoroutineTasks(RunContext &ctx, const TaskPlan &plan);
// Coroutine frames of runCoroutineTasks alive in this process right now.
int liveCoroutineFrames();

// One std::jthread per task; returns when all are joined.
TaskOutcome runThreadTasks(RunContext &ctx, const TaskPlan &plan);

// "task-7 step 2, thread id is 4242"
QString taskLine(int task, int step);

} // namespace conlab
