#pragma once

#include "experiments/gapsweep.h"
#include "experiments/trials.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <thread>

namespace conlab {

// Many runs off the GUI thread: the trials of every variant of a scenario, or a gap sweep.
// One job at a time; cancel() (and the destructor) return once the job's thread is joined,
// which takes at most one run. Progress is polled on a timer, never signalled per run.
class TrialsRunner : public QObject
{
    Q_OBJECT

public:
    enum class Job { None, Trials, Sweep };

    explicit TrialsRunner(QObject *parent = nullptr);
    ~TrialsRunner() override;

    // `trials` chaos runs of `first` variant, then as many of each other variant.
    void startTrials(const Scenario &scenario, const QString &first, const QVariantMap &params, int trials);
    void startSweep(const Scenario &scenario, const QString &variant, const QVariantMap &params, int perGap,
                    const std::vector<qint64> &gapsUs = GapSweep::defaultGaps());
    void cancel();

    Job job() const { return m_job; }
    bool isBusy() const { return m_job != Job::None; }
    int done() const { return m_done.load(); }
    int total() const { return m_total; }

signals:
    void progressed(int done, int total);
    void trialsFinished(const QList<conlab::TrialsSummary> &summaries); // in the scenario's variant order
    void sweepFinished(const conlab::GapSweep &sweep);
    void cancelled();

private:
    void begin(Job job, int total);
    void finishTrials(quint64 serial, const QList<TrialsSummary> &summaries);
    void finishSweep(quint64 serial, const GapSweep &sweep);
    void end();

    std::jthread m_thread;
    std::atomic<int> m_done{0};
    int m_total = 0;
    quint64 m_serial = 0;
    Job m_job = Job::None;
    QTimer m_poll;
};

} // namespace conlab
