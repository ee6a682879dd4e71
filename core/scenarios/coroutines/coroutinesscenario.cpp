#include "coroutinesscenario.h"

#include "coroutinesteaching.h"
#include "coroutinetasks.h"
#include "runtime/childprocesses.h"
#include "runtime/threadlimit.h"
#include "taskcost.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace conlab {

namespace {

// QProcess starts children with a clone ThreadSanitizer does not follow (tests/core/procfs.h),
// and sanitizer shadow memory would make the figures meaningless anyway.
#if defined(__SANITIZE_THREAD__)
constexpr bool kCanMeasure = false;
#else
constexpr bool kCanMeasure = true;
#endif

bool isCoroutines(const QString &variant)
{
    return variant == QLatin1String("coroutines");
}

// The threads variant refuses what this machine cannot spare, in one line that says why.
bool withinThreadLimit(RunContext &ctx, int tasks)
{
    const ThreadLimit limit = safeThreadLimit();
    ctx.setResult(QStringLiteral("thread_limit"), limit.limit);
    ctx.setResult(QStringLiteral("thread_limit_why"), limit.why);
    if (tasks <= limit.limit)
        return true;
    const QString message =
        QCoreApplication::translate("Scenario", "%1 threads asked, but this machine allows %2 per run (%3); each "
                                                "thread reserves %4 MiB of stack and a kernel task. Use the "
                                                "coroutines variant for more tasks.")
            .arg(tasks)
            .arg(limit.limit)
            .arg(limit.why)
            .arg(double(limit.stackBytes) / (1 << 20), 0, 'f', 0);
    ctx.setResult(QStringLiteral("refused"), message);
    ctx.print(ctx.mainLane(), message);
    ctx.state(ctx.mainLane(), State::Failed, ctx.intern(message));
    return false;
}

void reportOutcome(RunContext &ctx, const TaskOutcome &out, bool coroutines)
{
    QList<qint64> tids(out.tids.begin(), out.tids.end());
    std::sort(tids.begin(), tids.end());
    QVariantList shown;
    for (qsizetype i = 0; i < std::min<qsizetype>(tids.size(), 32); ++i)
        shown << tids[i];
    ctx.setResult(QStringLiteral("tasks_done"), out.done);
    ctx.setResult(QStringLiteral("distinct_threads"), int(tids.size()));
    ctx.setResult(QStringLiteral("thread_ids"), shown); // the first 32
    if (coroutines)
        ctx.setResult(QStringLiteral("frames_alive"), liveCoroutineFrames());
    if (!out.error.isEmpty()) {
        ctx.setResult(QStringLiteral("error"), out.error);
        ctx.print(ctx.mainLane(), out.error);
    }
}

void printCost(RunContext &ctx, bool coroutines)
{
    const QVariantMap r = ctx.results();
    if (!r.contains(QStringLiteral("peak_rss_per_task_bytes")))
        return;
    auto num = [&](const char *key, int decimals = 0) {
        return QString::number(r.value(QLatin1String(key)).toDouble(), 'f', decimals);
    };
    const QString what =
        coroutines
            ? QCoreApplication::translate("Scenario", "one coroutine frame is %1 bytes").arg(num("frame_bytes_per_coroutine"))
            : QCoreApplication::translate("Scenario", "each thread reserves %1 KiB of stack")
                  .arg(r.value(QStringLiteral("stack_reserved_per_thread_bytes")).toDouble() / 1024, 0, 'f', 0);
    ctx.print(ctx.mainLane(),
              QCoreApplication::translate("Scenario", "cost per task (same work, fresh process): %1 bytes of peak "
                                                      "memory, %2 bytes of heap, %3 us to create; %4")
                  .arg(num("peak_rss_per_task_bytes"), num("heap_per_task_bytes"), num("create_us_per_task", 2), what));
}

} // namespace

const Teaching *CoroutinesScenario::teaching() const
{
    static const CoroutinesTeaching teaching;
    return &teaching;
}

const ScenarioInfo &CoroutinesScenario::info() const
{
    static const ScenarioInfo info{
        "coroutines",
        QT_TRANSLATE_NOOP("Scenario", "Coroutines"),
        QT_TRANSLATE_NOOP("Scenario", "thousands of waiting tasks on one thread, next to the same work on threads"),
        {
            {"coroutines", QT_TRANSLATE_NOOP("Scenario", "Coroutines"),
             QT_TRANSLATE_NOOP("Scenario",
                               "QCoro tasks on one thread: the event loop resumes each whose wait is over. A suspended "
                               "coroutine keeps only its frame, a few hundred bytes on the heap.")},
            {"threads", QT_TRANSLATE_NOOP("Scenario", "Threads"),
             QT_TRANSLATE_NOOP("Scenario",
                               "One thread per task, scheduled by the OS. Each reserves a whole stack (8 MiB by "
                               "default) and a kernel task; beyond this machine's safe limit the run refuses.")},
        },
        {
            {"tasks", ParamSpec::Int, 10, 1, 100000, QT_TRANSLATE_NOOP("Scenario", "Tasks"),
             QT_TRANSLATE_NOOP("Scenario", "How many tasks wait at once (threads: up to this machine's safe limit)")},
            {"awaits", ParamSpec::Int, 3, 1, 100, QT_TRANSLATE_NOOP("Scenario", "Awaits per task"),
             QT_TRANSLATE_NOOP("Scenario", "How many times each task does a step of work and waits one unit")},
            {"measure", ParamSpec::Bool, 1, 0, 1, QT_TRANSLATE_NOOP("Scenario", "Measure cost"),
             QT_TRANSLATE_NOOP("Scenario",
                               "Also run the same tasks in a fresh process and report time and memory per task")},
            unitParam(),
        },
        QStringLiteral(":/listings/coroutines.py"),
    };
    return info;
}

QString CoroutinesScenario::listingResource(const QString &variant) const
{
    return isCoroutines(variant) || variant.isEmpty() ? info().listingResource
                                                      : QStringLiteral(":/listings/coroutines-threads.py");
}

qint64 CoroutinesScenario::idealNs(const QString &, const QVariantMap &params) const
{
    const QVariantMap all = [&] {
        QVariantMap m = defaults();
        for (auto it = params.cbegin(); it != params.cend(); ++it)
            m.insert(it.key(), it.value());
        return m;
    }();
    // Every task waits its units at the same time as all the others.
    return all.value(QStringLiteral("awaits")).toLongLong() * all.value(QStringLiteral("unit-ms")).toLongLong() *
           1'000'000;
}

int CoroutinesScenario::liveFrames()
{
    return liveCoroutineFrames();
}

void CoroutinesScenario::run(RunContext &ctx) const
{
    const bool coroutines = isCoroutines(ctx.variant());
    const int main = ctx.mainLane();
    TaskPlan plan;
    plan.tasks = int(ctx.param(QStringLiteral("tasks")));
    plan.awaits = int(ctx.param(QStringLiteral("awaits")));
    plan.lines = TaskLines::find(renderedListing(ctx.variant(), ctx.settings().params));
    ctx.state(main, State::Running);
    ctx.step(main, ctx.intern(QStringLiteral("print")), plan.lines.mainStart, [] {});
    ctx.print(main, QStringLiteral("---main-start---, thread id is %1").arg(currentTid()));
    if (!coroutines && !withinThreadLimit(ctx, plan.tasks))
        return;

    // The cost is measured in a fresh process, started once every task here is waiting so the
    // two hardly compete for the processor.
    std::optional<ChildProcesses> children;
    int costChild = -1;
    if (kCanMeasure && ctx.param(QStringLiteral("measure")) != 0) {
        children.emplace(ctx);
        plan.spawned = [&] {
            const int lane = ctx.addLane(LaneKind::Process, QStringLiteral("cost (fresh process)"), main);
            costChild = children->start(lane, QLatin1String(kCostRole),
                                        {ctx.variant(), QString::number(plan.tasks), QString::number(plan.awaits)},
                                        ctx.flowOut(main));
        };
    } else if (!kCanMeasure) {
        ctx.setResult(QStringLiteral("cost_skipped"), QStringLiteral("not measured under ThreadSanitizer"));
    }
    const qint64 start = ctx.now();
    const TaskOutcome out = coroutines ? runCoroutineTasks(ctx, plan) : runThreadTasks(ctx, plan);
    reportOutcome(ctx, out, coroutines);
    if (ctx.stopping())
        return;
    ctx.step(main, ctx.intern(QStringLiteral("used_time")), plan.lines.usedTime, [] {});
    ctx.step(main, ctx.intern(QStringLiteral("print")), plan.lines.mainEnd, [] {});
    ctx.print(main, QStringLiteral("---main-end---, used time %1").arg(double(ctx.now() - start) / 1e9, 0, 'f', 2));
    if (costChild >= 0) {
        ctx.state(main, State::WaitingJoin, ctx.intern(QStringLiteral("cost")));
        if (!children->join(costChild))
            return;
        ctx.state(main, State::Running);
        printCost(ctx, coroutines);
    }
}

int CoroutinesScenario::workerCost(WorkerChannel &channel, const QStringList &args)
{
    if (args.size() != 3)
        return 2;
    bool okTasks = false, okAwaits = false;
    const int tasks = args[1].toInt(&okTasks);
    const int awaits = args[2].toInt(&okAwaits);
    if (!okTasks || !okAwaits || tasks < 1 || tasks > 100000 || awaits < 1 || awaits > 100)
        return 2;
    const bool coroutines = isCoroutines(args[0]);
    if (!coroutines && tasks > safeThreadLimit().limit)
        return 2;
    // An event loop needs an application object; a worker starts without one.
    int argc = 1;
    char name[] = "concurrency-lab";
    char *argv[] = {name, nullptr};
    QCoreApplication app(argc, argv);
    channel.state(State::Running);
    const TaskCost cost = coroutines ? measureCoroutineCost(tasks, awaits, channel.unitNs())
                                     : measureThreadCost(tasks, awaits, channel.unitNs());
    for (const auto &[key, value] : costResults(cost, coroutines))
        channel.result(key, value);
    if (!cost.error.isEmpty())
        channel.print(cost.error);
    channel.state(State::Done);
    return cost.error.isEmpty() ? 0 : 1;
}

} // namespace conlab
