#pragma once

#include "scenarios/run.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace conlab {

// One live run for the window: starts it, drains its events into a Trace on a display-rate
// timer, pauses and stops it. Rare changes (started, paused, finished) are signals; events
// never are.
class RunController : public QObject
{
    Q_OBJECT

public:
    explicit RunController(QObject *parent = nullptr);
    ~RunController() override;

    void start(const Scenario &scenario, const QString &variant, const QVariantMap &params,
               const GateSettings &gate = {});
    // A finished run from elsewhere (a saved file) goes on screen; no live run stands behind it.
    // Any run in progress is stopped first. scenario() is ours if the file names one of ours.
    void show(std::unique_ptr<Trace> trace);
    // The run on screen again, same scenario and parameters, with other gate settings (Undo).
    void restart(const GateSettings &gate);
    // Returns once every thread of the run is joined and every child reaped.
    void stop();
    // Lanes hold at their next step and the run's clock stands still.
    void setPaused(bool paused);

    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }
    const Trace *trace() const { return m_trace.get(); }
    // The same run, for the notes a user pins on it (captions); its events are the run's own.
    Trace *editableTrace() { return m_trace.get(); }
    const Scenario *scenario() const { return m_scenario; }
    const GateSettings &gateSettings() const { return m_gate; }
    StepMode mode() const { return m_gate.mode; }
    // Step mode: asks the gate for one step of lane `number`; false if that lane cannot move.
    bool grant(int number);
    // What the gate showed just before the last drain, so it never runs ahead of the trace.
    const std::vector<StepGate::LaneView> &lanesAtGate() const { return m_lanes; }
    // The steps taken so far, as lane numbers (the run's schedule once it has finished).
    const std::vector<int> &taken() const { return m_taken; }
    // The same, read from the gate this moment (steps taken since the last drain included).
    std::vector<int> takenNow() const;
    // Nanoseconds since the run started (the end of the trace once it has finished).
    qint64 now() const;
    // How long the run should take, for the view to leave room (0 if unknown).
    qint64 expectedNs() const { return m_expectedNs; }

signals:
    void started();
    void shown(); // a finished run from a file is on screen
    void updated(); // new events are in the trace
    void pausedChanged(bool paused);
    void finished(bool stopped);

private:
    void drain();
    void onRunFinished(quint64 serial);

    std::unique_ptr<Run> m_run;
    std::unique_ptr<Trace> m_trace;
    const Scenario *m_scenario = nullptr;
    QString m_variant;
    QVariantMap m_params;
    GateSettings m_gate;
    std::vector<StepGate::LaneView> m_lanes;
    std::vector<int> m_taken;
    QTimer m_timer;
    quint64 m_serial = 0;
    qint64 m_expectedNs = 0;
    bool m_running = false;
    bool m_paused = false;
};

} // namespace conlab
