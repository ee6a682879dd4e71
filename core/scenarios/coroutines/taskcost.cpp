#include "taskcost.h"

#include "runtime/labsleeper.h"
#include "runtime/memoryprobe.h"
#include "runtime/runcontext.h"

#include <QCoro/QCoroTask>
#include <QEventLoop>
#include <QSet>

#include <malloc.h>
#include <system_error>
#include <thread>

namespace conlab {

namespace {

struct BareRun
{
    LabSleeper &sleeper;
    QEventLoop &loop;
    int awaits = 0;
    qint64 unitNs = 0;
    qint64 tid = 0;
    int alive = 0;
    int done = 0;
    bool spawning = true;
    bool otherThread = false;
    void *firstFrame = nullptr;
};

class BareFrame
{
public:
    explicit BareFrame(BareRun &run)
        : m_run(run)
    {
        ++m_run.alive;
    }
    ~BareFrame()
    {
        if (--m_run.alive == 0 && !m_run.spawning)
            m_run.loop.quit();
    }
    BareFrame(const BareFrame &) = delete;
    BareFrame &operator=(const BareFrame &) = delete;

private:
    BareRun &m_run;
};

// Hands the awaiting coroutine its own frame address and carries on without suspending.
struct OwnFrame
{
    void **out;
    bool await_ready() const noexcept { return false; }
    bool await_suspend(std::coroutine_handle<> h) const noexcept
    {
        *out = h.address();
        return false;
    }
    void await_resume() const noexcept {}
};

QCoro::Task<> bareTask(BareRun &run, int n)
{
    BareFrame frame(run);
    if (n == 0)
        co_await OwnFrame{&run.firstFrame};
    const qint64 start = run.sleeper.now();
    for (int i = 0; i < run.awaits; ++i) {
        if (currentTid() != run.tid) // the step of work: which thread am I on?
            run.otherThread = true;
        if (!co_await run.sleeper.until(start + (i + 1) * run.unitNs))
            co_return;
    }
    ++run.done;
}

void finish(TaskCost &c, qint64 t0, qint64 t1, qint64 t2, qint64 rss0, qint64 heap0, qint64 heap1)
{
    const double n = std::max(1, c.tasks);
    c.wallMs = double(t2 - t0) / 1e6;
    c.createUsPerTask = double(t1 - t0) / 1e3 / n;
    c.peakRssPerTask = double(std::max<qint64>(0, peakRssBytes() - rss0)) / n;
    c.heapPerTask = double(std::max<qint64>(0, heap1 - heap0)) / n;
}

} // namespace

TaskCost measureCoroutineCost(int tasks, int awaits, qint64 unitNs)
{
    QEventLoop loop;
    const qint64 origin = steadyNowNs();
    std::stop_source never; // the parent kills this process on Stop
    LabSleeper sleeper(never.get_token(), [origin] { return steadyNowNs() - origin; });
    BareRun run{sleeper, loop, awaits, unitNs, currentTid()};
    TaskCost c;
    resetPeakRss();
    const qint64 rss0 = peakRssBytes(), heap0 = heapInUseBytes();
    const qint64 t0 = steadyNowNs();
    for (int n = 0; n < tasks; ++n)
        bareTask(run, n);
    const qint64 t1 = steadyNowNs();
    const qint64 heap1 = heapInUseBytes();
    if (run.firstFrame)
        c.frameBytes = double(malloc_usable_size(run.firstFrame));
    run.spawning = false;
    if (run.alive > 0)
        loop.exec();
    const qint64 t2 = steadyNowNs();
    c.tasks = tasks;
    c.done = run.done;
    c.threads = run.otherThread ? 2 : 1;
    finish(c, t0, t1, t2, rss0, heap0, heap1);
    return c;
}

TaskCost measureThreadCost(int tasks, int awaits, qint64 unitNs)
{
    std::vector<qint64> tids(size_t(tasks), 0);
    std::vector<std::jthread> threads;
    threads.reserve(size_t(tasks));
    TaskCost c;
    std::atomic<int> done{0};
    resetPeakRss();
    const qint64 rss0 = peakRssBytes(), heap0 = heapInUseBytes();
    const qint64 t0 = steadyNowNs();
    for (int n = 0; n < tasks; ++n) {
        try {
            threads.emplace_back([&tids, &done, n, awaits, unitNs] {
                const qint64 start = steadyNowNs();
                for (int i = 0; i < awaits; ++i) {
                    tids[size_t(n)] = currentTid(); // the step of work: which thread am I on?
                    std::this_thread::sleep_until(std::chrono::steady_clock::time_point(
                        std::chrono::nanoseconds(start + (i + 1) * unitNs)));
                }
                done.fetch_add(1);
            });
        } catch (const std::system_error &e) {
            c.error = QStringLiteral("thread %1 could not start: %2").arg(n + 1).arg(QString::fromLocal8Bit(e.what()));
            break;
        }
    }
    const qint64 t1 = steadyNowNs();
    const qint64 heap1 = heapInUseBytes();
    for (auto &t : threads)
        t.join();
    const qint64 t2 = steadyNowNs();
    c.tasks = int(threads.size());
    c.done = done.load();
    c.threads = int(QSet<qint64>(tids.begin(), tids.begin() + qsizetype(threads.size())).size());
    c.stackReserved = double(defaultThreadStackBytes());
    finish(c, t0, t1, t2, rss0, heap0, heap1);
    return c;
}

QList<QPair<QString, double>> costResults(const TaskCost &c, bool coroutines)
{
    QList<QPair<QString, double>> r{
        {QStringLiteral("measured_tasks"), c.tasks},
        {QStringLiteral("measured_threads"), c.threads},
        {QStringLiteral("measured_wall_ms"), c.wallMs},
        {QStringLiteral("create_us_per_task"), c.createUsPerTask},
        {QStringLiteral("peak_rss_per_task_bytes"), c.peakRssPerTask},
        {QStringLiteral("heap_per_task_bytes"), c.heapPerTask},
    };
    if (coroutines)
        r.append({QStringLiteral("frame_bytes_per_coroutine"), c.frameBytes});
    else
        r.append({QStringLiteral("stack_reserved_per_thread_bytes"), c.stackReserved});
    return r;
}

} // namespace conlab
