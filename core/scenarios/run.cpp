#include "run.h"

#include <QCoreApplication>

namespace conlab {

Run::Run(const Scenario &scenario, RunSettings settings)
    : m_scenario(scenario)
{
    settings.scenario = QLatin1String(scenario.info().id);
    m_ctx = std::make_unique<RunContext>(std::move(settings));
}

Run::~Run()
{
    stop();
}

void Run::start(std::function<void()> onFinished)
{
    m_onFinished = std::move(onFinished);
    m_thread = std::jthread([this] { body(); });
}

void Run::body()
{
    m_ctx->claimLane(m_ctx->mainLane()); // the main lane is this thread
    m_scenario.run(*m_ctx);
    m_ctx->joinThreads();
    const qint64 wall = m_ctx->now();
    closeLanes();
    {
        std::lock_guard lock(m_mutex);
        m_stoppedEarly = m_ctx->stopping();
        m_wallNs = wall;
        m_finished = true;
    }
    m_finishedCv.notify_all();
    if (m_onFinished)
        m_onFinished();
}

void Run::closeLanes()
{
    const bool stopped = m_ctx->stopping();
    const auto lanes = m_ctx->recorder().lanes();
    for (const Lane &lane : lanes) {
        const State s = m_ctx->lastState(lane.id);
        if (s != State::Done && s != State::Failed && s != State::Stopped)
            m_ctx->state(lane.id, stopped ? State::Stopped : State::Done);
    }
}

void Run::stop()
{
    m_ctx->requestStop();
    if (m_thread.joinable())
        m_thread.join();
}

bool Run::waitFinished(int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    if (timeoutMs < 0) {
        m_finishedCv.wait(lock, [this] { return m_finished; });
        return true;
    }
    return m_finishedCv.wait_for(lock, std::chrono::milliseconds(timeoutMs), [this] { return m_finished; });
}

bool Run::finished() const
{
    std::lock_guard lock(m_mutex);
    return m_finished;
}

bool Run::wasStopped() const
{
    std::lock_guard lock(m_mutex);
    return m_stoppedEarly;
}

qint64 Run::wallNs() const
{
    std::lock_guard lock(m_mutex);
    return m_wallNs;
}

qint64 Run::idealNs() const
{
    return m_scenario.idealNs(m_ctx->variant(), m_ctx->settings().params);
}

void Run::drainInto(Trace &trace)
{
    Recorder::Batch batch;
    m_ctx->recorder().drain(batch);
    for (const Lane &lane : batch.lanes)
        trace.setLane(lane);
    trace.append(batch.events);
}

void Run::finishTrace(Trace &trace)
{
    drainInto(trace);
    trace.scenario = m_ctx->settings().scenario;
    trace.variant = m_ctx->variant();
    trace.parameters = m_ctx->settings().params;
    trace.results = m_ctx->results();
    trace.wallNs = wallNs();
    trace.idealNs = idealNs();
    trace.setEndTime(trace.wallNs);
    const std::vector<int> taken = m_ctx->gate().taken();
    trace.schedule = QList<int>(taken.begin(), taken.end());
    if (m_ctx->gate().mode() == StepMode::Schedule || m_ctx->gate().mode() == StepMode::Step)
        trace.results.insert(QStringLiteral("schedule_skipped"), m_ctx->gate().skipped());
    if (wasStopped())
        trace.results.insert(QStringLiteral("stopped"), true);
    trace.squeeze();
}

Trace runToEnd(const Scenario &scenario, RunSettings settings)
{
    Run run(scenario, std::move(settings));
    Trace trace(run.context().recorder().sharedStrings());
    run.start();
    run.waitFinished();
    run.stop(); // joins the run's thread
    run.finishTrace(trace);
    return trace;
}

} // namespace conlab
