#include "trace/recorder.h"
#include "trace/trace.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace conlab;

class TestRecorder : public QObject
{
    Q_OBJECT

private slots:
    void manyWritersOneConsumerLoseNothing();
    void traceKeepsLanesOrderedAndAnswersRanges();
    void writerSwitchingRecordersKeepsItsEvents();
};

void TestRecorder::manyWritersOneConsumerLoseNothing()
{
    constexpr int kWriters = 8;
    const int perWriter = qEnvironmentVariableIntValue("CONLAB_TEST_SCALE") > 0
                              ? 100'000 / qEnvironmentVariableIntValue("CONLAB_TEST_SCALE")
                              : 100'000;
    Recorder recorder;
    for (int i = 0; i < kWriters; ++i)
        recorder.addLane(Lane{});
    std::atomic<int> running{kWriters};
    std::vector<std::jthread> writers;
    for (int w = 0; w < kWriters; ++w) {
        writers.emplace_back([&, w] {
            for (int i = 0; i < perWriter; ++i) {
                // The payload carries the sequence number, so order and loss are both checkable.
                recorder.append(Event::make(i, w, EventType::Counter, -1, i, double(i)));
            }
            running.fetch_sub(1);
        });
    }
    Trace trace;
    Recorder::Batch batch;
    std::vector<int> next(kWriters, 0);
    bool ordered = true;
    auto consume = [&] {
        batch.events.clear();
        batch.lanes.clear();
        recorder.drain(batch);
        for (const Event &e : batch.events) {
            if (e.aux != next[size_t(e.lane)])
                ordered = false;
            next[size_t(e.lane)] = e.aux + 1;
        }
        for (const Lane &l : batch.lanes)
            trace.setLane(l);
        trace.append(batch.events);
    };
    while (running.load() > 0)
        consume();
    writers.clear();
    consume();
    QVERIFY(ordered);
    QCOMPARE(trace.eventCount(), size_t(kWriters) * size_t(perWriter));
    for (int w = 0; w < kWriters; ++w)
        QCOMPARE(next[size_t(w)], perWriter);
    QCOMPARE(recorder.appended(), quint64(kWriters) * quint64(perWriter));
}

void TestRecorder::traceKeepsLanesOrderedAndAnswersRanges()
{
    Trace trace;
    Lane a;
    a.id = 0;
    a.name = QStringLiteral("a");
    trace.setLane(a);
    for (qint64 t : {10, 30, 20, 50, 40})
        trace.append(Event::makeState(t, 0, State::Running));
    const auto &ev = trace.events(0);
    QCOMPARE(ev.size(), size_t(5));
    for (size_t i = 1; i < ev.size(); ++i)
        QVERIFY(ev[i - 1].t <= ev[i].t);
    const auto r = trace.range(0, 20, 45);
    QCOMPARE(r.size(), size_t(3));
    QCOMPARE(r.front().t, 20);
    QCOMPARE(r.back().t, 40);
    QCOMPARE(trace.lastAtOrBefore(0, 35), 2);
    QCOMPARE(trace.lastAtOrBefore(0, 5), -1);
    QCOMPARE(trace.endTime(), 50);
    QVERIFY(trace.range(7, 0, 100).empty());
}

void TestRecorder::writerSwitchingRecordersKeepsItsEvents()
{
    Recorder first, second;
    first.addLane(Lane{});
    second.addLane(Lane{});
    for (int i = 0; i < 10'000; ++i) {
        first.append(Event::make(i, 0, EventType::Mark));
        second.append(Event::make(i, 0, EventType::Mark));
    }
    Recorder::Batch a, b;
    first.drain(a);
    second.drain(b);
    QCOMPARE(a.events.size(), size_t(10'000));
    QCOMPARE(b.events.size(), size_t(10'000));
}

QTEST_GUILESS_MAIN(TestRecorder)
#include "tst_recorder.moc"
