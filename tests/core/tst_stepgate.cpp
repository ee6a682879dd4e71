#include "procfs.h"
#include "racehelpers.h"
#include "timing.h"

#include <QFile>
#include <QTest>

using namespace conlab;
using namespace conlab::test;

namespace {

// The state letter of /proc/self/task/<tid>/stat: S = asleep in the kernel, R = running.
char taskState(qint64 tid)
{
    QFile f(QStringLiteral("/proc/self/task/%1/stat").arg(tid));
    if (!f.open(QIODevice::ReadOnly))
        return '?';
    const QByteArray stat = f.readAll();
    const qsizetype close = stat.lastIndexOf(')');
    return close > 0 && close + 2 < stat.size() ? stat[close + 2] : '?';
}

bool allParked(Run &run, int lanes)
{
    const auto view = run.context().gate().snapshot();
    return int(view.size()) == lanes && std::all_of(view.begin(), view.end(), [](const StepGate::LaneView &v) {
               return v.phase == StepGate::Phase::Parked;
           });
}

double balanceNow(Run &run, Trace &trace)
{
    run.drainInto(trace);
    double v = 0;
    for (const Event &e : trace.events(trace.lanes().front().id)) {
        if (e.type == EventType::Counter)
            v = e.value;
    }
    return v;
}

} // namespace

class TestStepGate : public QObject
{
    Q_OBJECT

private slots:
    void waitingLanesSleepInTheKernel();
    void grantMovesOneLaneOneStep();
    void blockedLaneCannotBeGranted();
    void undoByReplayGivesThePreviousState();
    void pauseStopsTheClockAndTheSteps();
    void stopWakesEveryWaitingLane();
};

void TestStepGate::waitingLanesSleepInTheKernel()
{
    Run run(*findScenario(QStringLiteral("race")), raceSettings(QStringLiteral("no-lock"), StepMode::Step));
    run.start();
    QVERIFY(pollUntil([&] { return allParked(run, 2); }));
    for (const Lane &l : run.context().recorder().lanes()) {
        if (l.kind != LaneKind::Thread)
            continue;
        // Parked for a while now: a spinning thread would show R.
        QVERIFY(pollUntil([&] { return taskState(l.tid) == 'S'; }, 2000));
    }
    run.stop();
}

void TestStepGate::grantMovesOneLaneOneStep()
{
    Run run(*findScenario(QStringLiteral("race")), raceSettings(QStringLiteral("no-lock"), StepMode::Step));
    Trace trace(run.context().recorder().sharedStrings());
    run.start();
    QVERIFY(pollUntil([&] { return allParked(run, 2); }));
    StepGate &gate = run.context().gate();
    const auto before = gate.snapshot();
    QVERIFY(gate.grant(1));
    QVERIFY(pollUntil([&] { return gate.taken().size() == 1 && allParked(run, 2); }));
    const auto after = gate.snapshot();
    QVERIFY(after[0].line != before[0].line); // t1 moved to its next line
    QCOMPARE(after[1].line, before[1].line);  // t2 did not
    QCOMPARE(gate.taken(), std::vector<int>({1}));
    for (int n : {2, 1, 2})
        QVERIFY(gate.grant(n));
    QVERIFY(pollUntil([&] { return gate.taken().size() == 4 && allParked(run, 2); }));
    // Both have passed the check with 100; whoever subtracts second drives it to -60.
    for (int i = 0; i < 8; ++i) {
        for (int n : {1, 2})
            gate.grant(n);
    }
    QVERIFY(run.waitFinished(10'000));
    run.stop();
    run.finishTrace(trace);
    QCOMPARE(trace.results.value(QStringLiteral("final_balance")).toInt(), -60);
}

void TestStepGate::blockedLaneCannotBeGranted()
{
    Run run(*findScenario(QStringLiteral("race")), raceSettings(QStringLiteral("lock"), StepMode::Step));
    run.start();
    QVERIFY(pollUntil([&] { return allParked(run, 2); }));
    StepGate &gate = run.context().gate();
    QVERIFY(gate.grant(1)); // t1 takes the lock
    QVERIFY(pollUntil([&] { return gate.taken().size() == 1 && allParked(run, 2); }));
    QVERIFY(gate.grant(2)); // t2 tries it and waits
    QVERIFY(pollUntil([&] {
        const auto v = gate.snapshot();
        return v[1].phase == StepGate::Phase::Blocked && v[0].phase == StepGate::Phase::Parked;
    }));
    QVERIFY(!gate.grant(2));
    QVERIFY(gate.grant(1));
    run.stop();
}

void TestStepGate::undoByReplayGivesThePreviousState()
{
    const std::vector<int> steps{1, 2, 1, 2, 1};
    auto stateAfter = [](const std::vector<int> &schedule) {
        Run run(*findScenario(QStringLiteral("race")), raceSettings(QStringLiteral("no-lock"), StepMode::Step, schedule));
        Trace trace(run.context().recorder().sharedStrings());
        run.start();
        pollUntil([&] { return run.context().gate().taken().size() == schedule.size() && allParked(run, 2); });
        struct State
        {
            double balance;
            std::vector<std::pair<int, int>> pending;
            QList<QPair<QString, int>> steps;
        } s;
        s.balance = balanceNow(run, trace);
        for (const auto &v : run.context().gate().snapshot())
            s.pending.emplace_back(v.line, v.action);
        s.steps = workerSteps(trace);
        run.stop();
        return s;
    };
    const auto previous = stateAfter({steps.begin(), steps.end() - 1});
    const auto undone = stateAfter({steps.begin(), steps.end() - 1}); // what Undo does after 5 steps
    const auto next = stateAfter(steps);
    QCOMPARE(undone.balance, previous.balance);
    QCOMPARE(undone.pending, previous.pending);
    QCOMPARE(undone.steps, previous.steps);
    QVERIFY(next.steps.size() == previous.steps.size() + 1);
    QCOMPARE(next.balance, 20.0); // t1's subtraction was the fifth step
}

void TestStepGate::pauseStopsTheClockAndTheSteps()
{
    const Scenario &s = *findScenario(QStringLiteral("threads"));
    RunSettings settings;
    settings.variant = QStringLiteral("parallel");
    settings.params = s.defaults();
    settings.params.insert(QStringLiteral("unit-ms"), 40);
    Run run(s, settings);
    Trace trace(run.context().recorder().sharedStrings());
    QElapsedTimer wall;
    wall.start();
    run.start();
    QVERIFY(pollUntil([&] {
        run.drainInto(trace);
        return trace.eventCount() > 20;
    }));
    run.context().setPaused(true);
    const qint64 frozen = run.context().now();
    run.drainInto(trace);
    const size_t events = trace.eventCount();
    QTest::qWait(300); // the pause itself is what is measured here
    QCOMPARE(run.context().now(), frozen);
    run.drainInto(trace);
    QVERIFY(trace.eventCount() <= events + 4); // at most the steps already under way
    run.context().setPaused(false);
    QVERIFY(run.waitFinished(10'000));
    run.stop();
    run.finishTrace(trace);
    // The run's clock skipped the pause: about 4 units; the wall clock did not.
    QVERIFY2(trace.wallNs < 4 * 40'000'000LL + quickMs(150) * 1'000'000, msText(trace.wallNs).constData());
    QVERIFY(wall.elapsed() >= 4 * 40 + 300);
    QCOMPARE(trace.results.value(QStringLiteral("counter")).toInt(), 7);
}

void TestStepGate::stopWakesEveryWaitingLane()
{
    const int threadsBefore = threadCount();
    {
        Run run(*findScenario(QStringLiteral("race")),
                raceSettings(QStringLiteral("lock"), StepMode::Step, {1, 2}, {{QStringLiteral("workers"), 8}}));
        run.start();
        QVERIFY(pollUntil([&] { return run.context().gate().taken().size() == 2; }));
        QElapsedTimer clock;
        clock.start();
        run.stop();
        QVERIFY2(clock.elapsed() < quickMs(200), qPrintable(QString::number(clock.elapsed())));
    }
    QVERIFY(threadsSettleAt(threadsBefore));
}

QTEST_GUILESS_MAIN(TestStepGate)
#include "tst_stepgate.moc"
