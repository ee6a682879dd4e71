// Trace reader and intake: JSON read per event, memory per event in the Trace, and the rate at
// which a display-rate consumer moves Recorder events into a Trace.
#include "benchutil.h"
#include "trace/chrome/chromereader.h"
#include "trace/chrome/chromewriter.h"
#include "trace/recorder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <simdjson.h>

#include <malloc.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <ctime>
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

// CPU time of the calling thread: on a machine shared with other work, what an operation costs
// when it has a core, which wall time cannot tell.
qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

size_t heapInUse()
{
    const struct mallinfo2 m = mallinfo2();
    return m.uordblks + m.hblkhd;
}

struct ReadFigures
{
    double fileNs = 0, fileCpuNs = 0, memoryCpuNs = 0, foreignCpuNs = 0, domParseCpuNs = 0, bytesPerEvent = 0,
           heapPerEvent = 0;
    bool identical = false;
};

// Median nanoseconds per event of `read`, in wall and in CPU time.
template <typename Read> std::pair<double, double> timePerEvent(int rounds, Read read)
{
    std::vector<double> wall, cpu;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer clock;
        clock.start();
        const qint64 cpu0 = threadCpuNs();
        read();
        cpu.push_back(double(threadCpuNs() - cpu0) / kEvents);
        wall.push_back(double(clock.nsecsElapsed()) / kEvents);
    }
    return {bench::median(wall), bench::median(cpu)};
}

ReadFigures measureRead(const Trace &trace, const QString &path)
{
    const QByteArray json = toChromeJson(trace);
    QFile out(path);
    out.open(QIODevice::WriteOnly);
    out.write(json);
    out.close();
    ReadFigures f;
    f.identical = toChromeJson(readChromeTrace(path).trace) == json;
    std::tie(f.fileNs, f.fileCpuNs) = timePerEvent(7, [&] { readChromeTrace(path); });
    f.memoryCpuNs = timePerEvent(7, [&] { readChromeTraceBytes(json); }).second;
    // The same events without our "conlab" object: read as another tool's trace.
    const QByteArray foreign = json.left(json.lastIndexOf("],\"conlab\"")) + "]}";
    f.foreignCpuNs = timePerEvent(3, [&] { readChromeTraceBytes(foreign); }).second;
    // For comparison: simdjson's DOM parse alone (its kernels picked at run time), no Trace built.
    // It copies every value into a tape of its own first; the on-demand reader does not.
    const simdjson::padded_string padded(json.constData(), size_t(json.size()));
    const auto domParse = [&] {
        simdjson::dom::parser parser; // fresh, as each opened file would have
        simdjson::dom::element root;
        if (parser.parse(padded).get(root) != simdjson::SUCCESS)
            std::abort();
    };
    f.domParseCpuNs = timePerEvent(7, domParse).second;
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
    double eventsPerSecond = 0;  // consumer time
    double offeredPerSecond = 0; // what the writers managed, wall time
    double worstFrameMs = 0;
    double worstFrameCpuMs = 0;
    double medianFrameMs = 0;
    quint64 events = 0;
    int frames = 0;
};

// Two threads record 12 million events at 6 million per second each (paced in 1 ms steps, so
// the load is steady rather than one burst); the consumer wakes once per 16 ms frame, drains the
// Recorder and appends to the Trace, as the window's timer does. The rate counts the consumer's
// own time: what the frames cost the GUI thread.
IntakeFigures measureIntake()
{
    constexpr int kWriters = 2;
    constexpr int kPerWriter = 6'000'000;
    constexpr int kPerMs = 6'000;
    Recorder recorder;
    for (int l = 0; l < kLanes; ++l)
        recorder.addLane({-1, LaneKind::Thread, QStringLiteral("worker-%1").arg(l), 4242, 1, 5000 + l, 0});
    std::atomic<int> running{kWriters};
    std::vector<std::jthread> writers;
    const auto start = std::chrono::steady_clock::now();
    for (int w = 0; w < kWriters; ++w) {
        writers.emplace_back([&, w] {
            const int firstLane = w * (kLanes / kWriters);
            for (int i = 0; i < kPerWriter; ++i) {
                if (i % kPerMs == 0)
                    std::this_thread::sleep_until(start + std::chrono::milliseconds(i / kPerMs));
                recorder.append(Event::makeState(i, firstLane + i % (kLanes / kWriters), State(i % 4)));
            }
            running.fetch_sub(1);
        });
    }
    Trace trace(recorder.sharedStrings());
    Recorder::Batch batch;
    IntakeFigures f;
    std::vector<double> frames;
    qint64 busyNs = 0;
    auto next = std::chrono::steady_clock::now();
    for (bool more = true; more;) {
        more = running.load() > 0;
        next += std::chrono::milliseconds(16);
        QElapsedTimer clock;
        clock.start();
        const qint64 cpu = threadCpuNs();
        batch.lanes.clear();
        batch.events.clear();
        recorder.drain(batch);
        for (const Lane &lane : batch.lanes)
            trace.setLane(lane);
        trace.append(batch.events);
        const qint64 frameCpu = threadCpuNs() - cpu;
        busyNs += frameCpu;
        f.worstFrameCpuMs = std::max(f.worstFrameCpuMs, double(frameCpu) / 1e6);
        frames.push_back(double(clock.nsecsElapsed()) / 1e6);
        std::this_thread::sleep_until(next);
    }
    const double wall =
        double(std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - start).count());
    f.events = trace.eventCount();
    f.eventsPerSecond = double(f.events) / (double(busyNs) / 1e9);
    f.offeredPerSecond = double(f.events) / (wall / 1e9);
    f.frames = int(frames.size());
    f.medianFrameMs = bench::median(frames);
    f.worstFrameMs = *std::max_element(frames.begin(), frames.end());
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
    ok &= bench::report("JSON read from a file, per event, CPU (median of 7)", r.fileCpuNs, "ns", 300);
    std::printf("%-52s %10.2f ns   (no target: includes waiting for a core)\n", "  the same, wall clock", r.fileNs);
    std::printf("%-52s %10.2f ns   (no target)\n", "  from memory, CPU", r.memoryCpuNs);
    std::printf("%-52s %10.2f ns   (no target; nested spans flattened)\n", "  the same read as a foreign trace, CPU",
                r.foreignCpuNs);
    std::printf("%-52s %10.2f ns   (no target; builds no Trace)\n", "  simdjson DOM parse alone, CPU, for comparison",
                r.domParseCpuNs);
    ok &= bench::report("memory per event in the Trace (events)", r.bytesPerEvent, "B", 32);
    std::printf("%-52s %10.2f B    (no target; lanes, labels, allocator)\n", "  heap growth per event, whole Trace",
                r.heapPerEvent);
    const IntakeFigures in = measureIntake();
    std::printf("intake: %llu events in %d frames of 16 ms (writers reached %.1f M/s); frame median %.2f ms, "
                "worst %.2f ms (%.2f ms of it on the CPU)\n",
                static_cast<unsigned long long>(in.events), in.frames, in.offeredPerSecond / 1e6, in.medianFrameMs,
                in.worstFrameMs, in.worstFrameCpuMs);
    ok &= bench::report("Recorder -> Trace intake, consumer CPU time", in.eventsPerSecond / 1e6, "M/s", 10, false);
    if (!ok)
        std::printf("reader: MISSED\n");
    return bench::checking(argc, argv) && !ok ? 1 : 0;
}
