// Recorder hot path: two writer threads append begin+end pairs while a consumer drains.
#include "benchutil.h"
#include "runtime/runcontext.h"
#include "trace/recorder.h"

#include <QElapsedTimer>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <new>
#include <thread>

namespace {
std::atomic<quint64> g_allocations{0};
}

void *operator new(std::size_t n)
{
    g_allocations.fetch_add(1, std::memory_order_relaxed);
    if (void *p = std::malloc(n ? n : 1))
        return p;
    throw std::bad_alloc();
}
void operator delete(void *p) noexcept
{
    std::free(p);
}
void operator delete(void *p, std::size_t) noexcept
{
    std::free(p);
}

using namespace conlab;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    constexpr int kWriters = 2;
    constexpr int kBatches = 200;
    constexpr int kPairsPerBatch = 10'000;
    Recorder recorder;
    for (int i = 0; i < kWriters; ++i)
        recorder.addLane(Lane{});

    std::atomic<bool> go{false};
    std::atomic<int> running{kWriters};
    std::vector<std::vector<double>> perPairNs(kWriters), perPairClockNs(kWriters);
    std::vector<quint64> allocs(kWriters);
    std::vector<std::jthread> writers;
    for (int w = 0; w < kWriters; ++w) {
        writers.emplace_back([&, w] {
            while (!go.load())
                std::this_thread::yield();
            recorder.append(Event::makeState(0, w, State::Running)); // registers this writer
            const quint64 before = g_allocations.load();
            for (int b = 0; b < kBatches; ++b) {
                // The recorder alone: a span's begin and end with times already known.
                qint64 t0 = steadyNowNs();
                for (int i = 0; i < kPairsPerBatch; ++i) {
                    recorder.append(Event::makeState(t0 + 2 * i, w, State::Running));
                    recorder.append(Event::makeState(t0 + 2 * i + 1, w, State::Sleeping));
                }
                perPairNs[size_t(w)].push_back(double(steadyNowNs() - t0) / kPairsPerBatch);
                // As scenario code does it: each event reads the steady clock first.
                t0 = steadyNowNs();
                for (int i = 0; i < kPairsPerBatch; ++i) {
                    recorder.append(Event::makeState(steadyNowNs(), w, State::Running));
                    recorder.append(Event::makeState(steadyNowNs(), w, State::Sleeping));
                }
                perPairClockNs[size_t(w)].push_back(double(steadyNowNs() - t0) / kPairsPerBatch);
            }
            allocs[size_t(w)] = g_allocations.load() - before;
            running.fetch_sub(1);
        });
    }
    go.store(true);
    Recorder::Batch batch;
    quint64 drained = 0;
    while (running.load() > 0) {
        batch.events.clear();
        recorder.drain(batch);
        drained += batch.events.size();
        std::this_thread::sleep_for(std::chrono::milliseconds(16)); // a display-rate consumer
    }
    writers.clear();
    batch.events.clear();
    recorder.drain(batch);
    drained += batch.events.size();

    std::vector<double> all, withClock;
    for (auto &v : perPairNs)
        all.insert(all.end(), v.begin(), v.end());
    for (auto &v : perPairClockNs)
        withClock.insert(withClock.end(), v.begin(), v.end());
    const double events = double(kWriters) * kBatches * kPairsPerBatch * 4;
    const double allocsPerEvent = double(allocs[0] + allocs[1]) / events;
    std::printf("recorder: %d writers x %d pairs, %llu events drained\n", kWriters, 2 * kBatches * kPairsPerBatch,
                static_cast<unsigned long long>(drained));
    bool ok = bench::report("begin+end pair, median over batches", bench::median(all), "ns", 50);
    std::printf("%-52s %10.2f ns   (two steady-clock reads included; no target)\n", "begin+end pair with timestamps",
                bench::median(withClock));
    // One chunk of 4096 events costs a few allocations: far below one per event.
    ok &= bench::report("allocations per million events (whole chunks only)", allocsPerEvent * 1e6, "", 1000);
    ok &= drained == quint64(events) + kWriters;
    if (!ok)
        std::printf("recorder: MISSED\n");
    return bench::checking(argc, argv) && !ok ? 1 : 0;
}
