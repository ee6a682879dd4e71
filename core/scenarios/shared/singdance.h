#pragma once

#include "scenarios/scenario.h"

#include <functional>

namespace conlab {

// Where each part of the sing/dance program sits in its listing (processes.py, threads.py).
struct SingDanceLines
{
    struct Job
    {
        int pid = 0, ppid = 0, loop = 0, sleep = 0, count = 0, print = 0;
    };
    Job sing, dance;
    int mainStart = 0, startTime = 0, ifVariant = 0, callParallel = 0, callSequential = 0;
    int seqSing = 0, seqDance = 0, makeSinger = 0, makeDancer = 0;
    int startSinger = 0, startDancer = 0, joinSinger = 0, joinDancer = 0;
    int usedTime = 0, mainEnd = 0, printCounter = 0;

    static SingDanceLines find(const QString &listing);
};

// What sing(times) and dance(times) touch, wherever they run: a lane of this run (threads,
// the main lane) or a child process speaking the worker protocol.
class JobIo
{
public:
    virtual ~JobIo() = default;
    virtual void step(int line, const QString &action) = 0;
    virtual void print(const QString &text) = 0;
    virtual void state(State s) = 0;
    virtual bool sleepUntil(qint64 t) = 0; // false: stopped
    virtual qint64 now() const = 0;
    virtual qint64 unitNs() const = 0;
    virtual void count() = 0; // counter += 1 in this job's memory
};

// The body of sing/dance: pid lines, then `times` × (one unit asleep, count, print name-i).
// Sleeps keep to deadlines from the job's own start, so errors do not add up.
// Returns false if the run was stopped.
bool runJob(JobIo &io, const SingDanceLines::Job &lines, const QString &name, int times, const QString &idLine,
            const QString &parentLine);

// The shared parameter table and ideal of both scenarios.
std::vector<ParamSpec> singDanceParams();
std::vector<VariantSpec> singDanceVariants(bool processes);
qint64 singDanceIdealNs(const QString &variant, const QVariantMap &params);

} // namespace conlab

namespace conlab {

// The `if __name__ == "__main__":` block both programs share. `runVariant` runs
// run_sequential() or run_parallel() and returns false if stopped; `counter` reads the
// parent's counter at the end.
void runSingDanceMain(RunContext &ctx, const SingDanceLines &lines, const std::function<bool()> &runVariant,
                      const std::function<int()> &counter);

QString pidLine(const QString &job, qint64 pid);
QString parentLine(const QString &job, qint64 ppid);

} // namespace conlab
