#pragma once

#include <QTimer>

#include <coroutine>
#include <functional>
#include <optional>
#include <stop_token>
#include <vector>

namespace conlab {

class RunContext;

// Sleeps for coroutines that share one event-loop thread: `co_await sleeper.until(t)` suspends
// the coroutine until run time t and yields true; it is never resumed before t, and when the
// run is stopped every sleeper is resumed at once with false.
//
// One Qt::PreciseTimer serves every sleeper, armed for the earliest deadline of a min-heap: a
// suspended coroutine costs a 24-byte heap entry, not a QTimer and a stop callback of its own,
// so 100,000 of them stay cheap and their memory is what the lesson measures. Stop reaches the
// loop thread through one std::stop_callback that posts the wake-up there.
//
// Use it from the thread it was created on, with that thread's event loop running.
class LabSleeper
{
public:
    using Clock = std::function<qint64()>;

    // Run time, cancellation and lanes from the run: await points become Suspended spans.
    explicit LabSleeper(RunContext &ctx);
    // A bare sleeper (worker processes): its own clock and token, nothing recorded.
    LabSleeper(std::stop_token stop, Clock clock);
    ~LabSleeper();
    LabSleeper(const LabSleeper &) = delete;
    LabSleeper &operator=(const LabSleeper &) = delete;

    class [[nodiscard]] Awaiter
    {
    public:
        bool await_ready() const noexcept;
        void await_suspend(std::coroutine_handle<> handle);
        bool await_resume() const; // false: the run was stopped

    private:
        friend class LabSleeper;
        Awaiter(LabSleeper &sleeper, qint64 deadline, int lane, int label)
            : m_sleeper(&sleeper)
            , m_deadline(deadline)
            , m_lane(lane)
            , m_label(label)
        {
        }
        LabSleeper *m_sleeper;
        qint64 m_deadline;
        int m_lane;  // lane to show Suspended on, -1 for none
        int m_label; // label of that span
    };

    // Until run time `deadlineNs` (absolute deadlines keep a loop's errors from adding up).
    Awaiter until(qint64 deadlineNs, int lane = -1, int label = -1);
    Awaiter sleepFor(qint64 ns, int lane = -1, int label = -1);

    qint64 now() const { return m_clock(); }
    bool stopped() const { return m_stop.stop_requested(); }
    size_t sleeping() const { return m_heap.size(); }

    // Keeps how late each wake at a deadline was (ns), for tests and benchmarks.
    void keepLateness(bool on) { m_keepLateness = on; }
    const std::vector<qint64> &lateness() const { return m_lateness; }

private:
    struct Entry
    {
        qint64 deadline;
        quint64 seq; // equal deadlines wake in the order they went to sleep
        std::coroutine_handle<> handle;
    };
    static bool later(const Entry &a, const Entry &b);
    void add(qint64 deadline, std::coroutine_handle<> handle);
    void wake(bool all);
    void arm();
    void watchStop();

    RunContext *m_ctx = nullptr;
    std::stop_token m_stop;
    Clock m_clock;
    QTimer m_timer;
    std::vector<Entry> m_heap;
    quint64 m_seq = 0;
    bool m_keepLateness = false;
    std::vector<qint64> m_lateness;
    // Last member: gone first, so a stop callback never runs against a half-destroyed sleeper.
    std::optional<std::stop_callback<std::function<void()>>> m_onStop;
};

} // namespace conlab
