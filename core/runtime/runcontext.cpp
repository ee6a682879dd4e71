#include "runcontext.h"

#include <chrono>
#include <unistd.h>

namespace conlab {

qint64 steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

qint64 currentTid()
{
    return qint64(gettid());
}

RunContext::RunContext(RunSettings settings)
    : m_settings(std::move(settings))
    , m_gate(*this)
{
    m_unitNs = param(QStringLiteral("unit-ms")) * 1'000'000;
    if (m_unitNs <= 0)
        m_unitNs = 100'000'000;
    m_gate.configure(m_settings.gate);
    m_t0 = steadyNowNs();
    m_mainLane = addLane(LaneKind::Main, QStringLiteral("main"), -1);
}

RunContext::~RunContext()
{
    requestStop();
    joinThreads();
}

qint64 RunContext::now() const
{
    const qint64 pausedAt = m_pausedAt.load();
    if (pausedAt >= 0)
        return pausedAt;
    return steadyNowNs() - m_t0 - m_pausedTotal.load();
}

void RunContext::setPaused(bool paused)
{
    {
        std::lock_guard lock(m_sleepMutex);
        if (paused == (m_pausedAt.load() >= 0))
            return;
        if (paused) {
            m_pausedAt.store(steadyNowNs() - m_t0 - m_pausedTotal.load());
        } else {
            // Chosen so that now() carries on from where it stood.
            m_pausedTotal.store(steadyNowNs() - m_t0 - m_pausedAt.load());
            m_pausedAt.store(-1);
        }
        ++m_clockGeneration;
        m_sleepCv.notify_all();
    }
    m_gate.setPaused(paused);
}

qint64 RunContext::param(const QString &id) const
{
    return m_settings.params.value(id).toLongLong();
}

void RunContext::requestStop()
{
    m_stop.request_stop(); // also wakes every wait on the gate: they watch the same token
    // Take the mutex so a sleeper between its check and its wait cannot miss the wake-up.
    std::lock_guard lock(m_sleepMutex);
    m_sleepCv.notify_all();
}

bool RunContext::sleepUntil(qint64 deadlineNs)
{
    std::unique_lock lock(m_sleepMutex);
    const auto token = m_stop.get_token();
    for (;;) {
        if (token.stop_requested())
            return false;
        if (m_pausedAt.load() >= 0) {
            m_sleepCv.wait(lock, token, [this] { return m_pausedAt.load() < 0; });
            continue;
        }
        const quint64 generation = m_clockGeneration;
        const auto deadline = std::chrono::steady_clock::time_point(
            std::chrono::nanoseconds(m_t0 + m_pausedTotal.load() + deadlineNs));
        // Ends at the deadline, on Stop, or when a pause moves the deadline (then it is recomputed).
        if (!m_sleepCv.wait_until(lock, token, deadline, [&] { return m_clockGeneration != generation; }))
            return !token.stop_requested();
    }
}

int RunContext::addLane(LaneKind kind, const QString &name, int parent)
{
    Lane lane;
    lane.kind = kind;
    lane.name = name;
    lane.pid = getpid();
    lane.ppid = getppid();
    lane.tid = currentTid();
    lane.parent = parent;
    if (kind == LaneKind::Process) { // filled in when the child has started
        lane.pid = lane.ppid = lane.tid = 0;
    } else if (kind == LaneKind::Thread || kind == LaneKind::PoolWorker) {
        lane.tid = 0; // claimLane() on the thread itself
    } else if (kind == LaneKind::Coroutine) {
        lane.tid = 0; // has no thread of its own
    }
    const int id = m_recorder.addLane(lane);
    std::lock_guard lock(m_mutex);
    if (int(m_lastState.size()) <= id)
        m_lastState.resize(size_t(id) + 1, State::Idle);
    return id;
}

Lane RunContext::laneInfo(int lane) const
{
    const auto all = m_recorder.lanes();
    return lane >= 0 && lane < int(all.size()) ? all[size_t(lane)] : Lane{};
}

void RunContext::claimLane(int lane)
{
    Lane l = laneInfo(lane);
    l.pid = getpid();
    l.ppid = getppid();
    l.tid = currentTid();
    m_recorder.updateLane(l);
}

void RunContext::state(int lane, State s, int label)
{
    state(lane, s, now(), label);
}

void RunContext::state(int lane, State s, qint64 t, int label)
{
    {
        std::lock_guard lock(m_mutex);
        if (lane >= 0 && lane < int(m_lastState.size()))
            m_lastState[size_t(lane)] = s;
    }
    m_recorder.append(Event::makeState(t, lane, s, label));
}

State RunContext::lastState(int lane) const
{
    std::lock_guard lock(m_mutex);
    return lane >= 0 && lane < int(m_lastState.size()) ? m_lastState[size_t(lane)] : State::Idle;
}

void RunContext::print(int lane, const QString &text)
{
    print(lane, text, now());
}

void RunContext::print(int lane, const QString &text, qint64 t)
{
    m_recorder.append(Event::make(t, lane, EventType::Mark, intern(text), int(MarkKind::Output)));
    if (m_settings.output) {
        std::lock_guard lock(m_outputMutex);
        m_settings.output(text);
    }
}

void RunContext::mark(int lane, const QString &text, MarkKind kind)
{
    m_recorder.append(Event::make(now(), lane, EventType::Mark, intern(text), int(kind)));
}

void RunContext::counter(int lane, int name, double value)
{
    counter(lane, name, value, now());
}

void RunContext::counter(int lane, int name, double value, qint64 t)
{
    m_recorder.append(Event::make(t, lane, EventType::Counter, name, 0, value));
}

int RunContext::flowOut(int lane)
{
    const int id = m_nextFlow.fetch_add(1);
    m_recorder.append(Event::make(now(), lane, EventType::FlowOut, -1, id));
    return id;
}

void RunContext::flowIn(int lane, int flow)
{
    flowIn(lane, flow, now());
}

void RunContext::flowIn(int lane, int flow, qint64 t)
{
    m_recorder.append(Event::make(t, lane, EventType::FlowIn, -1, flow));
}

void RunContext::flow(int fromLane, qint64 fromT, int toLane, qint64 toT, int label)
{
    const int id = m_nextFlow.fetch_add(1);
    m_recorder.append(Event::make(fromT, fromLane, EventType::FlowOut, label, id));
    m_recorder.append(Event::make(toT, toLane, EventType::FlowIn, label, id));
}

void RunContext::holdBegin(int lane, int lock, int lockName, qint64 t)
{
    m_recorder.append(Event::make(t < 0 ? now() : t, lane, EventType::HoldBegin, lockName, lock));
}

void RunContext::holdEnd(int lane, int lock, int lockName, qint64 t)
{
    m_recorder.append(Event::make(t < 0 ? now() : t, lane, EventType::HoldEnd, lockName, lock));
}

std::jthread &RunContext::startThread(std::function<void(std::stop_token)> fn)
{
    std::lock_guard lock(m_mutex);
    // The thread watches the run's token, not only its own: Stop reaches it either way.
    auto token = m_stop.get_token();
    m_threads.emplace_back([fn = std::move(fn), token](std::stop_token) { fn(token); });
    return m_threads.back();
}

void RunContext::joinThreads()
{
    std::list<std::jthread> threads;
    {
        std::lock_guard lock(m_mutex);
        threads.swap(m_threads);
    }
    for (auto &t : threads) {
        if (t.joinable())
            t.join();
    }
}

void RunContext::setResult(const QString &key, const QVariant &value)
{
    std::lock_guard lock(m_mutex);
    m_results.insert(key, value);
}

QVariantMap RunContext::results() const
{
    std::lock_guard lock(m_mutex);
    return m_results;
}

} // namespace conlab
