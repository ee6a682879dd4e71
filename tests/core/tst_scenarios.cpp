#include "procfs.h"
#include "timing.h"
#include "scenarios/run.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace conlab;
using namespace conlab::test;

namespace {

RunSettings settings(const Scenario &s, const QString &variant, qint64 unitMs)
{
    RunSettings r;
    r.variant = variant;
    r.params = s.defaults();
    r.params.insert(QStringLiteral("unit-ms"), unitMs);
    r.workerPath = QStringLiteral(CONLAB_EXE);
    return r;
}

// Drains the run until `ready` holds or the run ends; true if it held. Polls the recorder,
// which is what the window does too: no sleeping in place of a condition.
template<typename Pred>
bool drainUntil(Run &run, Trace &trace, Pred ready, int timeoutMs = 10'000)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        run.drainInto(trace);
        if (ready())
            return true;
        if (run.finished())
            return false;
        run.waitFinished(2);
    }
    return false;
}

State lastStateOf(const Trace &trace, int lane, QString *label = nullptr)
{
    const auto &ev = trace.events(lane);
    for (auto it = ev.rbegin(); it != ev.rend(); ++it) {
        if (it->type == EventType::State) {
            if (label)
                *label = trace.label(it->label);
            return it->state;
        }
    }
    return State::Idle;
}

// True once the lane has entered `s` (at any time).
bool reached(const Trace &trace, int lane, State s)
{
    for (const Event &e : trace.events(lane)) {
        if (e.type == EventType::State && e.state == s)
            return true;
    }
    return false;
}

} // namespace

class TestScenarios : public QObject
{
    Q_OBJECT

private slots:
    void processesParallelAreRealChildren();
    void threadsParallelShareOnePid();
    void parallelIsFaster_data();
    void parallelIsFaster();
    void killedChildEndsFailedAndRunFinishes();
    void childWritingGarbageEndsFailedAndRunFinishes_data();
    void childWritingGarbageEndsFailedAndRunFinishes();
};

void TestScenarios::processesParallelAreRealChildren()
{
    if (kChildProcessesUnderTsan)
        QSKIP("child processes are not followed by ThreadSanitizer (procfs.h)");
    const Scenario &s = *findScenario(QStringLiteral("processes"));
    Run run(s, settings(s, QStringLiteral("parallel"), 150));
    Trace trace(run.context().recorder().sharedStrings());
    run.start();
    // Both children reported running: their pids are known and they are alive right now.
    auto childrenRunning = [&] {
        int n = 0;
        for (const Lane &l : trace.lanes())
            n += l.kind == LaneKind::Process && l.pid > 0 && reached(trace, l.id, State::Sleeping);
        return n == 2;
    };
    QVERIFY(drainUntil(run, trace, childrenRunning));
    QList<qint64> pids;
    for (const Lane &l : trace.lanes()) {
        if (l.kind == LaneKind::Process) {
            pids << l.pid;
            QCOMPARE(parentOf(l.pid), qint64(getpid()));
            QCOMPARE(l.ppid, qint64(getpid()));
        }
    }
    QCOMPARE(pids.size(), 2);
    QVERIFY(pids[0] != pids[1]);
    QVERIFY(!pids.contains(getpid()));
    QVERIFY(run.waitFinished(20'000));
    run.stop();
    run.finishTrace(trace);
    QCOMPARE(trace.results.value(QStringLiteral("counter")).toInt(), 0);
    // Each child counted to its own total in its own memory.
    for (const Lane &l : trace.lanes()) {
        if (l.kind != LaneKind::Process)
            continue;
        double last = -1;
        for (const Event &e : trace.events(l.id)) {
            if (e.type == EventType::Counter)
                last = e.value;
        }
        QCOMPARE(last, l.name == QLatin1String("sing") ? 3.0 : 4.0);
        QCOMPARE(lastStateOf(trace, l.id), State::Done);
    }
    QVERIFY(childProcesses().isEmpty());
}

void TestScenarios::threadsParallelShareOnePid()
{
    const Scenario &s = *findScenario(QStringLiteral("threads"));
    Run run(s, settings(s, QStringLiteral("parallel"), 100));
    Trace trace(run.context().recorder().sharedStrings());
    run.start();
    auto threadsRunning = [&] {
        int n = 0;
        for (const Lane &l : trace.lanes())
            n += l.kind == LaneKind::Thread && l.tid > 0 && reached(trace, l.id, State::Sleeping);
        return n == 2;
    };
    QVERIFY(drainUntil(run, trace, threadsRunning));
    QSet<qint64> tids;
    for (const Lane &l : trace.lanes()) {
        QCOMPARE(l.pid, qint64(getpid()));
        if (l.kind == LaneKind::Thread) {
            QVERIFY2(threadExists(l.tid), qPrintable(QStringLiteral("tid %1 not in /proc/self/task").arg(l.tid)));
            tids.insert(l.tid);
        }
    }
    QCOMPARE(tids.size(), 2);
    QVERIFY(run.waitFinished(20'000));
    run.stop();
    run.finishTrace(trace);
    QCOMPARE(trace.results.value(QStringLiteral("counter")).toInt(), 7);
}

void TestScenarios::parallelIsFaster_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::newRow("processes") << QStringLiteral("processes");
    QTest::newRow("threads") << QStringLiteral("threads");
}

void TestScenarios::parallelIsFaster()
{
    QFETCH(QString, scenario);
    if (kChildProcessesUnderTsan && scenario == QLatin1String("processes"))
        QSKIP("child processes are not followed by ThreadSanitizer (procfs.h)");
    const Scenario &s = *findScenario(scenario);
    constexpr qint64 unit = 100'000'000;
    const Trace seq = runToEnd(s, settings(s, QStringLiteral("sequential"), unit / 1'000'000));
    const Trace par = runToEnd(s, settings(s, QStringLiteral("parallel"), unit / 1'000'000));
    const Lane *sing = nullptr, *dance = nullptr;
    for (const Lane &l : par.lanes()) {
        if (l.name == QLatin1String("sing"))
            sing = &l;
        else if (l.name == QLatin1String("dance"))
            dance = &l;
    }
    QVERIFY(sing && dance);
    // Both were started before either finished its work: they ran side by side.
    const qint64 singDone = firstEntered(par, sing->id, State::Done);
    const qint64 danceDone = firstEntered(par, dance->id, State::Done);
    QVERIFY(firstEntered(par, sing->id, State::Starting) < danceDone);
    QVERIFY(firstEntered(par, dance->id, State::Starting) < singDone);
    // Each slept its own units, whatever the other did (less the moments it printed between).
    QVERIFY2(timeIn(par, sing->id, State::Sleeping) >= 3 * unit * 8 / 10, msText(timeIn(par, sing->id, State::Sleeping)).constData());
    QVERIFY2(timeIn(par, dance->id, State::Sleeping) >= 4 * unit * 8 / 10, msText(timeIn(par, dance->id, State::Sleeping)).constData());
    // Side by side, the run's sleeping is done when the longer one's 4 units are: the children's
    // stretches of sleeping against the main lane's 7 one after the other. When each child
    // started is the machine's business (a process can take 0.7 s to start in a busy sanitizer
    // build): reported, not compared.
    const qint64 parallel = std::max(sleepingStretch(par, sing->id), sleepingStretch(par, dance->id));
    const qint64 sequential = sleepingStretch(seq, seq.lanes().front().id);
    const double ratio = double(parallel) / double(sequential);
    const QByteArray figures = "sleeping, parallel " + msText(parallel) + " / sequential " + msText(sequential) +
                               " = " + QByteArray::number(ratio, 'f', 2) + "; longest start-up " +
                               msText(longestStartUp(par)) + ", wall " + msText(par.wallNs) + " / " +
                               msText(seq.wallNs);
    qInfo("%s", figures.constData());
    QVERIFY2(ratio < 0.8, figures.constData()); // ideal 4/7 = 0.57
    QVERIFY(timeIn(seq, seq.lanes().front().id, State::Sleeping) >= 7 * unit * 8 / 10);
}

void TestScenarios::killedChildEndsFailedAndRunFinishes()
{
    if (kChildProcessesUnderTsan)
        QSKIP("child processes are not followed by ThreadSanitizer (procfs.h)");
    const Scenario &s = *findScenario(QStringLiteral("processes"));
    Run run(s, settings(s, QStringLiteral("parallel"), 100));
    Trace trace(run.context().recorder().sharedStrings());
    run.start();
    qint64 singPid = 0;
    int singLane = -1;
    QVERIFY(drainUntil(run, trace, [&] {
        for (const Lane &l : trace.lanes()) {
            if (l.name == QLatin1String("sing") && l.pid > 0 && reached(trace, l.id, State::Sleeping)) {
                singPid = l.pid;
                singLane = l.id;
            }
        }
        return singPid > 0;
    }));
    QCOMPARE(::kill(pid_t(singPid), SIGKILL), 0);
    QVERIFY(run.waitFinished(20'000));
    run.stop();
    run.finishTrace(trace);
    QString why;
    QCOMPARE(lastStateOf(trace, singLane, &why), State::Failed);
    QVERIFY2(why.contains(QLatin1String("SIGKILL")), qPrintable(why));
    QVERIFY(!run.wasStopped());
    // The other child and the parent went on to the end.
    for (const Lane &l : trace.lanes()) {
        if (l.id != singLane)
            QCOMPARE(lastStateOf(trace, l.id), State::Done);
    }
    QVERIFY(childProcesses().isEmpty());
}

void TestScenarios::childWritingGarbageEndsFailedAndRunFinishes_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("shown");
    // Stands in for the worker: what it writes is not the protocol.
    QTest::newRow("binary") << QByteArray("head -c 20000 /dev/urandom; echo; echo 'not a message'\n") << QStringLiteral("not the worker protocol");
    QTest::newRow("text lines") << QByteArray("echo 'hello from a shell'; echo 'S x Running'; echo 'H 1 2'\n")
                                << QStringLiteral("hello from a shell");
    QTest::newRow("one endless line") << QByteArray("head -c 300000 /dev/zero | tr '\\0' 'x'\n")
                                      << QStringLiteral("not the worker protocol");
}

void TestScenarios::childWritingGarbageEndsFailedAndRunFinishes()
{
    if (kChildProcessesUnderTsan)
        QSKIP("child processes are not followed by ThreadSanitizer (procfs.h)");
    QFETCH(QByteArray, script);
    QFETCH(QString, shown);
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("worker.sh")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("#!/bin/sh\n" + script);
    f.close();
    QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const Scenario &s = *findScenario(QStringLiteral("processes"));
    RunSettings rs = settings(s, QStringLiteral("parallel"), 10);
    rs.workerPath = f.fileName();
    const Trace trace = runToEnd(s, rs);
    int failed = 0;
    for (const Lane &l : trace.lanes()) {
        if (l.kind != LaneKind::Process)
            continue;
        QString why;
        QCOMPARE(lastStateOf(trace, l.id, &why), State::Failed);
        QVERIFY2(why.contains(QLatin1String("not the worker protocol")), qPrintable(why));
        // The first line it wrote is shown on its lane.
        bool marked = false;
        for (const Event &e : trace.events(l.id))
            marked |= e.type == EventType::Mark && trace.label(e.label).contains(shown);
        QVERIFY2(marked, qPrintable(l.name));
        ++failed;
    }
    QCOMPARE(failed, 2);
    QVERIFY(trace.results.value(QStringLiteral("malformed_child_lines")).toInt() >= 2);
    QCOMPARE(lastStateOf(trace, trace.lanes().front().id), State::Done); // the parent went on
    QVERIFY(childProcesses().isEmpty());
}

QTEST_GUILESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"
