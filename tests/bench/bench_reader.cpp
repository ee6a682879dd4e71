// Trace reader and intake: JSON read per event, memory per event in the Trace, and the rate at
// which a display-rate consumer moves Recorder events into a Trace.
#include "benchutil.h"
#include "trace/chromereader.h"
#include "trace/chromewriter.h"
#include "trace/recorder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <malloc.h>
#include <simdjson.h>

#include <atomic>
#include <chrono>
#include <random>
#include <thread>

using namespace conlab;

namespace {

constexpr int kLanes = 64;
constexpr int kEvents = 1'000'000;

// A seeded made-up run: every kind of event the writer knows, in the proportions of a busy run.
Trace syntheticTrace(quint32 seed)
{
    Trace trace;
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> step(1'000, 2'000'000);
    std::uniform_int_distribution<int> kind(0, 15);
    const int counter = trace.strings().intern(QStringLiteral("queue length"));
    const int lock = trace.strings().intern(QStringLiteral("lock"));
    const int notFull = trace.strings().intern(QStringLiteral("not-full"));
    int texts[16];
    for (int i = 0; i < 16; ++i)
        texts[i] = trace.strings().intern(QStringLiteral("sing-%1").arg(i));
    for (int l = 0; l < kLanes; ++l)
        trace.setLane({l, LaneKind::Thread, QStringLiteral("worker-%1").arg(l), 4242, 1, 5000 + l, 0});
    for (int l = 0; l < kLanes; ++l) {
        qint64 t = 0;
        for (int i = 0; i < kEvents / kLanes; ++i) {
            t += step(rng);
            const int k = kind(rng);
            if (k < 8)
                trace.append(Event::makeState(t, l, State(k % 8), k == 7 ? notFull : -1));
            else if (k < 10)
                trace.append(Event::make(t, l, EventType::Mark, texts[i % 16], int(MarkKind::Output)));
            else if (k < 12)
                trace.append(Event::make(t, l, EventType::Step, texts[i % 16], 3 + i % 9));
            else if (k == 12)
                trace.append(Event::make(t, l, EventType::Counter, counter, 0, (i % 17) * 0.25));
            else if (k == 13)
                trace.append(Event::make(t, l, i % 2 ? EventType::HoldEnd : EventType::HoldBegin, lock, 1));
            else
                trace.append(Event::make(t, l, k == 14 ? EventType::FlowOut : EventType::FlowIn, -1, i));
        }
    }
    trace.scenario = QStringLiteral("synthetic");
    trace.variant = QStringLiteral("bench");
    trace.wallNs = trace.endTime();
    return trace;
}

size_t heapInUse()
{
    const struct mallinfo2 m = mallinfo2();
    return m.uordblks + m.hblkhd;
}

struct ReadFigures
{
    double fileNs = 0, memoryNs = 0, domParseNs = 0, bytesPerEvent = 0, heapPerEvent = 0;
    bool identical = false;
};

ReadFigures measureRead(const Trace &trace, const QString &path)
{
    const QByteArray json = toChromeJson(trace);
    QFile out(path);
    out.open(QIODevice::WriteOnly);
    out.write(json);
    out.close();
    ReadFigures f;
    std::vector<double> file, memory, dom;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer clock;
        clock.start();
        const ChromeReadResult r = readChromeTrace(path);
        file.push_back(double(clock.nsecsElapsed()) / kEvents);
        if (round == 0)
            f.identical = r.ok() && toChromeJson(r.trace) == json;
        clock.restart();
        const ChromeReadResult m = readChromeTraceBytes(json);
        memory.push_back(double(clock.nsecsElapsed()) / kEvents);
    }
    // For comparison: simdjson's DOM parse alone (its kernels picked at run time), no Trace built.
    simdjson::dom::parser parser;
    const simdjson::padded_string padded(json.constData(), size_t(json.size()));
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer clock;
        clock.start();
        simdjson::dom::element root;
        if (parser.parse(padded).get(root) != simdjson::SUCCESS)
            return f;
        dom.push_back(double(clock.nsecsElapsed()) / kEvents);
    }
    f.fileNs = bench::median(file);
    f.memoryNs = bench::median(memory);
    f.domParseNs = bench::median(dom);
    malloc_trim(0);
    const size_t before = heapInUse();
    {
        ChromeReadResult r = readChromeTrace(path);
        malloc_trim(0);
        f.heapPerEvent = double(heapInUse() - before) / double(r.trace.eventCount());
        f.bytesPerEvent = double(r.trace.eventBytes()) / double(r.trace.eventCount());
    }
    return f;
}

struct IntakeFigures
{
    double eventsPerSecond = 0;
    double worstFrameMs = 0;
    quint64 events = 0;
    int frames = 0;
};

// Two threads record as fast as they can; the consumer wakes once per 16 ms frame, drains the
// Recorder and appends to the Trace, as the window's timer does. The rate counts only the
// consumer's own time: it is what a frame costs the GUI thread.
IntakeFigures measureIntake()
{
    constexpr int kWriters = 2;
    constexpr int kPerWriter = 2'500'000;
    Recorder recorder;
    for (int l = 0; l < kLanes; ++l)
        recorder.addLane({-1, LaneKind::Thread, QStringLiteral("worker-%1").arg(l), 4242, 1, 5000 + l, 0});
    std::atomic<int> running{kWriters};
    std::vector<std::jthread> writers;
    for (int w = 0; w < kWriters; ++w) {
        writers.emplace_back([&, w] {
            const int firstLane = w * (kLanes / kWriters);
            for (int i = 0; i < kPerWriter; ++i)
                recorder.append(Event::makeState(i, firstLane + i % (kLanes / kWriters), State(i % 4)));
            running.fetch_sub(1);
        });
    }
    Trace trace(recorder.sharedStrings());
    Recorder::Batch batch;
    IntakeFigures f;
    qint64 busyNs = 0;
    auto next = std::chrono::steady_clock::now();
    for (bool more = true; more;) {
        more = running.load() > 0;
        next += std::chrono::milliseconds(16);
        QElapsedTimer clock;
        clock.start();
        batch.lanes.clear();
        batch.events.clear();
        recorder.drain(batch);
        for (const Lane &lane : batch.lanes)
            trace.setLane(lane);
        trace.append(batch.events);
        const qint64 ns = clock.nsecsElapsed();
        busyNs += ns;
        f.worstFrameMs = std::max(f.worstFrameMs, double(ns) / 1e6);
        ++f.frames;
        std::this_thread::sleep_until(next);
    }
    f.events = trace.eventCount();
    f.eventsPerSecond = double(f.events) / (double(busyNs) / 1e9);
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const Trace trace = syntheticTrace(20261126);
    const ReadFigures r = measureRead(trace, dir.filePath(QStringLiteral("synthetic.json")));
    std::printf("reader: %d events in %d lanes, re-export identical: %s\n", kEvents, kLanes,
                r.identical ? "yes" : "NO");
    bool ok = r.identical;
    ok &= bench::report("JSON read from a file, per event (median of 5)", r.fileNs, "ns", 300);
    std::printf("%-52s %10.2f ns   (no target)\n", "the same from memory", r.memoryNs);
    std::printf("%-52s %10.2f ns   (no target; builds no Trace)\n", "simdjson DOM parse alone, for comparison",
                r.domParseNs);
    ok &= bench::report("memory per event in the Trace (events)", r.bytesPerEvent, "B", 32);
    std::printf("%-52s %10.2f B    (no target; lanes, labels, allocator)\n", "heap growth per event, whole Trace",
                r.heapPerEvent);
    const IntakeFigures in = measureIntake();
    std::printf("intake: %llu events in %d frames of 16 ms, worst frame %.1f ms\n",
                static_cast<unsigned long long>(in.events), in.frames, in.worstFrameMs);
    ok &= bench::report("Recorder -> Trace intake (consumer time)", in.eventsPerSecond / 1e6, "M/s", 10, false);
    if (!ok)
        std::printf("reader: MISSED\n");
    return bench::checking(argc, argv) && !ok ? 1 : 0;
}
