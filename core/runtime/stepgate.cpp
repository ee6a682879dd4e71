#include "stepgate.h"

#include "runcontext.h"

#include <QVariantMap>

#include <algorithm>
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
        // A lane held for its step shows as waiting on the timeline, not as running. Recorded
        // even when the step is granted at once, so a replay records what the original did.
        if (m_waitLabel < 0)
            m_waitLabel = m_ctx.intern(QStringLiteral("waiting for its step"));
        m_ctx.state(lane, State::Idle, m_waitLabel);
        m_cv.wait(lock, stop, [&] { return m_granted == number && !m_paused; });
        if (m_granted == number)
            m_granted = 0;
        s->phase = Phase::Running;
        if (!stop.stop_requested())
            m_ctx.state(lane, State::Running);
    }
    return lock;
}

void StepGate::leave(int)
{
    m_cv.notify_all();
}

void StepGate::record(int lane, int action, int line)
{
    // Once the run is stopped, lanes let go of their steps without a turn: those are not part
    // of the schedule the run took.
    if (m_ctx.stopToken().stop_requested())
        return;
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
    return acquireAll(lane, action, line, {&lock});
}

bool StepGate::allFree(const std::vector<LabLock *> &locks, int lane) const
{
    return std::all_of(locks.begin(), locks.end(), [lane](const LabLock *l) { return l->m_owner < 0 || l->m_owner == lane; });
}

// With m_mutex held: `lane` becomes the owner of every lock in `locks`, with a hand-off arrow
// from the lock's last release (by another lane) to this acquire.
void StepGate::take(int lane, const std::vector<LabLock *> &locks)
{
    const qint64 now = m_ctx.now();
    for (LabLock *l : locks) {
        if (l->m_lastReleaser >= 0 && l->m_lastReleaser != lane)
            m_ctx.flow(l->m_lastReleaser, l->m_lastRelease, lane, now, m_ctx.intern(QStringLiteral("hand-off")));
        l->m_owner = lane;
        m_ctx.holdBegin(lane, l->id(), l->name(), now);
    }
}

bool StepGate::acquireAll(int lane, int action, int line, const std::vector<LabLock *> &locks)
{
    std::unique_lock guard = enter(lane, action, line);
    record(lane, action, line);
    if (m_deadlockEnded)
        return false;
    if (allFree(locks, lane)) {
        take(lane, locks);
        leave(lane);
        return true;
    }
    Slot *s = slotOf(lane);
    if (s)
        s->phase = Phase::Blocked;
    QStringList names;
    for (const LabLock *l : locks)
        names << m_ctx.recorder().strings().at(l->name());
    m_ctx.state(lane, State::WaitingLock, m_ctx.intern(names.join(QLatin1String(", "))));
    m_waiters.push_back({lane, locks});
    detectDeadlock(lane);
    dispatch();
    // Waiting releases the gate: the others go on; a release hands the locks over.
    auto owned = [&] {
        return std::all_of(locks.begin(), locks.end(), [lane](const LabLock *l) { return l->m_owner == lane; });
    };
    if (m_deadlocked && !m_deadlockEnded) {
        // This wait closed the cycle. The stuck lanes stay visibly stuck for one unit (at most
        // 400 ms) so a class sees both waiting, then every wait on the gate gives up.
        const qint64 grace = std::min<qint64>(m_ctx.unitNs(), 400'000'000);
        const auto until = std::chrono::steady_clock::now() + std::chrono::nanoseconds(grace);
        m_cv.wait_until(guard, m_ctx.stopToken(), until, [] { return false; });
        m_deadlockEnded = true;
        m_cv.notify_all();
    }
    m_cv.wait(guard, m_ctx.stopToken(), [&] { return owned() || m_deadlockEnded; });
    if (!owned()) {
        std::erase_if(m_waiters, [lane](const Waiter &w) { return w.lane == lane; });
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
    lock.m_lastRelease = m_ctx.now();
    m_ctx.holdEnd(lane, lock.id(), lock.name(), lock.m_lastRelease);
    lock.m_owner = -1;
    lock.m_lastReleaser = lane;
    if (!m_deadlockEnded)
        serveWaiters();
    leave(lane);
}

// With m_mutex held: hands free locks to the waiters, oldest first. Ownership passes here,
// inside the gate, so the waiter's hold starts at this release.
void StepGate::serveWaiters()
{
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        if (!allFree(it->locks, it->lane)) {
            ++it;
            continue;
        }
        take(it->lane, it->locks);
        if (Slot *w = slotOf(it->lane))
            w->phase = Phase::Running; // it wakes and runs to its next step
        it = m_waiters.erase(it);
    }
    m_cv.notify_all();
}

QString StepGate::laneName(int lane) const
{
    const auto lanes = m_ctx.recorder().lanes();
    return lane >= 0 && lane < int(lanes.size()) ? lanes[size_t(lane)].name : QString::number(lane);
}

// With m_mutex held, right after `lane` started waiting: follows "waits for a lock held by"
// edges from it; coming back to it is a cycle.
void StepGate::detectDeadlock(int lane)
{
    auto waiterOf = [this](int l) -> const Waiter * {
        for (const Waiter &w : m_waiters) {
            if (w.lane == l)
                return &w;
        }
        return nullptr;
    };
    std::vector<std::pair<int, const LabLock *>> path; // (lane, the lock it wants that another holds)
    int current = lane;
    for (size_t guard = 0; guard <= m_waiters.size(); ++guard) {
        const Waiter *w = waiterOf(current);
        if (!w)
            return;
        const LabLock *wanted = nullptr;
        for (const LabLock *l : w->locks) {
            if (l->m_owner >= 0 && l->m_owner != current) {
                wanted = l;
                break;
            }
        }
        if (!wanted)
            return;
        path.emplace_back(current, wanted);
        current = wanted->m_owner;
        if (current == lane)
            break;
    }
    if (current != lane)
        return;
    // Named, drawn and reported: each lane holds what the one before it in the cycle wants.
    // The description starts at the lowest lane, so it reads the same however the cycle closed.
    std::rotate(path.begin(), std::min_element(path.begin(), path.end()), path.end());
    m_deadlocked = true;
    const qint64 now = m_ctx.now();
    for (size_t i = 0; i < path.size(); ++i) {
        const auto &[waiter, lock] = path[i];
        const auto &[previous, held] = path[(i + path.size() - 1) % path.size()];
        Q_UNUSED(previous);
        const QString text = QStringLiteral("%1 holds %2, wants %3")
                                 .arg(laneName(waiter), m_ctx.recorder().strings().at(held->name()),
                                      m_ctx.recorder().strings().at(lock->name()));
        m_cycle << text;
        m_ctx.mark(waiter, text, MarkKind::Result);
        m_ctx.flow(waiter, now, lock->m_owner, now, m_ctx.intern(QStringLiteral("wants ") +
                                                                  m_ctx.recorder().strings().at(lock->name())));
    }
    m_cv.notify_all();
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

bool StepGate::deadlocked() const
{
    std::lock_guard lock(m_mutex);
    return m_deadlocked;
}

QStringList StepGate::cycle() const
{
    std::lock_guard lock(m_mutex);
    return m_cycle;
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
