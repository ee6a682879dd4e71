#include "procfs.h"
#include "racehelpers.h"
#include "experiments/trials.h"

#include <QTest>

using namespace conlab;
using namespace conlab::test;

class TestRace : public QObject
{
    Q_OBJECT

private slots:
    void noLockScheduleEndsAtMinus60EveryTime();
    void lockScheduleEndsAt20AndReportsSkippedEntries();
    void expandedScheduleLosesAnUpdate();
    void damageIsMarkedWithAnArrow();
    void chaosRunReplaysFromItsSchedule();
    void lockedTrialsNeverOverdrawAndConserveMoney();
    void unlockedTrialsShowBothKindsOfDamage();
    void freeRunCompletes();
};

void TestRace::noLockScheduleEndsAtMinus60EveryTime()
{
    const int repetitions = scaled(100);
    for (int i = 0; i < repetitions; ++i) {
        const Trace t = runRace(raceSettings(QStringLiteral("no-lock"), StepMode::Schedule, {1, 2, 1, 2}));
        QCOMPARE(result(t, "final_balance"), -60);
        QCOMPARE(result(t, "withdrawals_ok"), 2);
        QCOMPARE(result(t, "stale_checks"), 1);
        QCOMPARE(result(t, "lost_updates"), 0);
        QCOMPARE(t.schedule.mid(0, 4), QList<int>({1, 2, 1, 2}));
    }
}

void TestRace::lockScheduleEndsAt20AndReportsSkippedEntries()
{
    const Trace t = runRace(raceSettings(QStringLiteral("lock"), StepMode::Schedule, {1, 2, 1, 2}));
    QCOMPARE(result(t, "final_balance"), 20);
    QCOMPARE(result(t, "withdrawals_ok"), 1);
    QCOMPARE(result(t, "withdrawals_refused"), 1);
    QCOMPARE(result(t, "stale_checks"), 0);
    // Entry 4 names t2 while it waits for the lock t1 holds.
    const QVariantList skipped = t.results.value(QStringLiteral("schedule_skipped")).toList();
    QCOMPARE(skipped.size(), 1);
    QCOMPARE(skipped[0].toMap().value(QStringLiteral("entry")).toInt(), 4);
    QCOMPARE(skipped[0].toMap().value(QStringLiteral("lane")).toInt(), 2);
    // t2 really waited: a WaitingLock span, and it got the lock from t1's release.
    const Lane *t2 = nullptr;
    for (const Lane &l : t.lanes())
        t2 = l.name == QLatin1String("t2") ? &l : t2;
    QVERIFY(t2);
    bool waited = false, handedOver = false;
    for (const Event &e : t.events(t2->id)) {
        waited |= e.type == EventType::State && e.state == State::WaitingLock;
        handedOver |= e.type == EventType::FlowIn;
    }
    QVERIFY(waited);
    QVERIFY(handedOver);
}

void TestRace::expandedScheduleLosesAnUpdate()
{
    const Trace t = runRace(raceSettings(QStringLiteral("no-lock"), StepMode::Schedule, {1, 2, 1, 2, 1, 2},
                                         {{QStringLiteral("expand"), true}}));
    QCOMPARE(result(t, "withdrawals_ok"), 2);
    QCOMPARE(result(t, "final_balance"), 20);
    QCOMPARE(result(t, "lost_updates"), 1);
    QCOMPARE(result(t, "money_created"), 80);
}

void TestRace::damageIsMarkedWithAnArrow()
{
    const Trace t = runRace(raceSettings(QStringLiteral("no-lock"), StepMode::Schedule, {1, 2, 1, 2}));
    int marks = 0, sameLaneArrows = 0;
    for (const Lane &l : t.lanes()) {
        QSet<int> out;
        for (const Event &e : t.events(l.id)) {
            if (e.type == EventType::Mark && e.aux == int(MarkKind::Result) &&
                t.label(e.label).startsWith(QLatin1String("stale check")))
                ++marks;
            if (e.type == EventType::FlowOut)
                out.insert(e.aux);
            if (e.type == EventType::FlowIn && out.contains(e.aux))
                ++sameLaneArrows;
        }
    }
    QCOMPARE(marks, 1);
    QCOMPARE(sameLaneArrows, 1);
}

void TestRace::chaosRunReplaysFromItsSchedule()
{
    for (quint64 seed : {1, 7, 42, 1234}) {
        RunSettings chaos = raceSettings(QStringLiteral("no-lock"), StepMode::Chaos, {},
                                         {{QStringLiteral("expand"), true}, {QStringLiteral("workers"), 3}});
        chaos.gate.seed = seed;
        const Trace first = runRace(chaos);
        const std::vector<int> taken(first.schedule.begin(), first.schedule.end());
        const Trace replay = runRace(raceSettings(QStringLiteral("no-lock"), StepMode::Schedule, taken,
                                                  {{QStringLiteral("expand"), true}, {QStringLiteral("workers"), 3}}));
        QCOMPARE(result(replay, "final_balance"), result(first, "final_balance"));
        QCOMPARE(workerSteps(replay), workerSteps(first));
        QCOMPARE(replay.schedule, first.schedule);
    }
}

void TestRace::lockedTrialsNeverOverdrawAndConserveMoney()
{
    RunSettings s = raceSettings(QStringLiteral("lock"), StepMode::Chaos, {}, {{QStringLiteral("workers"), 8}});
    const TrialsSummary summary = runTrials(*findScenario(QStringLiteral("race")), s, scaled(1000));
    QCOMPARE(summary.trials, scaled(1000));
    int counted = 0;
    for (const QVariant &row : summary.histogram) {
        const QVariantMap m = row.toMap();
        const int final = m.value(QStringLiteral("final_balance")).toInt();
        QVERIFY(final >= 0);
        QCOMPARE(final + m.value(QStringLiteral("withdrawals_ok")).toInt() * 80, 100);
        counted += m.value(QStringLiteral("count")).toInt();
    }
    QCOMPARE(counted, summary.trials);
    QCOMPARE(summary.totals.value(QStringLiteral("stale_checks")).toInt(), 0);
}

void TestRace::unlockedTrialsShowBothKindsOfDamage()
{
    RunSettings s = raceSettings(QStringLiteral("no-lock"), StepMode::Chaos, {}, {{QStringLiteral("expand"), true}});
    const TrialsSummary summary = runTrials(*findScenario(QStringLiteral("race")), s, scaled(1000));
    QVERIFY(summary.totals.value(QStringLiteral("trials_with_stale_checks")).toInt() > 0);
    QVERIFY(summary.totals.value(QStringLiteral("trials_with_lost_updates")).toInt() > 0);
    QVERIFY(summary.histogram.size() >= 2);
}

void TestRace::freeRunCompletes()
{
    for (const char *variant : {"no-lock", "lock"}) {
        const Trace t = runRace(raceSettings(QLatin1String(variant), StepMode::Free, {}, {{QStringLiteral("workers"), 16}}));
        QCOMPARE(result(t, "withdrawals_ok") + result(t, "withdrawals_refused"), 16);
        QCOMPARE(t.schedule.size() > 0, true);
    }
}

QTEST_GUILESS_MAIN(TestRace)
#include "tst_race.moc"
