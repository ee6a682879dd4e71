#include "coroutinetasks.h"

#include "scenarios/listing.h"
#include "runtime/labsleeper.h"
#include "tasklanes.h"

#include <QAbstractEventDispatcher>
#include <QCoro/QCoroTask>
#include <QEventLoop>

#include <atomic>

namespace conlab {

namespace {

std::atomic<int> g_liveFrames{0};

// Everything the coroutines of one run share. Lives on the run thread's stack until the last
// frame is gone.
struct CoroutineRun
{
    RunContext &ctx;
    const TaskPlan &plan;
    TaskLanes &lanes;
    LabSleeper &sleeper;
    QEventLoop &loop;
    int loopLane = -1;
    int printAction = -1, awaitAction = -1, awaitLabel = -1, othersLabel = -1, waitLabel = -1;
    std::vector<int> taskLabels{}; // "task-n" on the loop lane, traced tasks only
    int loopLabel = -2;          // what the loop lane shows now (-1: idle)
    int alive = 0;
    bool spawning = true;
    qint64 loopTid = 0;
    TaskOutcome out{};

    // The loop lane shows who runs: a traced task by name, the rest as one crowd.
    void enter(int n)
    {
        const int label = n < int(taskLabels.size()) ? taskLabels[size_t(n)] : othersLabel;
        if (label != loopLabel) {
            ctx.state(loopLane, State::Running, label);
            loopLabel = label;
        }
        const qint64 tid = currentTid();
        if (tid != loopTid) // never, on one thread; the test would see it in the results
            out.tids.insert(tid);
    }
    // The dispatcher is about to wait for the next timer or event.
    void idle()
    {
        if (loopLabel != -1) {
            ctx.state(loopLane, State::Idle, waitLabel);
            loopLabel = -1;
        }
        lanes.flush(false);
    }
    void work(int n, int i)
    {
        const int lane = lanes.lane(n);
        if (lane < 0)
            return;
        ctx.step(lane, printAction, plan.lines.print, [] {});
        ctx.print(lane, taskLine(n, i));
        ctx.step(lane, awaitAction, plan.lines.sleep, [] {});
    }
    void moveRest(int n, TaskLanes::Phase from, TaskLanes::Phase to)
    {
        if (lanes.lane(n) < 0)
            lanes.move(n, from, to);
    }
};

// Counts a coroutine frame from its first line until it is destroyed, however it ends.
class FrameCount
{
public:
    explicit FrameCount(CoroutineRun &run)
        : m_run(run)
    {
        ++m_run.alive;
        g_liveFrames.fetch_add(1, std::memory_order_relaxed);
    }
    ~FrameCount()
    {
        g_liveFrames.fetch_sub(1, std::memory_order_relaxed);
        if (--m_run.alive == 0 && !m_run.spawning)
            m_run.loop.quit();
    }
    FrameCount(const FrameCount &) = delete;
    FrameCount &operator=(const FrameCount &) = delete;

private:
    CoroutineRun &m_run;
};

QCoro::Task<> coroutineTask(CoroutineRun &run, int n)
{
    using Phase = TaskLanes::Phase;
    FrameCount frame(run);
    const qint64 start = run.ctx.now();
    const int lane = run.lanes.lane(n);
    if (lane >= 0)
        run.ctx.state(lane, State::Running);
    run.moveRest(n, Phase::Created, Phase::Running);
    run.enter(n);
    for (int i = 0; i < run.plan.awaits; ++i) {
        run.work(n, i);
        run.moveRest(n, Phase::Running, Phase::Waiting);
        const bool awake = co_await run.sleeper.until(start + (i + 1) * run.ctx.unitNs(), lane, run.awaitLabel);
        if (!awake) {
            if (lane >= 0)
                run.ctx.state(lane, State::Stopped);
            run.moveRest(n, Phase::Waiting, Phase::Done);
            co_return;
        }
        run.moveRest(n, Phase::Waiting, Phase::Running);
        run.enter(n);
    }
    if (lane >= 0)
        run.ctx.state(lane, State::Done);
    run.moveRest(n, Phase::Running, Phase::Done);
    ++run.out.done;
}

void spawnAll(CoroutineRun &run)
{
    RunContext &ctx = run.ctx;
    const int main = ctx.mainLane();
    ctx.step(main, ctx.intern(QStringLiteral("create")), run.plan.lines.create, [] {});
    for (int n = 0; n < run.plan.tasks && !ctx.stopping(); ++n) {
        const int lane = run.lanes.lane(n);
        if (lane >= 0)
            ctx.flow(main, ctx.now(), lane, ctx.now());
        // The task runs to its first await right here; the Task handle is let go at once and
        // the frame frees itself when the coroutine ends.
        coroutineTask(run, n);
    }
    run.spawning = false;
}

} // namespace

int liveCoroutineFrames()
{
    return g_liveFrames.load(std::memory_order_relaxed);
}

TaskOutcome runCoroutineTasks(RunContext &ctx, const TaskPlan &plan)
{
    QEventLoop loop; // first: gives this thread its event dispatcher
    LabSleeper sleeper(ctx);
    const int main = ctx.mainLane();
    const int loopLane = ctx.addLane(LaneKind::EventLoop, QStringLiteral("event loop"), main);
    ctx.claimLane(loopLane);
    TaskLanes lanes(ctx, LaneKind::Coroutine, plan.tasks, loopLane, State::Suspended, QStringLiteral("suspended"));
    CoroutineRun run{ctx, plan, lanes, sleeper, loop};
    run.loopLane = loopLane;
    run.loopTid = currentTid();
    run.out.tids.insert(run.loopTid);
    run.printAction = ctx.intern(QStringLiteral("print"));
    run.awaitAction = ctx.intern(QStringLiteral("await"));
    run.awaitLabel = ctx.intern(QStringLiteral("await asyncio.sleep(1)"));
    run.othersLabel = ctx.intern(QStringLiteral("+%1 more").arg(plan.tasks - lanes.traced()));
    run.waitLabel = ctx.intern(QStringLiteral("waiting for the next timer"));
    for (int n = 0; n < lanes.traced(); ++n)
        run.taskLabels.push_back(ctx.intern(QStringLiteral("task-%1").arg(n)));
    {
        // Gone before `run`: the child-process loop that may follow must not call into it.
        QObject idleWatch;
        if (QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance())
            QObject::connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, &idleWatch, [&run] { run.idle(); });
        spawnAll(run);
        if (plan.spawned)
            plan.spawned();
        ctx.step(main, ctx.intern(QStringLiteral("gather")), plan.lines.join, [] {});
        ctx.state(main, State::WaitingJoin, ctx.intern(QStringLiteral("gather")));
        if (run.alive > 0)
            loop.exec(); // until the last frame is gone: FrameCount quits it
        ctx.state(main, State::Running);
    }
    lanes.flush(true);
    if (lanes.restLane() >= 0 && ctx.stopping())
        ctx.state(lanes.restLane(), State::Stopped);
    ctx.state(loopLane, ctx.stopping() ? State::Stopped : State::Done);
    return run.out;
}

TaskLines TaskLines::find(const QString &listing)
{
    TaskLines l;
    const QString task = QStringLiteral("def task");
    const QString main = QStringLiteral("---main-start---");
    l.print = findLine(listing, task, QStringLiteral("print("));
    l.sleep = findLine(listing, task, QStringLiteral("sleep(1)"));
    l.mainStart = findLine(listing, {}, main);
    l.create = findLine(listing, main, QStringLiteral(" = ["));
    l.start = findLine(listing, main, QStringLiteral(".start()"));
    l.join = std::max(findLine(listing, main, QStringLiteral("gather(")), findLine(listing, main, QStringLiteral(".join()")));
    l.usedTime = findLine(listing, main, QStringLiteral("used_time ="));
    l.mainEnd = findLine(listing, main, QStringLiteral("---main-end---"));
    return l;
}

QString taskLine(int task, int step)
{
    return QStringLiteral("task-%1 step %2, thread id is %3").arg(task).arg(step).arg(currentTid());
}

} // namespace conlab
