#include "procfs.h"
#include "runtime/allocator.h"
#include "scenarios/run.h"

#include <QTest>

using namespace conlab;
using namespace conlab::test;

// 1,000 consecutive runs in one process: memory and file descriptors stay where they were.
// In the plain build only: AddressSanitizer's quarantine holds freed memory on purpose.
class TestSoak : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { limitAllocatorArenas(); } // as the program does at start
    void thousandRunsLeakNothing();
};

void TestSoak::thousandRunsLeakNothing()
{
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    QSKIP("the soak runs in the plain build");
#endif
    const Scenario *fast[] = {findScenario(QStringLiteral("threads")), findScenario(QStringLiteral("processes"))};
    auto runOnce = [&](int i) {
        const Scenario &s = *fast[i % 2];
        RunSettings settings;
        settings.variant = i % 4 < 2 ? QStringLiteral("parallel") : QStringLiteral("sequential");
        settings.params = s.defaults();
        settings.params.insert(QStringLiteral("unit-ms"), 1);
        settings.workerPath = QStringLiteral(CONLAB_EXE);
        const Trace trace = runToEnd(s, settings);
        return trace.results.value(QStringLiteral("counter")).toInt();
    };
    // The allocator's arenas (limited, as in the program) and its cache of freed thread stacks
    // fill during the first few hundred runs and raise resident memory once. Measured from
    // there, a leak shows as growth; those caches do not.
    constexpr int kWarmUp = 300;
    const int kRuns = qEnvironmentVariableIntValue("CONLAB_SOAK_RUNS") > 0 ? qEnvironmentVariableIntValue("CONLAB_SOAK_RUNS") : 1000;
    for (int i = 0; i < kWarmUp; ++i)
        runOnce(i);
    const qint64 rssBefore = residentKb();
    const int fdsBefore = openFileCount();
    for (int i = 0; i < kRuns; ++i) {
        const int counter = runOnce(i);
        // processes/parallel counts in the children (0); every other run counts 7.
        QCOMPARE(counter, i % 4 == 1 ? 0 : 7);
    }
    const qint64 rssAfter = residentKb();
    const double growth = 100.0 * double(rssAfter - rssBefore) / double(rssBefore);
    qInfo("soak: %d runs, resident %lld kB -> %lld kB (%+.2f %%), fds %d -> %d", kRuns, rssBefore, rssAfter, growth,
          fdsBefore, openFileCount());
    QVERIFY2(growth < 5.0, qPrintable(QStringLiteral("resident memory grew %1 %").arg(growth)));
    QCOMPARE(openFileCount(), fdsBefore);
}

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
