#include "cpuload.h"
#include "runhelpers.h"
#include "scenarios/cpu-bound/cpuwork.h"
#include "experiments/sweep.h"
#include "timing.h"

#include <random>

using namespace conlab;
using namespace conlab::test;

namespace {

QVariantMap work(int workers, int chunks)
{
    return {{QStringLiteral("workers"), workers}, {QStringLiteral("amount"), chunks}};
}

// Primes in [from, to) by a sieve: an independent check of the trial division.
int sievePrimes(qint64 from, qint64 to)
{
    std::vector<bool> composite(size_t(to - from), false);
    for (qint64 p = 2; p * p < to; ++p) {
        for (qint64 m = std::max(p * p, (from + p - 1) / p * p); m < to; m += p)
            composite[size_t(m - from)] = true;
    }
    return int(std::count(composite.begin(), composite.end(), false));
}

// Best (shortest) wall time of `rounds` runs.
qint64 bestWall(const QString &variant, int workers, int chunks, int rounds = 3)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (int i = 0; i < rounds; ++i)
        best = std::min(best, runScenario("cpu-bound", variant, work(workers, chunks)).wallNs);
    return best;
}

} // namespace

class TestCpuBound : public QObject
{
    Q_OBJECT

private slots:
    void chunksCountThePrimes();
    void everyVariantFindsTheSamePrimes();
    void threadsSpeedUpOnTwoCores();
    void gilThreadsDoNotSpeedUp();
    void gilIsHeldWhileComputing();
    void cpuTimePerLane();
    void stopsAtAnyMoment();
    void sweepReportsEveryWorkerCount();
    void sweepIdealComesFromTheScenario();
    void sweepStopsAtOnce();
};

void TestCpuBound::chunksCountThePrimes()
{
    for (int chunk : {0, 1, 7}) {
        const qint64 from = kPrimeStart + chunk * kChunkSize;
        QCOMPARE(countPrimesInChunk(chunk), sievePrimes(from, from + kChunkSize));
    }
    std::stop_source stop;
    stop.request_stop();
    QCOMPARE(countPrimesInChunk(0, stop.get_token()), -1);
    QVERIFY(isPrime(2) && isPrime(4294967291u) && !isPrime(1) && !isPrime(4294967295u));
}

void TestCpuBound::everyVariantFindsTheSamePrimes()
{
    const int expected = sievePrimes(kPrimeStart, kPrimeStart + 6 * kChunkSize);
    QStringList variants{QStringLiteral("threads"), QStringLiteral("threads-gil")};
    if (!kChildProcessesUnderTsan)
        variants << QStringLiteral("processes");
    for (const QString &variant : variants) {
        const Trace t = runScenario("cpu-bound", variant, work(3, 6));
        QCOMPARE(t.results.value(QStringLiteral("primes")).toInt(), expected);
        QCOMPARE(t.results.value(QStringLiteral("chunks")).toInt(), 6);
        const QStringList out = printedLines(t, t.lanes().front().id);
        QCOMPARE(out.size(), 1);
        QVERIFY2(out[0].startsWith(QString::number(expected) + QStringLiteral(" primes in ")), qPrintable(out[0]));
        int workers = 0;
        for (const Lane &l : t.lanes()) {
            if (l.id == t.lanes().front().id)
                continue;
            ++workers;
            QCOMPARE(l.kind, variant == QLatin1String("processes") ? LaneKind::Process : LaneKind::Thread);
            QCOMPARE(finalState(t, l.id), State::Done);
            const QStringList lines = printedLines(t, l.id);
            QCOMPARE(lines.size(), 1);
            QVERIFY2(lines[0].startsWith(l.name + QStringLiteral(": ")), qPrintable(lines[0]));
            if (variant == QLatin1String("processes")) {
                QVERIFY(l.pid != getpid());
                QCOMPARE(l.ppid, qint64(getpid()));
            }
        }
        QCOMPARE(workers, 3);
    }
    QVERIFY(childProcesses().isEmpty());
}

void TestCpuBound::threadsSpeedUpOnTwoCores()
{
    if (availableCores() < 2)
        QSKIP("only one core available: two threads cannot compute at the same time here");
    const qint64 one = bestWall(QStringLiteral("threads"), 1, 40); // about 0.2 s on one worker
    // Two workers need both cores: what other processes take while they run is what matters.
    const CpuSample before = CpuSample::now();
    const qint64 two = bestWall(QStringLiteral("threads"), 2, 40);
    const double others = CpuSample::now().othersSince(before);
    const double ratio = double(two) / double(one);
    const QString figures = QStringLiteral("2 workers / 1 worker = %1; other processes used %2 cores meanwhile")
                                .arg(ratio, 0, 'f', 2)
                                .arg(others, 0, 'f', 2);
    if (ratio >= 0.75 && others > 0.4)
        QSKIP(qPrintable(QStringLiteral("machine busy, no second core to spare: ") + figures));
    QVERIFY2(ratio < 0.75, qPrintable(figures));
}

void TestCpuBound::gilThreadsDoNotSpeedUp()
{
    // What holds on any machine: only one thread computes at a time.
    const Trace t = runScenario("cpu-bound", QStringLiteral("threads-gil"), work(2, 20));
    QVERIFY2(t.results.value(QStringLiteral("parallelism")).toDouble() < 1.15,
             qPrintable(t.results.value(QStringLiteral("parallelism")).toString()));
    // And so the wall time does not drop. When other processes compete for the cores, the
    // scheduler favours threads that just woke (as a GIL hand-off does) and the ratio is noise.
    const CpuSample before = CpuSample::now();
    const qint64 one = bestWall(QStringLiteral("threads-gil"), 1, 40);
    const qint64 two = bestWall(QStringLiteral("threads-gil"), 2, 40);
    const double others = CpuSample::now().othersSince(before);
    const double ratio = double(two) / double(one);
    const QString figures = QStringLiteral("2 workers / 1 worker = %1; other processes used %2 cores meanwhile")
                                .arg(ratio, 0, 'f', 2)
                                .arg(others, 0, 'f', 2);
    if (ratio <= 0.85 && others > 0.5)
        QSKIP(qPrintable(QStringLiteral("machine busy, wall times not comparable: ") + figures));
    QVERIFY2(ratio > 0.85, qPrintable(figures));
}

void TestCpuBound::gilIsHeldWhileComputing()
{
    const Trace t = runScenario("cpu-bound", QStringLiteral("threads-gil"), work(2, 8));
    for (const char *name : {"w1", "w2"}) {
        const Lane *l = laneNamed(t, QLatin1String(name));
        QVERIFY(l);
        const std::vector<Event> holds = eventsOf(t, l->id, EventType::HoldBegin);
        QCOMPARE(int(holds.size()), 4); // one per chunk
        QCOMPARE(t.label(holds.front().label), QStringLiteral("GIL"));
        QCOMPARE(int(eventsOf(t, l->id, EventType::HoldEnd).size()), 4);
    }
    // While one computes, the other waits for the GIL: no two holds overlap.
    std::vector<std::pair<qint64, int>> edges;
    for (const Lane &l : t.lanes()) {
        for (const Event &e : t.events(l.id)) {
            if (e.type == EventType::HoldBegin || e.type == EventType::HoldEnd)
                edges.emplace_back(e.t, e.type == EventType::HoldBegin ? 1 : -1);
        }
    }
    std::stable_sort(edges.begin(), edges.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : a.second < b.second; // an end before a begin at one time
    });
    int holders = 0;
    for (const auto &[time, delta] : edges) {
        holders += delta;
        QVERIFY(holders <= 1);
    }
}

void TestCpuBound::cpuTimePerLane()
{
    const Trace t = runScenario("cpu-bound", QStringLiteral("threads"), work(2, 8));
    const QVariantList cpu = t.results.value(QStringLiteral("cpu_ms")).toList(); // w1, w2
    QCOMPARE(cpu.size(), 2);
    double sum = 0;
    for (const QVariant &v : cpu) {
        QVERIFY(v.toDouble() > 0);
        sum += v.toDouble();
    }
    QVERIFY(qAbs(sum - t.results.value(QStringLiteral("cpu_total_ms")).toDouble()) < 0.25); // rounded to 0.1 ms
    for (const char *name : {"w1", "w2"}) {
        bool marked = false;
        for (const Event &e : eventsOf(t, laneNamed(t, QLatin1String(name))->id, EventType::Mark))
            marked |= e.aux == int(MarkKind::Result) && t.label(e.label).startsWith(QLatin1String("cpu "));
        QVERIFY2(marked, name);
    }
}

void TestCpuBound::stopsAtAnyMoment()
{
    const int threadsBefore = threadCount();
    const Scenario &s = *findScenario(QStringLiteral("cpu-bound"));
    QStringList variants{QStringLiteral("threads"), QStringLiteral("threads-gil")};
    if (!kChildProcessesUnderTsan)
        variants << QStringLiteral("processes");
    std::mt19937 rng(3);
    for (int i = 0; i < scaled(30); ++i) {
        const QString &variant = variants[i % variants.size()];
        const RunSettings settings = settingsFor(s, variant, work(1 + i % 4, 40));
        QByteArray why;
        QVERIFY2(stopsCleanly(s, settings, std::uniform_int_distribution<int>(0, 150)(rng), &why), why.constData());
    }
    QVERIFY(threadsSettleAt(threadsBefore));
    QVERIFY(childProcesses().isEmpty());
}

void TestCpuBound::sweepReportsEveryWorkerCount()
{
    const Scenario &s = *findScenario(QStringLiteral("cpu-bound"));
    QVERIFY(canSweep(s));
    QVERIFY(!canSweep(*findScenario(QStringLiteral("race")))); // its workers start at 2
    QCOMPARE(defaultSweepMax(s), std::min(2 * availableCores(), int(s.param(QStringLiteral("workers"))->maximum)));
    std::vector<int> seen;
    const SweepSummary sweep =
        runSweep(s, settingsFor(s, QStringLiteral("threads"), work(1, 6)), 3, {}, [&](const SweepPoint &p) {
            seen.push_back(p.workers);
        });
    QCOMPARE(seen, std::vector<int>({1, 2, 3}));
    QCOMPARE(int(sweep.points.size()), 3);
    QVERIFY(!sweep.stopped);
    QCOMPARE(sweep.points[0].speedup, 1.0);
    for (const SweepPoint &p : sweep.points) {
        QCOMPARE(p.ideal, double(std::min(p.workers, availableCores())));
        QVERIFY(p.cpuMs > 0 && p.wallNs > 0);
    }
    const QVariantMap v = sweepToVariant(sweep);
    QCOMPARE(v.value(QStringLiteral("cores")).toInt(), availableCores());
    QCOMPARE(v.value(QStringLiteral("points")).toList().size(), 3);
    QVERIFY(!v.value(QStringLiteral("parameters")).toMap().contains(QStringLiteral("workers")));
}

void TestCpuBound::sweepIdealComesFromTheScenario()
{
    const Scenario &pool = *findScenario(QStringLiteral("pool"));
    const QVariantMap params = pool.defaults();
    const double expected[] = {1.0, 1.5, 2.0, 2.0};
    for (int w = 1; w <= 4; ++w)
        QCOMPARE(idealSpeedup(pool, QStringLiteral("pool"), params, w, 1), expected[w - 1]);
}

void TestCpuBound::sweepStopsAtOnce()
{
    const Scenario &s = *findScenario(QStringLiteral("cpu-bound"));
    std::stop_source stop;
    std::jthread stopper([&] {
        QThread::msleep(100);
        stop.request_stop();
    });
    QElapsedTimer clock;
    clock.start();
    const RunSettings settings = settingsFor(s, QStringLiteral("threads"), work(1, 400));
    const SweepSummary sweep = runSweep(s, settings, 4, stop.get_token());
    QVERIFY2(clock.elapsed() < quickMs(400), qPrintable(QString::number(clock.elapsed())));
    QVERIFY(sweep.stopped);
    QVERIFY(sweep.points.empty());
}

QTEST_GUILESS_MAIN(TestCpuBound)
#include "tst_cpubound.moc"
