#pragma once

#include <QtGlobal>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <stop_token>

namespace conlab {

class RunContext;

// Cancellable sleeps for the many threads of one run, on the run's clock. One mutex, one
// condition variable and one stop callback serve them all, so Stop wakes each sleeper once:
// a condition_variable_any wait on the stop token registers a callback per sleeper that wakes
// every sleeper, and with 2,000 threads that herd took half a second to settle.
class ThreadSleeper
{
public:
    explicit ThreadSleeper(RunContext &ctx);
    ~ThreadSleeper();
    ThreadSleeper(const ThreadSleeper &) = delete;
    ThreadSleeper &operator=(const ThreadSleeper &) = delete;

    // Until run time `deadlineNs`, never earlier; false at once if the run is stopped.
    // While the run is paused its clock stands still, and so does the deadline.
    bool sleepUntil(qint64 deadlineNs);

private:
    RunContext &m_ctx;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_stopped = false;
    // Last member: gone first, so the callback never runs against a half-destroyed sleeper.
    std::optional<std::stop_callback<std::function<void()>>> m_onStop;
};

} // namespace conlab
