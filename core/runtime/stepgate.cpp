#include "stepgate.h"

#include "runcontext.h"

#include <QVariantMap>

#include <thread>

namespace conlab {

StepGate::StepGate(RunContext &ctx)
    : m_ctx(ctx)
{
}

void StepGate::configure(GateSettings settings)
{
    std::lock_guard lock(m_mutex);
    m_settings = std::move(settings);
}

int StepGate::enroll(int lane)
{
    std::lock_guard lock(m_mutex);
    Slot slot;
    slot.lane = lane;
    slot.number = int(m_slots.size()) + 1;
    slot.rng.seed(m_settings.seed * 0x9E3779B97F4A7C15ull + quint64(slot.number));
    m_slotOfLane[lane] = m_slots.size();
    m_slots.push_back(slot);
    return slot.number;
}

void StepGate::retire(int lane)
{
    std::lock_guard lock(m_mutex);
    if (Slot *s = slotOf(lane)) {
        s->phase = Phase::Finished;
        dispatch();
    }
}

StepGate::Slot *StepGate::slotOf(int lane)
{
    auto it = m_slotOfLane.find(lane);
    return it == m_slotOfLane.end() ? nullptr : &m_slots[it->second];
}

StepGate::Slot *StepGate::slotByNumber(int number)
{
    return number >= 1 && number <= int(m_slots.size()) ? &m_slots[size_t(number - 1)] : nullptr;
}

void StepGate::chaosPause(Slot &slot)
{
    // Half the steps go at once, a quarter after a yield, a quarter after up to 50 µs: enough
    // to let the other threads overtake at any step point, short enough for thousands of trials.
    const quint64 r = slot.rng();
    switch (r % 4) {
    case 0:
        std::this_thread::yield();
        break;
    case 1:
        std::this_thread::sleep_for(std::chrono::microseconds((r >> 8) % 50));
        break;
    default:
        break;
    }
}

std::unique_lock<std::mutex> StepGate::enter(int lane, int action, int line)
{
    std::unique_lock lock(m_mutex);
    Slot *s = slotOf(lane);
    if (s && m_settings.mode == StepMode::Chaos) {
        lock.unlock();
        chaosPause(*s);
        lock.lock();
    }
    const std::stop_token stop = m_ctx.stopToken();
    m_cv.wait(lock, stop, [this] { return !m_paused; }); // pause holds every lane at its next step
    if (!s)
        return lock;
    s->action = action;
    s->line = line;
    if (gated()) {
        s->phase = Phase::Parked;
        dispatch();
        const int number = s->number;
        m_cv.wait(lock, stop, [&] { return m_granted == number && !m_paused; });
        if (m_granted == number)
            m_granted = 0;
        s->phase = Phase::Running;
    }
    return lock;
}

void StepGate::leave(int)
{
    m_cv.notify_all();
}

void StepGate::record(int lane, int action, int line)
{
    m_ctx.recorder().append(Event::make(m_ctx.now(), lane, EventType::Step, action, line));
    if (const Slot *s = slotOf(lane))
        m_taken.push_back(s->number);
}

void StepGate::dispatch()
{
    if (!gated() || m_granted != 0)
        return;
    for (const Slot &s : m_slots) {
        if (s.phase == Phase::Running)
            return; // someone is between two steps: wait until it arrives
    }
    while (m_cursor < m_settings.schedule.size()) {
        const int number = m_settings.schedule[m_cursor++];
        const Slot *s = slotByNumber(number);
        if (s && s->phase == Phase::Parked) {
            m_granted = number;
            m_cv.notify_all();
            return;
        }
        const char *why = !s ? "no such lane" : s->phase == Phase::Blocked ? "waiting for a lock" : "finished";
        m_skipped.append(QVariantMap{{QStringLiteral("entry"), int(m_cursor)},
                                     {QStringLiteral("lane"), number},
                                     {QStringLiteral("why"), QLatin1String(why)}});
    }
    bool anyBlocked = false;
    for (const Slot &s : m_slots) {
        if (s.phase == Phase::Parked) {
            if (m_settings.mode == StepMode::Step)
                return; // waits for grant()
            m_granted = s.number; // lowest number first: slots are in number order
            m_cv.notify_all();
            return;
        }
        anyBlocked |= s.phase == Phase::Blocked;
    }
    m_stuck = anyBlocked;
    m_cv.notify_all();
}

bool StepGate::acquire(int lane, int action, int line, LabLock &lock)
{
    std::unique_lock guard = enter(lane, action, line);
    record(lane, action, line);
    if (lock.m_owner < 0) {
        lock.m_owner = lane;
        m_ctx.holdBegin(lane, lock.id(), lock.name());
        leave(lane);
        return true;
    }
    Slot *s = slotOf(lane);
    if (s)
        s->phase = Phase::Blocked;
    m_ctx.state(lane, State::WaitingLock, lock.name());
    lock.m_waiters.push_back(lane);
    dispatch();
    // Waiting releases the gate: the others go on; release() hands the lock over.
    const bool got = m_cv.wait(guard, m_ctx.stopToken(), [&] { return lock.m_owner == lane; });
    if (!got) {
        std::erase(lock.m_waiters, lane);
        return false;
    }
    m_ctx.state(lane, State::Running);
    return true;
}

void StepGate::release(int lane, int action, int line, LabLock &lock)
{
    std::unique_lock guard = enter(lane, action, line);
    record(lane, action, line);
    if (lock.m_owner != lane)
        return;
    m_ctx.holdEnd(lane, lock.id(), lock.name());
    lock.m_owner = -1;
    if (!lock.m_waiters.empty()) {
        // Ownership passes here, inside the gate: the waiter's hold starts at this release.
        const int next = lock.m_waiters.front();
        lock.m_waiters.erase(lock.m_waiters.begin());
        lock.m_owner = next;
        const int flow = m_ctx.flowOut(lane);
        m_ctx.flowIn(next, flow);
        m_ctx.holdBegin(next, lock.id(), lock.name());
        if (Slot *w = slotOf(next))
            w->phase = Phase::Running; // it wakes and runs to its next step
    }
    leave(lane);
}

bool StepGate::grant(int number)
{
    std::lock_guard lock(m_mutex);
    const Slot *s = slotByNumber(number);
    if (m_settings.mode != StepMode::Step || !s || s->phase == Phase::Blocked || s->phase == Phase::Finished)
        return false;
    m_settings.schedule.push_back(number);
    dispatch();
    return true;
}

void StepGate::setPaused(bool paused)
{
    std::lock_guard lock(m_mutex);
    m_paused = paused;
    if (!paused)
        dispatch();
    m_cv.notify_all();
}

bool StepGate::paused() const
{
    std::lock_guard lock(m_mutex);
    return m_paused;
}

void StepGate::wakeAll()
{
    std::lock_guard lock(m_mutex);
    m_cv.notify_all();
}

std::vector<StepGate::LaneView> StepGate::snapshot() const
{
    std::lock_guard lock(m_mutex);
    std::vector<LaneView> out;
    out.reserve(m_slots.size());
    for (const Slot &s : m_slots)
        out.push_back({s.lane, s.number, s.phase, s.action, s.line});
    return out;
}

std::vector<int> StepGate::taken() const
{
    std::lock_guard lock(m_mutex);
    return m_taken;
}

QVariantList StepGate::skipped() const
{
    std::lock_guard lock(m_mutex);
    return m_skipped;
}

bool StepGate::stuck() const
{
    std::lock_guard lock(m_mutex);
    return m_stuck;
}

int LabLock::owner() const
{
    std::lock_guard lock(m_gate.m_mutex);
    return m_owner;
}

} // namespace conlab
