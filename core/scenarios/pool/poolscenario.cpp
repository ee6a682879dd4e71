#include "poolscenario.h"

#include "poolteaching.h"
#include "runtime/labpool.h"
#include "scenarios/listing.h"

#include <algorithm>
#include <array>

namespace conlab {

namespace {

struct TaskSpec
{
    const char *def;
    qint64 units;
    const char *value;
};
constexpr std::array<TaskSpec, 3> kTasks{{
    {"def read_file(", 1, "read file finish"},
    {"def connect_db(", 2, "connect db finish"},
    {"def send_request(", 3, "send request finish"},
}};

// Where each part of pool.py sits.
struct PoolLines
{
    struct Task
    {
        int sleep = 0, ret = 0;
    };
    struct Caller // run_sync or run_pool
    {
        int start = 0, clock = 0, used = 0, printUsed = 0, end = 0;
        std::array<int, 3> call{}, print{};
    };
    std::array<Task, 3> tasks;
    Caller sync, pool;
    int makePool = 0, shutdown = 0, ifVariant = 0, callPool = 0, callSync = 0;

    explicit PoolLines(const QString &l)
    {
        for (size_t i = 0; i < kTasks.size(); ++i) {
            const QString def = QLatin1String(kTasks[i].def);
            tasks[i] = {findLine(l, def, QStringLiteral("sleep(")), findLine(l, def, QStringLiteral("return "))};
        }
        sync = caller(l, QStringLiteral("def run_sync("), QStringLiteral(" = %1()"), QStringLiteral("f%1)"));
        pool = caller(l, QStringLiteral("def run_pool("), QStringLiteral(" = pool.submit(%1)"),
                      QStringLiteral("f%1.result())"));
        makePool = findLine(l, QStringLiteral("def run_pool("), QStringLiteral("pool = ThreadPoolExecutor("));
        shutdown = findLine(l, QStringLiteral("def run_pool("), QStringLiteral("pool.shutdown()"));
        const QString main = QStringLiteral("if __name__");
        ifVariant = findLine(l, main, QStringLiteral("if variant"));
        callPool = findLine(l, main, QStringLiteral("run_pool()"));
        callSync = findLine(l, main, QStringLiteral("run_sync()"));
    }

    static Caller caller(const QString &l, const QString &def, const QString &call, const QString &print)
    {
        Caller c;
        c.start = findLine(l, def, QStringLiteral("print(\"--start--\")"));
        c.clock = findLine(l, def, QStringLiteral("start_time = time()"));
        for (size_t i = 0; i < kTasks.size(); ++i) {
            const QString name = QString::fromLatin1(kTasks[i].def).mid(4).chopped(1); // "def read_file(" → read_file
            c.call[i] = findLine(l, def, call.arg(name));
            c.print[i] = findLine(l, def, QStringLiteral("print(\"f%1 result is: \", ").arg(i + 1) + print.arg(i + 1));
        }
        c.used = findLine(l, def, QStringLiteral("used_time ="));
        c.printUsed = findLine(l, def, QStringLiteral("print(f\"used time"));
        c.end = findLine(l, def, QStringLiteral("print(\"--end--\")"));
        return c;
    }
};

// What a task hands back through its future: its value, and the arrow from where it was fulfilled.
struct TaskResult
{
    QString value;
    int lane = -1;
    int flow = -1;
};

class PoolRun
{
public:
    PoolRun(RunContext &ctx, const QString &listing)
        : m_ctx(ctx)
        , m_lines(listing)
        , m_main(ctx.mainLane())
    {
    }
    void run();

private:
    int act(const char *text) { return m_ctx.intern(QLatin1String(text)); }
    bool runTask(int lane, size_t task, TaskResult *out);
    bool runSync();
    bool runPool();
    bool readFutures(LabPool &pool, const std::vector<QFuture<TaskResult>> &futures);
    void printResult(const PoolLines::Caller &c, size_t task, const TaskResult &r);
    void finish(const PoolLines::Caller &c, qint64 start);

    RunContext &m_ctx;
    const PoolLines m_lines;
    const int m_main;
    std::vector<QString> m_taskLanes;
};

void PoolRun::run()
{
    const bool pool = m_ctx.variant() == QLatin1String("pool");
    m_ctx.state(m_main, State::Running);
    m_ctx.step(m_main, act("branch"), m_lines.ifVariant, [] {});
    m_ctx.step(m_main, act("call"), pool ? m_lines.callPool : m_lines.callSync, [] {});
    if (!(pool ? runPool() : runSync()))
        return;
    QVariantList lanes;
    for (const QString &name : m_taskLanes)
        lanes << name;
    m_ctx.setResult(QStringLiteral("task_lanes"), lanes);
    m_ctx.state(m_main, State::Done);
}

// The body of read_file, connect_db or send_request on `lane`: sleep its units, return its text.
bool PoolRun::runTask(int lane, size_t task, TaskResult *out)
{
    const PoolLines::Task &lines = m_lines.tasks[task];
    m_ctx.state(lane, State::Running);
    const qint64 start = m_ctx.now();
    m_ctx.step(lane, act("sleep"), lines.sleep, [] {});
    m_ctx.state(lane, State::Sleeping);
    if (!m_ctx.sleepUntil(start + kTasks[task].units * m_ctx.unitNs()))
        return false;
    m_ctx.state(lane, State::Running);
    m_ctx.step(lane, act("return"), lines.ret, [] {});
    out->value = QLatin1String(kTasks[task].value);
    out->lane = lane;
    return true;
}

bool PoolRun::runSync()
{
    const PoolLines::Caller &c = m_lines.sync;
    m_ctx.step(m_main, act("print"), c.start, [&] { m_ctx.print(m_main, QStringLiteral("--start--")); });
    const qint64 start = m_ctx.step(m_main, act("clock"), c.clock, [&] { return m_ctx.now(); });
    for (size_t i = 0; i < kTasks.size(); ++i) {
        TaskResult r;
        m_ctx.step(m_main, act("call"), c.call[i], [] {});
        if (!runTask(m_main, i, &r))
            return false;
        printResult(c, i, r);
        m_taskLanes.push_back(QStringLiteral("main"));
    }
    finish(c, start);
    return true;
}

bool PoolRun::runPool()
{
    const PoolLines::Caller &c = m_lines.pool;
    const int workers = int(m_ctx.param(QStringLiteral("workers")));
    std::vector<int> lanes, spawnFlows;
    m_ctx.step(m_main, act("create pool"), m_lines.makePool, [&] {
        for (int i = 0; i < workers; ++i) {
            lanes.push_back(m_ctx.addLane(LaneKind::PoolWorker, QStringLiteral("worker-%1").arg(i + 1), m_main));
            m_ctx.state(lanes.back(), State::Starting);
            spawnFlows.push_back(m_ctx.flowOut(m_main));
        }
    });
    const int queueName = m_ctx.intern(QStringLiteral("queue"));
    LabPool::Hooks hooks;
    hooks.started = [&](int w) {
        m_ctx.claimLane(lanes[size_t(w)]);
        m_ctx.flowIn(lanes[size_t(w)], spawnFlows[size_t(w)]);
    };
    hooks.idle = [&](int w) { m_ctx.state(lanes[size_t(w)], State::Idle); };
    hooks.finished = [&](int w) { m_ctx.state(lanes[size_t(w)], m_ctx.stopping() ? State::Stopped : State::Done); };
    hooks.queueChanged = [&](qsizetype n) { m_ctx.counter(m_main, queueName, double(n)); };
    m_ctx.counter(m_main, queueName, 0);
    // Declared before the pool, so they go after it: once its workers are joined, nothing else
    // touches what the futures hold (a stop may leave a task being fulfilled while we return).
    std::vector<QFuture<TaskResult>> futures;
    LabPool pool(workers, m_ctx.stopToken(), hooks);

    m_ctx.step(m_main, act("print"), c.start, [&] { m_ctx.print(m_main, QStringLiteral("--start--")); });
    const qint64 start = m_ctx.step(m_main, act("clock"), c.clock, [&] { return m_ctx.now(); });
    for (size_t i = 0; i < kTasks.size(); ++i) {
        m_ctx.step(m_main, act("submit"), c.call[i], [&] {
            futures.push_back(pool.submit([this, i, &lanes](int worker) {
                TaskResult r;
                const int lane = lanes[size_t(worker)];
                if (runTask(lane, i, &r))
                    r.flow = m_ctx.flowOut(lane); // future fulfilled → its read on the main lane
                return r;
            }));
        });
    }
    if (!readFutures(pool, futures))
        return false;
    finish(c, start);
    m_ctx.step(m_main, act("shutdown"), m_lines.shutdown, [] {});
    m_ctx.state(m_main, State::WaitingJoin);
    pool.shutdown();
    m_ctx.state(m_main, State::Running);
    return !m_ctx.stopping();
}

// f1.result(), f2.result(), f3.result(): in submission order, whichever finishes first.
bool PoolRun::readFutures(LabPool &pool, const std::vector<QFuture<TaskResult>> &futures)
{
    for (size_t i = 0; i < futures.size(); ++i) {
        m_ctx.step(m_main, act("result"), m_lines.pool.print[i], [] {});
        if (!futures[i].isFinished())
            m_ctx.state(m_main, State::WaitingFuture);
        if (!pool.wait(futures[i]) || m_ctx.stopping() || futures[i].resultCount() == 0)
            return false;
        m_ctx.state(m_main, State::Running);
        const TaskResult r = futures[i].result();
        m_ctx.flowIn(m_main, r.flow);
        m_taskLanes.push_back(m_ctx.laneInfo(r.lane).name);
        printResult(m_lines.pool, i, r);
    }
    return true;
}

void PoolRun::printResult(const PoolLines::Caller &c, size_t task, const TaskResult &r)
{
    // Python's print puts a space between its arguments: "f1 result is: " + " " + value.
    m_ctx.step(m_main, act("print"), c.print[task],
               [&] { m_ctx.print(m_main, QStringLiteral("f%1 result is:  %2").arg(task + 1).arg(r.value)); });
}

void PoolRun::finish(const PoolLines::Caller &c, qint64 start)
{
    const qint64 used =
        m_ctx.step(m_main, act("clock"), c.used, [&] { return (m_ctx.now() - start) / m_ctx.unitNs(); });
    m_ctx.step(m_main, act("print"), c.printUsed,
               [&] { m_ctx.print(m_main, QStringLiteral("used time: %1").arg(used)); });
    m_ctx.step(m_main, act("print"), c.end, [&] { m_ctx.print(m_main, QStringLiteral("--end--")); });
    m_ctx.setResult(QStringLiteral("used_time"), used);
}

} // namespace

qint64 greedyPoolUnits(const std::vector<qint64> &taskUnits, int workers)
{
    std::vector<qint64> freeAt(size_t(std::max(1, workers)), 0);
    qint64 end = 0;
    for (qint64 units : taskUnits) {
        auto worker = std::min_element(freeAt.begin(), freeAt.end());
        *worker += units;
        end = std::max(end, *worker);
    }
    return end;
}

const Teaching *PoolScenario::teaching() const
{
    static const PoolTeaching teaching;
    return &teaching;
}

const ScenarioInfo &PoolScenario::info() const
{
    static const ScenarioInfo info{
        "pool",
        QT_TRANSLATE_NOOP("Scenario", "Thread pool"),
        QT_TRANSLATE_NOOP("Scenario", "Jobs of 1, 2 and 3 units on a pool of threads; the main thread waits on "
                                      "futures"),
        {
            {"sync", QT_TRANSLATE_NOOP("Scenario", "Sync"),
             QT_TRANSLATE_NOOP("Scenario", "read_file, connect_db and send_request one after another on the main "
                                           "thread")},
            {"pool", QT_TRANSLATE_NOOP("Scenario", "Pool"),
             QT_TRANSLATE_NOOP("Scenario", "the three jobs submitted to a pool of threads; the main thread waits in "
                                           "each future's result() in the order it submitted them")},
        },
        {
            unitParam(),
            {"workers", ParamSpec::Int, 5, 1, 16, QT_TRANSLATE_NOOP("Scenario", "Workers"),
             QT_TRANSLATE_NOOP("Scenario", "Threads in the pool (max_workers)")},
        },
        QStringLiteral(":/listings/pool.py"),
    };
    return info;
}

qint64 PoolScenario::idealNs(const QString &variant, const QVariantMap &params) const
{
    const qint64 unit = params.value(QStringLiteral("unit-ms")).toLongLong() * 1'000'000;
    std::vector<qint64> units;
    for (const TaskSpec &t : kTasks)
        units.push_back(t.units);
    const int workers = variant == QLatin1String("pool") ? params.value(QStringLiteral("workers")).toInt() : 1;
    return unit * greedyPoolUnits(units, workers);
}

void PoolScenario::run(RunContext &ctx) const
{
    PoolRun run(ctx, renderedListing(ctx.variant(), ctx.settings().params));
    run.run();
    ctx.joinThreads();
}

} // namespace conlab
