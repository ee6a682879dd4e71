#pragma once

#include "trace/recorder.h"

#include <QVariantList>

#include <condition_variable>
#include <map>
#include <mutex>
#include <random>
#include <stop_token>
#include <vector>

namespace conlab {

class RunContext;
class LabLock;

// How the gate lets enrolled lanes take their steps.
enum class StepMode : quint8 {
    Free,     // every lane goes as the OS schedules it
    Chaos,    // free, with seeded random pauses at step points to shake out races
    Step,     // a lane moves only when granted one step (grant()); the schedule so far replays first
    Schedule, // each schedule entry grants one step; afterwards the lowest-numbered able lane goes
};

struct GateSettings
{
    StepMode mode = StepMode::Free;
    std::vector<int> schedule; // 1-based lane numbers (Schedule and Step modes)
    quint64 seed = 1;          // Chaos
};

// Where scenario code takes one line of its listing. The gate runs the step's code and records
// it in one critical section, so the recorded order is the real order. Lanes enrolled with
// enroll() can be held and granted steps one at a time; a blocking acquire is tried inside the
// gate and, if the lock is taken, waits outside it (the step completes when the lock is handed
// over). Step code must not block: sleeps and waits go between steps.
class StepGate
{
public:
    enum class Phase : quint8 { Running, Parked, Blocked, Finished };
    struct LaneView
    {
        int lane = -1;
        int number = 0; // 1-based, as in schedules and the 1–9 keys
        Phase phase = Phase::Running;
        int action = -1; // pending action label (Parked) or the last one
        int line = 0;
    };

    explicit StepGate(RunContext &ctx);
    void configure(GateSettings settings);
    StepMode mode() const { return m_settings.mode; }

    // Makes `lane` steppable; returns its number. Enrol every lane before starting any of them.
    int enroll(int lane);
    // The lane will take no more steps.
    void retire(int lane);

    template<typename Fn>
    decltype(auto) step(int lane, int action, int line, Fn &&fn)
    {
        std::unique_lock lock = enter(lane, action, line);
        record(lane, action, line);
        if constexpr (std::is_void_v<std::invoke_result_t<Fn>>) {
            std::forward<Fn>(fn)();
            leave(lane);
        } else {
            auto result = std::forward<Fn>(fn)();
            leave(lane);
            return result;
        }
    }

    // A step that acquires `lock`; false if the run was stopped, or a deadlock was found, while
    // it waited.
    bool acquire(int lane, int action, int line, LabLock &lock);
    // A step that takes all of `locks` at once or waits holding none of them, as
    // std::scoped_lock does: it can never be part of a deadlock.
    bool acquireAll(int lane, int action, int line, const std::vector<LabLock *> &locks);
    // A step that releases `lock`, handing it to the longest waiter.
    void release(int lane, int action, int line, LabLock &lock);

    // Step mode: asks for one step of lane `number`; false if that lane cannot move now.
    bool grant(int number);
    void setPaused(bool paused);
    bool paused() const;
    void wakeAll(); // on Stop

    std::vector<LaneView> snapshot() const;
    std::vector<int> taken() const;   // the schedule this run took, one entry per step
    QVariantList skipped() const;     // schedule entries skipped: {entry, lane, why}
    bool stuck() const;               // every live lane waits for a lock: nobody can move
    // The wait-for graph is checked whenever a lane starts waiting. A cycle is a deadlock: it
    // is named ("t1 holds A, wants B; …"), drawn, and every wait on the gate gives up.
    bool deadlocked() const;
    QStringList cycle() const;

private:
    friend class LabLock;
    struct Slot
    {
        int lane = -1;
        int number = 0;
        Phase phase = Phase::Running;
        int action = -1;
        int line = 0;
        std::mt19937_64 rng;
    };
    std::unique_lock<std::mutex> enter(int lane, int action, int line);
    void leave(int lane);
    void record(int lane, int action, int line);
    void dispatch(); // with m_mutex held: grants the next step once no enrolled lane is running
    void chaosPause(Slot &slot);
    struct Waiter
    {
        int lane;
        std::vector<LabLock *> locks;
    };
    bool allFree(const std::vector<LabLock *> &locks, int lane) const;
    void take(int lane, const std::vector<LabLock *> &locks);
    void serveWaiters();
    void detectDeadlock(int lane);
    QString laneName(int lane) const;
    Slot *slotOf(int lane);
    Slot *slotByNumber(int number);
    bool gated() const { return m_settings.mode == StepMode::Step || m_settings.mode == StepMode::Schedule; }

    RunContext &m_ctx;
    GateSettings m_settings;
    mutable std::mutex m_mutex;
    std::condition_variable_any m_cv;
    std::vector<Slot> m_slots;
    std::map<int, size_t> m_slotOfLane;
    size_t m_cursor = 0; // next schedule entry
    int m_granted = 0;   // lane number allowed to take its next step, 0 for none
    bool m_paused = false;
    int m_waitLabel = -1; // "waiting for its step", interned on first use
    bool m_stuck = false;
    std::vector<int> m_taken;
    QVariantList m_skipped;
    std::vector<Waiter> m_waiters; // lanes waiting for locks, first come first served
    bool m_deadlocked = false;  // a cycle was found
    bool m_deadlockEnded = false; // ...and its waits were given up
    QStringList m_cycle;
};

// A lock whose state lives in the gate, so that trying it, waiting for it and handing it over
// are steps in the recorded order, and a waiting lane shows WaitingLock and cannot be stepped.
class LabLock
{
public:
    LabLock(StepGate &gate, int id, int name)
        : m_gate(gate)
        , m_id(id)
        , m_name(name)
    {
    }
    int id() const { return m_id; }
    int name() const { return m_name; }
    int owner() const; // lane, -1 if free

private:
    friend class StepGate;
    StepGate &m_gate;
    int m_id;
    int m_name;
    int m_owner = -1;
    int m_lastReleaser = -1; // lane and time of the last release: the next acquire's hand-off
    qint64 m_lastRelease = 0;
};

} // namespace conlab
