#include "coroutinetasks.h"

#include "runtime/threadsleeper.h"
#include "tasklanes.h"

#include <mutex>
#include <system_error>

namespace conlab {

namespace {

// What the threads of one run share; outlives them (they are joined before it goes).
struct ThreadRun
{
    RunContext &ctx;
    const TaskPlan &plan;
    TaskLanes &lanes;
    ThreadSleeper &sleeper;
    int printAction = -1, sleepAction = -1, sleepLabel = -1;
    std::mutex mutex{}; // guards `out`
    TaskOutcome out{};

    void moveRest(int n, TaskLanes::Phase from, TaskLanes::Phase to)
    {
        if (lanes.lane(n) < 0)
            lanes.move(n, from, to);
    }
};

void threadTask(ThreadRun &run, int n, int flow)
{
    using Phase = TaskLanes::Phase;
    RunContext &ctx = run.ctx;
    const qint64 start = ctx.now();
    const int lane = run.lanes.lane(n);
    if (lane >= 0) {
        ctx.claimLane(lane);
        ctx.flowIn(lane, flow);
        ctx.state(lane, State::Running);
    }
    {
        std::lock_guard lock(run.mutex);
        run.out.tids.insert(currentTid());
    }
    run.moveRest(n, Phase::Created, Phase::Running);
    for (int i = 0; i < run.plan.awaits; ++i) {
        if (lane >= 0) {
            ctx.step(lane, run.printAction, run.plan.lines.print, [] {});
            ctx.print(lane, taskLine(n, i));
            ctx.step(lane, run.sleepAction, run.plan.lines.sleep, [] {});
            ctx.state(lane, State::Sleeping, run.sleepLabel);
        }
        run.moveRest(n, Phase::Running, Phase::Waiting);
        if (!run.sleeper.sleepUntil(start + (i + 1) * ctx.unitNs())) {
            if (lane >= 0)
                ctx.state(lane, State::Stopped);
            run.moveRest(n, Phase::Waiting, Phase::Done);
            return;
        }
        if (lane >= 0)
            ctx.state(lane, State::Running);
        run.moveRest(n, Phase::Waiting, Phase::Running);
    }
    if (lane >= 0)
        ctx.state(lane, State::Done);
    run.moveRest(n, Phase::Running, Phase::Done);
    std::lock_guard lock(run.mutex);
    ++run.out.done;
}

// Starts one thread per task; false (with the reason in `out.error`) if the system refused one.
bool startAll(ThreadRun &run)
{
    RunContext &ctx = run.ctx;
    const int main = ctx.mainLane();
    ctx.step(main, ctx.intern(QStringLiteral("create")), run.plan.lines.create, [] {});
    ctx.step(main, ctx.intern(QStringLiteral("start")), run.plan.lines.start, [] {});
    for (int n = 0; n < run.plan.tasks && !ctx.stopping(); ++n) {
        const int lane = run.lanes.lane(n);
        int flow = -1;
        if (lane >= 0) {
            ctx.state(lane, State::Starting);
            flow = ctx.flowOut(main);
        }
        try {
            ctx.startThread([&run, n, flow](std::stop_token) { threadTask(run, n, flow); });
        } catch (const std::system_error &e) {
            std::lock_guard lock(run.mutex);
            run.out.error = QStringLiteral("thread %1 of %2 could not start: %3")
                                .arg(n + 1)
                                .arg(run.plan.tasks)
                                .arg(QString::fromLocal8Bit(e.what()));
            return false;
        }
    }
    return true;
}

} // namespace

TaskOutcome runThreadTasks(RunContext &ctx, const TaskPlan &plan)
{
    const int main = ctx.mainLane();
    TaskLanes lanes(ctx, LaneKind::Thread, plan.tasks, main, State::Sleeping, QStringLiteral("sleeping"));
    ThreadSleeper sleeper(ctx);
    ThreadRun run{ctx, plan, lanes, sleeper};
    run.printAction = ctx.intern(QStringLiteral("print"));
    run.sleepAction = ctx.intern(QStringLiteral("sleep"));
    run.sleepLabel = ctx.intern(QStringLiteral("sleep(1)"));
    // If the system refused a thread, the ones started still finish; the error says why.
    if (startAll(run) && plan.spawned)
        plan.spawned();
    ctx.step(main, ctx.intern(QStringLiteral("join")), plan.lines.join, [] {});
    ctx.state(main, State::WaitingJoin, ctx.intern(QStringLiteral("join")));
    ctx.joinThreads(); // Stop wakes every sleep, so this returns at once then
    ctx.state(main, State::Running);
    lanes.flush(true);
    if (lanes.restLane() >= 0 && ctx.stopping())
        ctx.state(lanes.restLane(), State::Stopped);
    std::lock_guard lock(run.mutex);
    return run.out;
}

} // namespace conlab
