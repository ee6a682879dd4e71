#include "threadsleeper.h"

#include "runcontext.h"

#include <algorithm>
#include <chrono>

namespace conlab {

namespace {
// While paused, look at the clock again this often (a resume is not signalled here).
constexpr qint64 kPausedPollNs = 20'000'000;
} // namespace

ThreadSleeper::ThreadSleeper(RunContext &ctx)
    : m_ctx(ctx)
{
    m_onStop.emplace(ctx.stopToken(), std::function<void()>([this] {
                         std::lock_guard lock(m_mutex);
                         m_stopped = true;
                         m_cv.notify_all();
                     }));
}

ThreadSleeper::~ThreadSleeper()
{
    m_onStop.reset();
}

bool ThreadSleeper::sleepUntil(qint64 deadlineNs)
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (m_stopped)
            return false;
        const qint64 left = deadlineNs - m_ctx.now();
        if (left <= 0)
            return true;
        const qint64 wait = m_ctx.paused() ? std::min(left, kPausedPollNs) : left;
        m_cv.wait_for(lock, std::chrono::nanoseconds(wait));
    }
}

} // namespace conlab
