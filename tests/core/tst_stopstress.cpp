#include "procfs.h"
#include "scenarios/run.h"
#include "timing.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace conlab;
using namespace conlab::test;

// Starts every scenario and variant and stops each at a random (seeded) moment: Stop
// returns within 200 ms, leaves no thread and no child process behind, and every lane ends.
class TestStopStress : public QObject
{
    Q_OBJECT

private slots:
    void stopAtRandomMoments();
};

void TestStopStress::stopAtRandomMoments()
{
    const int threadsBefore = threadCount();
    std::mt19937 rng(20261126);
    int stops = 0;
    qint64 longestUs = 0;
    QByteArray longestWhere;
    QTemporaryDir outDir;
    QVERIFY(outDir.isValid());
    std::vector<std::pair<const Scenario *, QString>> runs;
    for (const Scenario *s : scenarios()) {
        for (const VariantSpec &v : s->info().variants) {
            const bool startsChildren =
                (s->info().id == QLatin1String("processes") && v.id == QLatin1String("parallel")) ||
                (s->info().id == QLatin1String("cpu-bound") && v.id == QLatin1String("processes"));
            if (kChildProcessesUnderTsan && startsChildren)
                continue; // procfs.h says why
            if (kChildProcessesUnderTsan && s->info().id == QLatin1String("crawler"))
                continue; // its waits are Qt's event loops, opaque to ThreadSanitizer (tests/core/CMakeLists.txt)
            runs.emplace_back(s, QLatin1String(v.id));
        }
    }
    // At least 200 stops in all, spread evenly over every scenario and variant.
    const int target = scaled(200);
    const int perVariant = (target + int(runs.size()) - 1) / int(runs.size());
    for (const auto &[scenario, variant] : runs) {
        RunSettings settings;
        settings.variant = variant;
        settings.params = scenario->defaults();
        settings.params.insert(QStringLiteral("unit-ms"), 10);
        settings.workerPath = QStringLiteral(CONLAB_EXE);
        settings.outDir = outDir.path(); // what a run saves (the crawler's pages) goes here, and goes
        // How long a whole run takes: the ideal where there is one, else one run measured.
        qint64 length = scenario->idealNs(variant, settings.params);
        if (length <= 0)
            length = runToEnd(*scenario, settings).wallNs;
        for (int i = 0; i < perVariant; ++i) {
            // Anywhere from before the first event to just after the natural end.
            const int stopAfterUs = std::uniform_int_distribution<int>(0, int(length / 1000 * 12 / 10))(rng);
            Run run(*scenario, settings);
            Trace trace(run.context().recorder().sharedStrings());
            run.start();
            run.waitFinished(stopAfterUs / 1000);
            QElapsedTimer clock;
            clock.start();
            run.stop();
            const qint64 us = clock.nsecsElapsed() / 1000;
            ++stops;
            const QByteArray where = QByteArray(scenario->info().id) + '/' + variant.toLatin1() + " after " +
                                     QByteArray::number(stopAfterUs) + " us";
            if (us > longestUs) {
                longestUs = us;
                longestWhere = where;
            }
            // A fifth of a second is prompt for a user; a sanitizer build, several times slower,
            // gets more (once in 30 TSan runs a pool stop took 0.24 s).
            const qint64 boundUs = quickMs(200) * 1000;
            QVERIFY2(us < boundUs, QByteArray(where + ": stop took " + QByteArray::number(us) + " us").constData());
            QVERIFY2(run.finished(), where.constData());
            run.finishTrace(trace);
            for (const Lane &lane : trace.lanes()) {
                const auto &ev = trace.events(lane.id);
                auto last = std::find_if(ev.rbegin(), ev.rend(), [](const Event &e) { return e.type == EventType::State; });
                QVERIFY2(last != ev.rend() && (last->state == State::Done || last->state == State::Stopped),
                         QByteArray(where + ": lane " + lane.name.toUtf8() + " left open").constData());
            }
        }
        QVERIFY2(threadsSettleAt(threadsBefore), scenario->info().id);
        QCOMPARE(childProcesses(), QList<qint64>());
    }
    QVERIFY(stops >= target);
    qInfo("stops: %d, longest stop: %.2f ms (%s)", stops, double(longestUs) / 1000.0, longestWhere.constData());
}

QTEST_GUILESS_MAIN(TestStopStress)
#include "tst_stopstress.moc"
