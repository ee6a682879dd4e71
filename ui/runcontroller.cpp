#include "runcontroller.h"

#include "scenarios/scenario.h"

#include <utility>

namespace conlab {

namespace {
constexpr int kFrameMs = 16; // about display rate
}

RunController::RunController(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kFrameMs);
    connect(&m_timer, &QTimer::timeout, this, &RunController::drain);
}

RunController::~RunController()
{
    m_timer.stop();
    m_run.reset(); // stops and joins before the trace and this object go
}

void RunController::start(const Scenario &scenario, const QString &variant, const QVariantMap &params,
                          const GateSettings &gate)
{
    stop();
    m_run.reset();
    m_scenario = &scenario;
    m_variant = variant;
    m_params = params;
    m_gate = gate;
    m_lanes.clear();
    m_taken.clear();
    RunSettings settings;
    settings.variant = variant;
    settings.params = params;
    settings.gate = gate;
    m_run = std::make_unique<Run>(scenario, settings);
    m_trace = std::make_unique<Trace>(m_run->context().recorder().sharedStrings());
    m_trace->scenario = QLatin1String(scenario.info().id);
    m_trace->variant = variant;
    m_trace->parameters = params;
    m_trace->idealNs = m_run->idealNs();
    // Sequential variants take longer than the ideal of parallel ones; leave room for both.
    m_expectedNs = qMax<qint64>(0, m_trace->idealNs);
    const quint64 serial = ++m_serial;
    m_running = true;
    m_paused = false;
    // The callback runs on the run's thread: hop to ours. This object outlives the run (the
    // destructor joins it first), so the queued call always has a live receiver.
    m_run->start([this, serial] {
        QMetaObject::invokeMethod(this, [this, serial] { onRunFinished(serial); }, Qt::QueuedConnection);
    });
    m_timer.start();
    emit started();
}

void RunController::show(std::unique_ptr<Trace> trace)
{
    stop();
    m_run.reset();
    // The views still point at the old trace until they have heard of the new one.
    const std::unique_ptr<Trace> old = std::exchange(m_trace, std::move(trace));
    m_scenario = findScenario(m_trace->scenario);
    m_variant = m_trace->variant;
    m_params = m_trace->parameters;
    m_gate = {};
    m_lanes.clear();
    m_taken.assign(m_trace->schedule.cbegin(), m_trace->schedule.cend());
    m_expectedNs = 0;
    ++m_serial;
    emit shown();
}

void RunController::restart(const GateSettings &gate)
{
    if (m_scenario)
        start(*m_scenario, m_variant, m_params, gate);
}

void RunController::stop()
{
    if (!m_run || !m_running)
        return;
    m_run->stop();
    onRunFinished(m_serial);
}

void RunController::setPaused(bool paused)
{
    if (!m_running || paused == m_paused)
        return;
    m_run->context().setPaused(paused);
    m_paused = paused;
    // Once the gate is paused no step is under way (a step holds the gate from its start to
    // its record): drained now, the window shows exactly where every lane is held.
    if (paused)
        drain();
    emit pausedChanged(paused);
}

bool RunController::grant(int number)
{
    return m_running && m_gate.mode == StepMode::Step && m_run->context().gate().grant(number);
}

std::vector<int> RunController::takenNow() const
{
    return m_running ? m_run->context().gate().taken() : m_taken;
}

qint64 RunController::now() const
{
    if (!m_run)
        return m_trace ? m_trace->endTime() : 0;
    return m_running ? m_run->context().now() : m_trace->endTime();
}

void RunController::drain()
{
    if (!m_run)
        return;
    const size_t before = m_trace->eventCount();
    const size_t lanesBefore = m_trace->lanes().size();
    // The gate first, then the events: whatever the gate shows is already in the trace.
    m_lanes = m_run->context().gate().snapshot();
    m_taken = m_run->context().gate().taken();
    m_run->drainInto(*m_trace);
    if (m_trace->eventCount() != before || m_trace->lanes().size() != lanesBefore || m_running)
        emit updated();
}

void RunController::onRunFinished(quint64 serial)
{
    if (serial != m_serial || !m_running)
        return; // a late call from a run that was already handled
    m_timer.stop();
    m_run->stop(); // joins the run's thread (it has already ended)
    m_lanes = m_run->context().gate().snapshot();
    m_run->finishTrace(*m_trace);
    m_taken.assign(m_trace->schedule.cbegin(), m_trace->schedule.cend());
    m_running = false;
    if (m_paused) {
        m_paused = false;
        emit pausedChanged(false);
    }
    emit updated();
    emit finished(m_run->wasStopped());
}

} // namespace conlab
