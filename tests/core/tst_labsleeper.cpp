#include "runtime/labsleeper.h"
#include "runtime/runcontext.h"
#include "timing.h"

#include <QCoro/QCoroTask>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QTest>

#include <algorithm>
#include <thread>

using namespace conlab;
using namespace conlab::test;

// The sleep awaitable of the coroutine scenarios: never early, woken at once by Stop, and
// frozen with the run's clock while paused.
class TestLabSleeper : public QObject
{
    Q_OBJECT

private slots:
    void neverEarly();
    void wakesOnStop();
    void alreadyStoppedDoesNotSuspend();
    void pauseHoldsTheDeadline();
};

namespace {

RunSettings settings()
{
    RunSettings s;
    s.params.insert(QStringLiteral("unit-ms"), 10);
    return s;
}

// Sleeps `times` × `stepNs` on absolute deadlines; counts wake-ups and how many were stopped.
QCoro::Task<> sleeper(LabSleeper &s, int times, qint64 stepNs, int *woke, int *stopped, QEventLoop *loop, int *left)
{
    const qint64 start = s.now();
    for (int i = 0; i < times; ++i) {
        if (!co_await s.until(start + (i + 1) * stepNs)) {
            ++*stopped;
            break;
        }
        ++*woke;
    }
    if (--*left == 0)
        loop->quit();
}

qint64 median(std::vector<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? -1 : v[v.size() / 2];
}

} // namespace

void TestLabSleeper::neverEarly()
{
    RunContext ctx(settings());
    QEventLoop loop;
    LabSleeper s(ctx);
    s.keepLateness(true);
    int woke = 0, stopped = 0, left = 20;
    // 20 coroutines, 10 sleeps each of 3.3 ms: deadlines off the millisecond grid, many due at once.
    for (int i = 0; i < 20; ++i)
        sleeper(s, 10, 3'300'000 + i * 17'000, &woke, &stopped, &loop, &left);
    loop.exec();
    QCOMPARE(woke, 200);
    QCOMPARE(stopped, 0);
    const std::vector<qint64> late = s.lateness();
    QCOMPARE(int(late.size()), 200);
    QVERIFY(*std::min_element(late.begin(), late.end()) >= 0); // never early
    const qint64 med = median(late);
    qInfo("lateness: median %.3f ms, worst %.3f ms", double(med) / 1e6,
          double(*std::max_element(late.begin(), late.end())) / 1e6);
    QVERIFY2(med < 20'000'000, "median lateness over 20 ms"); // generous: the figure is a benchmark's
}

void TestLabSleeper::wakesOnStop()
{
    RunContext ctx(settings());
    QEventLoop loop;
    LabSleeper s(ctx);
    int woke = 0, stopped = 0, left = 1000;
    for (int i = 0; i < 1000; ++i)
        sleeper(s, 1, 60'000'000'000, &woke, &stopped, &loop, &left); // a minute each
    QCOMPARE(int(s.sleeping()), 1000);
    std::jthread stopper([&ctx] {
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
        ctx.requestStop();
    });
    QElapsedTimer clock;
    clock.start();
    loop.exec();
    QVERIFY2(clock.elapsed() < quickMs(200), qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(stopped, 1000);
    QCOMPARE(woke, 0);
    QCOMPARE(int(s.sleeping()), 0);
}

void TestLabSleeper::alreadyStoppedDoesNotSuspend()
{
    RunContext ctx(settings());
    ctx.requestStop();
    QEventLoop loop;
    LabSleeper s(ctx);
    int woke = 0, stopped = 0, left = 1;
    sleeper(s, 3, 1'000'000'000, &woke, &stopped, &loop, &left);
    QCOMPARE(left, 0); // ran to its end without the loop
    QCOMPARE(stopped, 1);
    QCOMPARE(int(s.sleeping()), 0);
}

void TestLabSleeper::pauseHoldsTheDeadline()
{
    RunContext ctx(settings());
    QEventLoop loop;
    LabSleeper s(ctx);
    int woke = 0, stopped = 0, left = 1;
    QElapsedTimer clock;
    clock.start();
    sleeper(s, 1, 30'000'000, &woke, &stopped, &loop, &left);
    ctx.setPaused(true);
    QTimer::singleShot(100, &loop, [&ctx] { ctx.setPaused(false); });
    loop.exec();
    QCOMPARE(woke, 1);
    // 30 ms of run time, of which none passed during the 100 ms pause.
    QVERIFY2(clock.elapsed() >= 125, qPrintable(QString::number(clock.elapsed())));
}

QTEST_GUILESS_MAIN(TestLabSleeper)
#include "tst_labsleeper.moc"
