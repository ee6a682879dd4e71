// Chrome trace writer: nanoseconds per event on a seeded synthetic trace.
#include "benchutil.h"
#include "trace/chrome/chromewriter.h"

#include <QTemporaryFile>
#include <QElapsedTimer>

#include <random>

using namespace conlab;

namespace {

Trace syntheticTrace(int lanes, int eventsPerLane, quint32 seed)
{
    Trace trace;
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> step(1'000, 2'000'000);
    std::uniform_int_distribution<int> kind(0, 9);
    const int counter = trace.strings().intern(QStringLiteral("queue length"));
    const int lock = trace.strings().intern(QStringLiteral("lock"));
    int marks[16];
    for (int i = 0; i < 16; ++i)
        marks[i] = trace.strings().intern(QStringLiteral("mark-%1").arg(i));
    for (int l = 0; l < lanes; ++l) {
        Lane lane;
        lane.id = l;
        lane.kind = LaneKind::Thread;
        lane.name = QStringLiteral("worker-%1").arg(l);
        lane.pid = 4242;
        lane.tid = 5000 + l;
        trace.setLane(lane);
        qint64 t = 0;
        for (int i = 0; i < eventsPerLane; ++i) {
            t += step(rng);
            const int k = kind(rng);
            if (k < 6)
                trace.append(Event::makeState(t, l, State(k % 4)));
            else if (k == 6)
                trace.append(Event::make(t, l, EventType::Mark, marks[i % 16], 1));
            else if (k == 7)
                trace.append(Event::make(t, l, EventType::Counter, counter, 0, i % 17));
            else
                trace.append(Event::make(t, l, k == 8 ? EventType::HoldBegin : EventType::HoldEnd, lock, 1));
        }
    }
    return trace;
}

// Counts and discards: measures the writer, not the memory system behind a QBuffer.
class NullDevice : public QIODevice
{
public:
    qint64 written = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 n) override
    {
        written += n;
        return n;
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Trace trace = syntheticTrace(16, 62'500, 20261126); // 1,000,000 events
    std::vector<double> perEvent, perEventFile;
    qint64 bytes = 0;
    for (int round = 0; round < 7; ++round) {
        NullDevice sink;
        sink.open(QIODevice::WriteOnly);
        QElapsedTimer clock;
        clock.start();
        ChromeWriter().write(trace, sink);
        perEvent.push_back(double(clock.nsecsElapsed()) / double(trace.eventCount()));
        bytes = sink.written;
    }
    for (int round = 0; round < 3; ++round) {
        QTemporaryFile file;
        file.open();
        QElapsedTimer clock;
        clock.start();
        ChromeWriter().write(trace, file);
        file.flush();
        perEventFile.push_back(double(clock.nsecsElapsed()) / double(trace.eventCount()));
    }
    std::printf("writer: %zu events, %.1f MB of JSON\n", trace.eventCount(), double(bytes) / 1e6);
    const bool ok = bench::report("Chrome JSON writer, per event (median of 7)", bench::median(perEvent), "ns", 100);
    std::printf("%-52s %10.2f ns   (page cache of this machine; no target)\n", "the same into a temporary file",
                bench::median(perEventFile));
    return bench::checking(argc, argv) && !ok ? 1 : 0;
}
