#pragma once

#include "stepgate.h"
#include "trace/recorder.h"

#include <QString>
#include <QVariantMap>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <list>
#include <mutex>
#include <stop_token>
#include <thread>
#include <vector>

namespace conlab {

struct RunSettings
{
    QString scenario;
    QString variant;
    QVariantMap params;   // parameter id → value, already validated against the table
    QString workerPath;   // executable started for child processes (our own binary)
    QString outDir;       // where a run saves files it produces (empty: a fresh temporary folder)
    GateSettings gate;    // free, chaos, step or schedule
    // Receives each printed line as it happens, from any thread; may be empty.
    std::function<void(const QString &)> output;
};

// Everything a scenario touches while it runs: the clock, the unit, the recorder, the
// cancellation token, its lanes and threads. One per run.
class RunContext
{
public:
    explicit RunContext(RunSettings settings);
    ~RunContext();
    RunContext(const RunContext &) = delete;
    RunContext &operator=(const RunContext &) = delete;

    // Clock: one steady clock, nanoseconds since the run's start, standing still while paused.
    qint64 now() const;
    // Pause: lanes hold at their next step, the clock stops, deadlines move by the paused time.
    void setPaused(bool paused);
    bool paused() const { return m_pausedAt.load() >= 0; }
    qint64 startSteadyNs() const { return m_t0; } // absolute steady-clock value, handed to children
    qint64 unitNs() const { return m_unitNs; }
    qint64 param(const QString &id) const;
    const QString &variant() const { return m_settings.variant; }
    const RunSettings &settings() const { return m_settings; }
    Recorder &recorder() { return m_recorder; }

    // Cancellation.
    std::stop_token stopToken() const { return m_stop.get_token(); }
    void requestStop();
    bool stopping() const { return m_stop.stop_requested(); }

    // Sleeps until t0 + deadline; returns false at once if the run is stopped.
    bool sleepUntil(qint64 deadlineNs);

    // Lanes. The default pid/tid are the calling thread's.
    int addLane(LaneKind kind, const QString &name, int parent);
    int mainLane() const { return m_mainLane; }
    void updateLane(const Lane &lane) { m_recorder.updateLane(lane); }
    Lane laneInfo(int lane) const;
    // Fills in the calling thread's pid and tid (a thread's first act).
    void claimLane(int lane);

    int intern(const QString &s) { return m_recorder.strings().intern(s); }
    void state(int lane, State s, int label = -1);
    void state(int lane, State s, qint64 t, int label);
    State lastState(int lane) const;
    void print(int lane, const QString &text);
    void print(int lane, const QString &text, qint64 t);
    void mark(int lane, const QString &text, MarkKind kind = MarkKind::Note);
    void counter(int lane, int name, double value);
    void counter(int lane, int name, double value, qint64 t);
    int flowOut(int lane);
    void flowIn(int lane, int flow);
    void flowIn(int lane, int flow, qint64 t);
    // An arrow from (fromLane, fromT) to (toLane, toT), both times already past.
    void flow(int fromLane, qint64 fromT, int toLane, qint64 toT, int label = -1);
    void holdBegin(int lane, int lock, int lockName, qint64 t = -1); // t < 0: now
    void holdEnd(int lane, int lock, int lockName, qint64 t = -1);

    // One line of the scenario's listing: records where the lane is, then does it.
    template<typename Fn>
    decltype(auto) step(int lane, int action, int line, Fn &&fn)
    {
        return m_gate.step(lane, action, line, std::forward<Fn>(fn));
    }
    StepGate &gate() { return m_gate; }

    // Lab threads: std::jthread, joined by the scenario or at the end of the run.
    std::jthread &startThread(std::function<void(std::stop_token)> fn);
    void joinThreads();

    void setResult(const QString &key, const QVariant &value);
    QVariantMap results() const;

private:
    RunSettings m_settings;
    Recorder m_recorder;
    StepGate m_gate;
    qint64 m_t0 = 0;
    std::atomic<qint64> m_pausedTotal{0}; // steady time spent paused
    std::atomic<qint64> m_pausedAt{-1};   // run time at which the clock stopped, -1 if running
    quint64 m_clockGeneration = 0;        // bumped on pause and resume (under m_sleepMutex)
    qint64 m_unitNs = 0;
    int m_mainLane = -1;
    std::stop_source m_stop;
    std::mutex m_sleepMutex;
    std::condition_variable_any m_sleepCv;
    mutable std::mutex m_mutex; // lane states, threads, results
    std::vector<State> m_lastState;
    std::list<std::jthread> m_threads;
    std::atomic<int> m_nextFlow{1};
    QVariantMap m_results;
    std::mutex m_outputMutex;
};

qint64 steadyNowNs();
qint64 currentTid();

} // namespace conlab
