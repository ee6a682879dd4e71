// Coroutines against threads: what a waiting task costs. Each figure comes from a fresh worker
// process of concurrency-lab (a peak never comes down inside one process), running the
// coroutines scenario's tasks without recording: 3 awaits of 100 ms each.
#include "benchutil.h"
#include "runtime/labsleeper.h"
#include "runtime/runcontext.h"
#include "runtime/threadlimit.h"
#include "runtime/worker.h"
#include "runtime/workerprotocol.h"

#include <QCoro/QCoroTask>
#include <QEventLoop>
#include <QMap>
#include <QProcess>

using namespace conlab;

namespace {

constexpr qint64 kUnitNs = 100'000'000;
constexpr int kAwaits = 3;

// Runs the cost role in a child and returns its results by name (empty if it failed).
QMap<QString, double> measure(const QString &variant, int tasks)
{
    QProcess p;
    p.start(QStringLiteral(CONLAB_EXE), workerArguments(QStringLiteral("coroutines.cost"), steadyNowNs(), kUnitNs,
                                                        {variant, QString::number(tasks), QString::number(kAwaits)}));
    QMap<QString, double> out;
    if (!p.waitForFinished(600'000) || p.exitCode() != 0)
        return out;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        WorkerMessage m;
        if (parseWorkerLine(line, &m) && m.kind == WorkerMessage::Result)
            out.insert(m.text, m.value);
    }
    return out;
}

QCoro::Task<> sleepy(LabSleeper &s, int times, qint64 stepNs, int *left, QEventLoop *loop)
{
    const qint64 start = s.now();
    for (int i = 0; i < times && co_await s.until(start + (i + 1) * stepNs); ++i) {
    }
    if (--*left == 0)
        loop->quit();
}

// Median lateness of the sleep awaitable: 1,000 coroutines, 20 sleeps of 5.3 ms each.
double medianLatenessMs()
{
    RunSettings settings;
    settings.params.insert(QStringLiteral("unit-ms"), 100);
    RunContext ctx(settings);
    QEventLoop loop;
    LabSleeper s(ctx);
    s.keepLateness(true);
    int left = 1000;
    for (int i = 0; i < 1000; ++i)
        sleepy(s, 20, 5'300'000 + i * 1'000, &left, &loop);
    loop.exec();
    std::vector<double> ms;
    for (qint64 ns : s.lateness())
        ms.push_back(double(ns) / 1e6);
    return bench::median(ms);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bool ok = true;
    const int coroutineTasks = 100'000;
    const int threadTasks = safeThreadLimit().limit;
    const QMap<QString, double> co = measure(QStringLiteral("coroutines"), coroutineTasks);
    const QMap<QString, double> th = measure(QStringLiteral("threads"), threadTasks);
    if (co.isEmpty() || th.isEmpty()) {
        std::fprintf(stderr, "bench_coroutines: a measuring process failed\n");
        return 1;
    }
    std::printf("%d coroutines on one thread, %d threads (this machine's safe limit), %d awaits of 100 ms\n",
                coroutineTasks, threadTasks, kAwaits);
    auto row = [](const char *what, double c, double t) {
        std::printf("  %-36s %14.1f %14.1f\n", what, c, t);
    };
    std::printf("  %-36s %14s %14s\n", "", "coroutine", "thread");
    row("peak RSS per task (bytes)", co.value(QStringLiteral("peak_rss_per_task_bytes")),
        th.value(QStringLiteral("peak_rss_per_task_bytes")));
    row("heap per task (bytes)", co.value(QStringLiteral("heap_per_task_bytes")),
        th.value(QStringLiteral("heap_per_task_bytes")));
    row("frame / reserved stack (bytes)", co.value(QStringLiteral("frame_bytes_per_coroutine")),
        th.value(QStringLiteral("stack_reserved_per_thread_bytes")));
    row("creation per task (us)", co.value(QStringLiteral("create_us_per_task")),
        th.value(QStringLiteral("create_us_per_task")));
    row("wall time (ms)", co.value(QStringLiteral("measured_wall_ms")), th.value(QStringLiteral("measured_wall_ms")));
    row("threads used", co.value(QStringLiteral("measured_threads")), th.value(QStringLiteral("measured_threads")));
    const double ratio = th.value(QStringLiteral("peak_rss_per_task_bytes")) /
                         std::max(1.0, co.value(QStringLiteral("peak_rss_per_task_bytes")));
    ok &= bench::report("peak RSS per task: thread / coroutine", ratio, "x", 4, false);
    ok &= bench::report("threads used by 100,000 coroutines", co.value(QStringLiteral("measured_threads")), "", 1);
    ok &= bench::report("coroutine creation per task", co.value(QStringLiteral("create_us_per_task")), "us",
                        th.value(QStringLiteral("create_us_per_task")));
    ok &= bench::report("sleep awaitable: median lateness (1,000 sleepers)", medianLatenessMs(), "ms", 2);
    return bench::checking(argc, argv) && !ok ? 1 : 0;
}
