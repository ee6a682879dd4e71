#include "procfs.h"
#include "racehelpers.h"

#include <QTest>

using namespace conlab;
using namespace conlab::test;

namespace {

Trace runPoolLock(const QString &variant, int workers = 5, int withdrawals = 4, int holdMs = 20)
{
    const Scenario &s = *findScenario(QStringLiteral("pool-lock"));
    RunSettings r;
    r.variant = variant;
    r.params = s.defaults();
    r.params.insert(QStringLiteral("unit-ms"), 20);
    r.params.insert(QStringLiteral("hold-ms"), holdMs);
    r.params.insert(QStringLiteral("workers"), workers);
    r.params.insert(QStringLiteral("withdrawals"), withdrawals);
    return runToEnd(s, r);
}

struct Band
{
    int lane;
    qint64 from, to;
};

std::vector<Band> holdBands(const Trace &t)
{
    std::vector<Band> bands;
    for (const Lane &l : t.lanes()) {
        qint64 begin = -1;
        for (const Event &e : t.events(l.id)) {
            if (e.type == EventType::HoldBegin)
                begin = e.t;
            if (e.type == EventType::HoldEnd && begin >= 0) {
                bands.push_back({l.id, begin, e.t});
                begin = -1;
            }
        }
    }
    std::sort(bands.begin(), bands.end(), [](const Band &a, const Band &b) { return a.from < b.from; });
    return bands;
}

} // namespace

class TestPoolLock : public QObject
{
    Q_OBJECT

private slots:
    void waitersHaveWaitTotals();
    void everyAcquireAfterTheFirstIsHandedOver();
    void holdBandsNeverOverlap();
    void withoutTheLockEveryoneWithdraws();
};

void TestPoolLock::waitersHaveWaitTotals()
{
    const Trace t = runPoolLock(QStringLiteral("lock"));
    QCOMPARE(t.results.value(QStringLiteral("final_balance")).toInt(), 20);
    const QVariantMap waited = t.results.value(QStringLiteral("waited_ms")).toMap();
    int waiters = 0;
    for (const QVariant &v : waited)
        waiters += v.toDouble() > 1.0;
    QVERIFY2(waiters >= 3, qPrintable(QString::number(waiters))); // four withdrawals, one lock
    QVERIFY(t.results.value(QStringLiteral("lock_utilisation")).toDouble() > 0);
}

void TestPoolLock::everyAcquireAfterTheFirstIsHandedOver()
{
    // Fewer workers than withdrawals: some acquires are contended, some not. Every acquire by a
    // thread other than the last holder is handed over; a worker taking the lock again after its
    // own release has nobody to receive it from, and gets no arrow.
    for (int workers : {5, 2}) {
        const Trace t = runPoolLock(QStringLiteral("lock"), workers, 6);
        const auto bands = holdBands(t);
        QCOMPARE(bands.size(), size_t(6));
        int handOffs = 0;
        for (size_t i = 1; i < bands.size(); ++i) {
            bool found = false;
            for (const Event &in : t.events(bands[i].lane)) {
                if (in.type != EventType::FlowIn || in.t != bands[i].from)
                    continue;
                for (const Event &out : t.events(bands[i - 1].lane))
                    found |= out.type == EventType::FlowOut && out.aux == in.aux && out.t == bands[i - 1].to;
            }
            if (bands[i].lane == bands[i - 1].lane) {
                QVERIFY2(!found, qPrintable(QStringLiteral("acquire %1 handed over to itself").arg(i)));
                continue;
            }
            // A hand-off arrow leaves the previous holder at its release and reaches this acquire.
            QVERIFY2(found, qPrintable(QStringLiteral("acquire %1 with %2 workers").arg(i).arg(workers)));
            ++handOffs;
        }
        QVERIFY(handOffs >= (workers >= 6 ? 5 : 1));
    }
}

void TestPoolLock::holdBandsNeverOverlap()
{
    for (int round = 0; round < scaled(20); ++round) {
        const auto bands = holdBands(runPoolLock(QStringLiteral("lock"), 8, 8));
        for (size_t i = 1; i < bands.size(); ++i)
            QVERIFY(bands[i].from >= bands[i - 1].to);
    }
}

void TestPoolLock::withoutTheLockEveryoneWithdraws()
{
    // Each checks, then spends 250 ms before it withdraws: longer than a busy ThreadSanitizer
    // build takes to start the pool's last thread (at 20 ms one once came too late, saw the
    // first withdrawal and was refused).
    const Trace t = runPoolLock(QStringLiteral("no-lock"), 5, 4, 250);
    QCOMPARE(t.results.value(QStringLiteral("withdrawals_ok")).toInt(), 4);
    QCOMPARE(t.results.value(QStringLiteral("final_balance")).toInt(), 100 - 4 * 80);
    QVERIFY(holdBands(t).empty());
}

QTEST_GUILESS_MAIN(TestPoolLock)
#include "tst_poollock.moc"
