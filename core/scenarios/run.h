#pragma once

#include "scenario.h"
#include "trace/trace.h"

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace conlab {

// One run of one scenario on a thread of its own. Stop is safe at any moment and returns
// only when every thread of the run is joined and every child reaped.
class Run
{
public:
    Run(const Scenario &scenario, RunSettings settings);
    ~Run();
    Run(const Run &) = delete;
    Run &operator=(const Run &) = delete;

    // `onFinished` is called on the run's thread once the run has ended (done or stopped).
    void start(std::function<void()> onFinished = {});
    void stop();
    // True once finished; waits up to timeoutMs (-1: no limit).
    bool waitFinished(int timeoutMs = -1);
    bool finished() const;
    bool wasStopped() const;

    RunContext &context() { return *m_ctx; }
    const Scenario &scenario() const { return m_scenario; }
    qint64 wallNs() const;
    qint64 idealNs() const;

    // Moves what was recorded since the last call into `trace` (one consumer per run).
    void drainInto(Trace &trace);
    // drainInto, then the run's metadata: scenario, variant, parameters, results, times.
    void finishTrace(Trace &trace);

private:
    void body();
    void closeLanes();

    const Scenario &m_scenario;
    std::unique_ptr<RunContext> m_ctx;
    std::function<void()> m_onFinished;
    mutable std::mutex m_mutex;
    std::condition_variable m_finishedCv;
    bool m_finished = false;
    bool m_stoppedEarly = false; // Stop came before the scenario's own end
    qint64 m_wallNs = 0;
    std::jthread m_thread;
};

// Runs a scenario to its end on the calling thread's behalf and returns the whole trace.
Trace runToEnd(const Scenario &scenario, RunSettings settings);

} // namespace conlab
