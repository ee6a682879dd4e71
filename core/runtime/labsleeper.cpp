#include "labsleeper.h"

#include "runcontext.h"

#include <QThread>

#include <algorithm>

namespace conlab {

namespace {
// A batch of wake-ups gives the loop back after this long, so Stop, child output and
// repaint requests are not held up by 100,000 coroutines due at once.
constexpr qint64 kSliceNs = 10'000'000;
// While the run is paused its clock stands still: look again this often, no faster.
constexpr int kPausedPollMs = 20;
} // namespace

LabSleeper::LabSleeper(RunContext &ctx)
    : m_ctx(&ctx)
    , m_stop(ctx.stopToken())
    , m_clock([&ctx] { return ctx.now(); })
{
    watchStop();
}

LabSleeper::LabSleeper(std::stop_token stop, Clock clock)
    : m_stop(std::move(stop))
    , m_clock(std::move(clock))
{
    watchStop();
}

LabSleeper::~LabSleeper()
{
    m_onStop.reset();
    // Every coroutine must have left before the sleeper goes: a handle left here would be a
    // frame nobody resumes or frees.
    Q_ASSERT(m_heap.empty());
}

void LabSleeper::watchStop()
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setSingleShot(true);
    QObject::connect(&m_timer, &QTimer::timeout, [this] { wake(false); });
    // Runs on whichever thread asks for the stop; the wake-up itself happens on the loop thread.
    m_onStop.emplace(m_stop, std::function<void()>([this] {
                         QMetaObject::invokeMethod(&m_timer, [this] { wake(true); }, Qt::QueuedConnection);
                     }));
}

bool LabSleeper::later(const Entry &a, const Entry &b)
{
    return a.deadline != b.deadline ? a.deadline > b.deadline : a.seq > b.seq;
}

LabSleeper::Awaiter LabSleeper::until(qint64 deadlineNs, int lane, int label)
{
    return Awaiter(*this, deadlineNs, lane, label);
}

LabSleeper::Awaiter LabSleeper::sleepFor(qint64 ns, int lane, int label)
{
    return Awaiter(*this, now() + std::max<qint64>(0, ns), lane, label);
}

bool LabSleeper::Awaiter::await_ready() const noexcept
{
    return m_sleeper->stopped();
}

void LabSleeper::Awaiter::await_suspend(std::coroutine_handle<> handle)
{
    Q_ASSERT(QThread::currentThread() == m_sleeper->m_timer.thread());
    if (m_sleeper->m_ctx && m_lane >= 0)
        m_sleeper->m_ctx->state(m_lane, State::Suspended, m_label);
    m_sleeper->add(m_deadline, handle);
}

bool LabSleeper::Awaiter::await_resume() const
{
    if (m_sleeper->stopped())
        return false;
    if (m_sleeper->m_ctx && m_lane >= 0)
        m_sleeper->m_ctx->state(m_lane, State::Running);
    return true;
}

void LabSleeper::add(qint64 deadline, std::coroutine_handle<> handle)
{
    m_heap.push_back({deadline, m_seq++, handle});
    std::push_heap(m_heap.begin(), m_heap.end(), later);
    // Only a new earliest deadline moves the timer; the common case (later than the rest) is free.
    if (m_heap.front().seq == m_seq - 1)
        arm();
}

void LabSleeper::wake(bool all)
{
    const qint64 sliceEnd = steadyNowNs() + kSliceNs;
    while (!m_heap.empty()) {
        const bool stopping = all || stopped();
        const qint64 t = now();
        if (!stopping && m_heap.front().deadline > t)
            break;
        if (!stopping && steadyNowNs() > sliceEnd) {
            m_timer.start(0); // the rest right after the loop has had a turn
            return;
        }
        std::pop_heap(m_heap.begin(), m_heap.end(), later);
        const Entry e = m_heap.back();
        m_heap.pop_back();
        if (m_keepLateness && !stopping)
            m_lateness.push_back(t - e.deadline);
        e.handle.resume(); // may sleep again: the heap is consistent here
    }
    arm();
}

void LabSleeper::arm()
{
    if (m_heap.empty()) {
        m_timer.stop();
        return;
    }
    const qint64 left = m_heap.front().deadline - now();
    // Rounded up: a millisecond timer must not fire before the deadline.
    int ms = left <= 0 ? 0 : int(std::min<qint64>((left + 999'999) / 1'000'000, 24 * 3600 * 1000));
    if (m_ctx && m_ctx->paused())
        ms = std::max(ms, kPausedPollMs);
    m_timer.start(ms);
}

} // namespace conlab
