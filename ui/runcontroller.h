#pragma once

#include "scenarios/run.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace conlab {

// One live run for the window: starts it, drains its events into a Trace on a display-rate
// timer, stops it. Rare changes (started, finished) are signals; events never are.
class RunController : public QObject
{
    Q_OBJECT

public:
    explicit RunController(QObject *parent = nullptr);
    ~RunController() override;

    void start(const Scenario &scenario, const QString &variant, const QVariantMap &params);
    // Returns once every thread of the run is joined and every child reaped.
    void stop();

    bool isRunning() const { return m_running; }
    const Trace *trace() const { return m_trace.get(); }
    // Nanoseconds since the run started (the end of the trace once it has finished).
    qint64 now() const;
    // How long the run should take, for the view to leave room (0 if unknown).
    qint64 expectedNs() const { return m_expectedNs; }

signals:
    void started();
    void updated(); // new events are in the trace
    void finished(bool stopped);

private:
    void drain();
    void onRunFinished(quint64 serial);

    std::unique_ptr<Run> m_run;
    std::unique_ptr<Trace> m_trace;
    QTimer m_timer;
    quint64 m_serial = 0;
    qint64 m_expectedNs = 0;
    bool m_running = false;
};

} // namespace conlab
