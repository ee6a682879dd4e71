#include "procfs.h"
#include "runtime/threadlimit.h"
#include "scenarios/coroutines/coroutinesscenario.h"
#include "scenarios/coroutines/coroutinetasks.h"
#include "scenarios/run.h"
#include "timing.h"

#include <QElapsedTimer>
#include <QTest>

#include <atomic>
#include <thread>

using namespace conlab;
using namespace conlab::test;

// The coroutines scenario as a user sees it: thousands of tasks on one thread that does not
// multiply, a Stop that leaves no frame behind, and the threads variant next to it.
class TestCoroutines : public QObject
{
    Q_OBJECT

private slots:
    void tenThousandTasksOnOneThread();
    void stopMidRunFreesEveryFrame();
    void threadsVariantUsesOneThreadPerTask();
    void threadsBeyondTheLimitAreRefused();
    void costIsMeasuredInAFreshProcess();
    void listingsHaveEveryStepPoint();
};

namespace {

RunSettings settingsFor(const QString &variant, int tasks, int unitMs, bool measure)
{
    const Scenario *s = findScenario(QStringLiteral("coroutines"));
    RunSettings settings;
    settings.variant = variant;
    settings.params = s->defaults();
    settings.params.insert(QStringLiteral("tasks"), tasks);
    settings.params.insert(QStringLiteral("unit-ms"), unitMs);
    settings.params.insert(QStringLiteral("measure"), measure);
    settings.workerPath = QStringLiteral(CONLAB_EXE);
    return settings;
}

State lastState(const Trace &trace, int lane)
{
    const auto &ev = trace.events(lane);
    for (auto it = ev.rbegin(); it != ev.rend(); ++it) {
        if (it->type == EventType::State)
            return it->state;
    }
    return State::Idle;
}

} // namespace

void TestCoroutines::tenThousandTasksOnOneThread()
{
    const Scenario *s = findScenario(QStringLiteral("coroutines"));
    QVERIFY(s);
    const int before = threadCount();
    Run run(*s, settingsFor(QStringLiteral("coroutines"), 10000, 30, false));
    Trace trace(run.context().recorder().sharedStrings());
    run.start();
    int most = 0;
    while (!run.waitFinished(2))
        most = std::max(most, threadCount());
    run.stop();
    run.finishTrace(trace);
    // The run's own thread and nothing else: 10,000 waiting tasks need no thread of their own.
    QVERIFY2(most <= before + 1, qPrintable(QStringLiteral("%1 threads during the run, %2 before").arg(most).arg(before)));
    QCOMPARE(trace.results.value(QStringLiteral("tasks_done")).toInt(), 10000);
    QCOMPARE(trace.results.value(QStringLiteral("distinct_threads")).toInt(), 1);
    QCOMPARE(trace.results.value(QStringLiteral("frames_alive")).toInt(), 0);
    QCOMPARE(CoroutinesScenario::liveFrames(), 0);
    // The event loop is the main lane's thread; 32 task lanes and one lane for the rest.
    int coroutineLanes = 0;
    qint64 loopTid = 0;
    for (const Lane &lane : trace.lanes()) {
        if (lane.kind == LaneKind::Coroutine)
            ++coroutineLanes;
        if (lane.kind == LaneKind::EventLoop)
            loopTid = lane.tid;
    }
    QCOMPARE(coroutineLanes, 33);
    QCOMPARE(loopTid, trace.lanes().front().tid);
    QCOMPARE(trace.results.value(QStringLiteral("thread_ids")).toList().value(0).toLongLong(), loopTid);
}

void TestCoroutines::stopMidRunFreesEveryFrame()
{
    const Scenario *s = findScenario(QStringLiteral("coroutines"));
    const int before = threadCount();
    for (int stopAfterMs : {0, 5, 40, 120}) {
        Run run(*s, settingsFor(QStringLiteral("coroutines"), 10000, 50, true));
        Trace trace(run.context().recorder().sharedStrings());
        run.start();
        run.waitFinished(stopAfterMs);
        QElapsedTimer clock;
        clock.start();
        run.stop();
        const qint64 ms = clock.elapsed();
        QVERIFY2(ms < quickMs(200), qPrintable(QStringLiteral("stop after %1 ms took %2 ms").arg(stopAfterMs).arg(ms)));
        QCOMPARE(CoroutinesScenario::liveFrames(), 0);
        run.finishTrace(trace);
        for (const Lane &lane : trace.lanes()) {
            const State last = lastState(trace, lane.id);
            QVERIFY2(last == State::Done || last == State::Stopped, qPrintable(lane.name));
        }
    }
    QVERIFY(threadsSettleAt(before));
    QCOMPARE(childProcesses(), QList<qint64>());
}

void TestCoroutines::threadsVariantUsesOneThreadPerTask()
{
    const Scenario *s = findScenario(QStringLiteral("coroutines"));
    const int tasks = scaled(500);
    const int before = threadCount();
    // Units of 250 ms: every thread is still alive when the last one starts, however slowly a
    // busy ThreadSanitizer build starts them (at 60 ms the first had ended: 21 of 50 at most).
    Run run(*s, settingsFor(QStringLiteral("threads"), tasks, 250, false));
    Trace trace(run.context().recorder().sharedStrings());
    run.start();
    int most = 0;
    while (!run.waitFinished(5))
        most = std::max(most, threadCount());
    run.stop();
    run.finishTrace(trace);
    QCOMPARE(trace.results.value(QStringLiteral("tasks_done")).toInt(), tasks);
    QCOMPARE(trace.results.value(QStringLiteral("distinct_threads")).toInt(), tasks);
    QVERIFY2(most > before + tasks / 2, qPrintable(QStringLiteral("at most %1 threads").arg(most)));
    QVERIFY(threadsSettleAt(before));

    // Stop while they sleep (10 s units): every thread wakes and is joined at once. Waking 100
    // threads needs the scheduler to run each of them once: 267 ms was seen with three other
    // processes per core, so the bound is half a second, still far from a sleep left to run out.
    Run stopped(*s, settingsFor(QStringLiteral("threads"), scaled(100), 10'000, false));
    stopped.start();
    stopped.waitFinished(100);
    QElapsedTimer clock;
    clock.start();
    stopped.stop();
    QVERIFY2(clock.elapsed() < quickMs(500), qPrintable(QString::number(clock.elapsed())));
    QVERIFY(threadsSettleAt(before));
}

void TestCoroutines::threadsBeyondTheLimitAreRefused()
{
    const ThreadLimit limit = safeThreadLimit();
    QVERIFY(limit.limit >= 1 && limit.limit <= 2000);
    QVERIFY(limit.why.contains(QLatin1String("RLIMIT_NPROC")) || limit.why.contains(QLatin1String("threads-max")));
    QVERIFY(limit.stackBytes > 0);
    const Scenario *s = findScenario(QStringLiteral("coroutines"));
    const int before = threadCount();
    const Trace trace = runToEnd(*s, settingsFor(QStringLiteral("threads"), limit.limit + 1, 10, true));
    const QString refused = trace.results.value(QStringLiteral("refused")).toString();
    QVERIFY2(refused.contains(QString::number(limit.limit)), qPrintable(refused));
    QVERIFY(refused.contains(QLatin1String("coroutines variant")));
    QCOMPARE(lastState(trace, trace.lanes().front().id), State::Failed);
    QCOMPARE(int(trace.lanes().size()), 1); // not one thread started
    QVERIFY(threadsSettleAt(before));
}

void TestCoroutines::costIsMeasuredInAFreshProcess()
{
    if (kChildProcessesUnderTsan)
        QSKIP("child processes are left to the ASan run (procfs.h)");
    const Scenario *s = findScenario(QStringLiteral("coroutines"));
    for (const QString &variant : {QStringLiteral("coroutines"), QStringLiteral("threads")}) {
        const Trace trace = runToEnd(*s, settingsFor(variant, 300, 20, true));
        const QVariantMap r = trace.results;
        QCOMPARE(r.value(QStringLiteral("measured_tasks")).toInt(), 300);
        QCOMPARE(r.value(QStringLiteral("measured_threads")).toInt(), variant == QLatin1String("threads") ? 300 : 1);
        QVERIFY(r.value(QStringLiteral("measured_wall_ms")).toDouble() >= 3 * 20);
        QVERIFY(r.value(QStringLiteral("create_us_per_task")).toDouble() > 0);
        QVERIFY(r.contains(QStringLiteral("peak_rss_per_task_bytes")));
        if (variant == QLatin1String("coroutines"))
            QVERIFY(r.value(QStringLiteral("frame_bytes_per_coroutine")).toDouble() >= 64);
        else
            QVERIFY(r.value(QStringLiteral("stack_reserved_per_thread_bytes")).toDouble() >= 64 * 1024);
        bool sawChild = false;
        for (const Lane &lane : trace.lanes()) {
            if (lane.kind == LaneKind::Process) {
                sawChild = true;
                QVERIFY(lane.pid != trace.lanes().front().pid);
                QCOMPARE(lastState(trace, lane.id), State::Done);
            }
        }
        QVERIFY(sawChild);
    }
    QCOMPARE(childProcesses(), QList<qint64>());
}

void TestCoroutines::listingsHaveEveryStepPoint()
{
    const Scenario *s = findScenario(QStringLiteral("coroutines"));
    for (const QString &variant : {QStringLiteral("coroutines"), QStringLiteral("threads")}) {
        const QString listing = s->renderedListing(variant, s->defaults());
        QVERIFY(listing.contains(QLatin1String("range(10)")));
        const TaskLines l = TaskLines::find(listing);
        QVERIFY(l.print > 0 && l.sleep > l.print);
        QVERIFY(l.mainStart > l.sleep && l.create > l.mainStart && l.join > l.create);
        QVERIFY(l.usedTime > l.join && l.mainEnd > l.usedTime);
        QCOMPARE(l.start > 0, variant == QLatin1String("threads"));
    }
}

QTEST_GUILESS_MAIN(TestCoroutines)
#include "tst_coroutines.moc"
