#include "procfs.h"
#include "racehelpers.h"
#include "timing.h"

#include <QTest>

using namespace conlab;
using namespace conlab::test;

namespace {

RunSettings deadlockSettings(const QString &variant, StepMode mode, std::vector<int> schedule = {}, int holdMs = 100)
{
    const Scenario &s = *findScenario(QStringLiteral("deadlock"));
    RunSettings r;
    r.variant = variant;
    r.params = s.defaults();
    r.params.insert(QStringLiteral("hold-ms"), holdMs);
    r.gate.mode = mode;
    r.gate.schedule = std::move(schedule);
    return r;
}

State lastState(const Trace &t, const QString &lane)
{
    for (const Lane &l : t.lanes()) {
        if (l.name != lane)
            continue;
        const auto &ev = t.events(l.id);
        for (auto it = ev.rbegin(); it != ev.rend(); ++it) {
            if (it->type == EventType::State)
                return it->state;
        }
    }
    return State::Idle;
}

} // namespace

class TestDeadlock : public QObject
{
    Q_OBJECT

private slots:
    void steppedIntoTheCycleIsDetectedAndNamed();
    void freeRunDeadlocksAndEndsCleanly();
    void slowHolderIsNotADeadlock();
    void fixesNeverDeadlock_data();
    void fixesNeverDeadlock();
};

void TestDeadlock::steppedIntoTheCycleIsDetectedAndNamed()
{
    const int threadsBefore = threadCount();
    const Scenario &s = *findScenario(QStringLiteral("deadlock"));
    Run run(s, deadlockSettings(QStringLiteral("naive"), StepMode::Schedule, {1, 2}));
    Trace trace(run.context().recorder().sharedStrings());
    QElapsedTimer clock;
    clock.start();
    run.start();
    // Each takes its first lock, holds it 100 ms, then wants the other's: caught at once.
    QVERIFY(pollUntil([&] { return run.context().gate().deadlocked(); }));
    QVERIFY2(clock.elapsed() < quickMs(500), qPrintable(QString::number(clock.elapsed())));
    QVERIFY(run.waitFinished(5000));
    run.stop();
    run.finishTrace(trace);
    QCOMPARE(trace.results.value(QStringLiteral("deadlock_detected")).toBool(), true);
    QCOMPARE(trace.results.value(QStringLiteral("cycle")).toStringList(),
             QStringList({QStringLiteral("t1 holds A, wants B"), QStringLiteral("t2 holds B, wants A")}));
    QCOMPARE(lastState(trace, QStringLiteral("t1")), State::Stopped);
    QCOMPARE(lastState(trace, QStringLiteral("t2")), State::Stopped);
    QVERIFY(!run.wasStopped()); // it ended as the scenario intends
    // Drawn: an arrow from each waiter to the holder of what it wants.
    int wants = 0;
    for (const Lane &l : trace.lanes()) {
        for (const Event &e : trace.events(l.id))
            wants += e.type == EventType::FlowOut && trace.label(e.label).startsWith(QLatin1String("wants"));
    }
    QCOMPARE(wants, 2);
    QVERIFY(threadsSettleAt(threadsBefore));
}

void TestDeadlock::freeRunDeadlocksAndEndsCleanly()
{
    QElapsedTimer clock;
    clock.start();
    const Trace t = runToEnd(*findScenario(QStringLiteral("deadlock")), deadlockSettings(QStringLiteral("naive"), StepMode::Free));
    QVERIFY2(clock.elapsed() < quickMs(1000), qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(t.results.value(QStringLiteral("deadlock_detected")).toBool(), true);
    QCOMPARE(t.results.value(QStringLiteral("completed")).toBool(), false);
}

void TestDeadlock::slowHolderIsNotADeadlock()
{
    // t1 holds A for 400 ms while t2 waits for it: a long wait, but no cycle.
    const Trace t = runToEnd(*findScenario(QStringLiteral("deadlock")),
                             deadlockSettings(QStringLiteral("ordered"), StepMode::Schedule, {1, 2}, 400));
    QCOMPARE(t.results.value(QStringLiteral("deadlock_detected")).toBool(), false);
    QCOMPARE(t.results.value(QStringLiteral("completed")).toBool(), true);
    bool waited = false;
    for (const Lane &l : t.lanes()) {
        for (const Event &e : t.events(l.id))
            waited |= l.name == QLatin1String("t2") && e.type == EventType::State && e.state == State::WaitingLock;
    }
    QVERIFY(waited);
}

void TestDeadlock::fixesNeverDeadlock_data()
{
    QTest::addColumn<QString>("variant");
    QTest::newRow("ordered") << QStringLiteral("ordered");
    QTest::newRow("scoped-lock") << QStringLiteral("scoped-lock");
}

void TestDeadlock::fixesNeverDeadlock()
{
    QFETCH(QString, variant);
    const Scenario &s = *findScenario(QStringLiteral("deadlock"));
    for (int i = 0; i < scaled(1000); ++i) {
        RunSettings settings = deadlockSettings(variant, StepMode::Chaos, {}, 0);
        settings.gate.seed = quint64(i + 1);
        const Trace t = runToEnd(s, settings);
        QVERIFY2(t.results.value(QStringLiteral("completed")).toBool(), qPrintable(QString::number(i)));
    }
}

QTEST_GUILESS_MAIN(TestDeadlock)
#include "tst_deadlock.moc"
