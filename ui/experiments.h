#pragma once

#include "experiments/gapsweep.h"
#include "experiments/trials.h"

#include <QObject>

class QWidget;

namespace conlab {

class ExperimentView;
class TrialsRunner;

// The window's many-run experiments: trials of every variant and the gap sweep, each with a
// view of its own. Runs one at a time off the GUI thread; cancel() returns promptly.
class Experiments : public QObject
{
    Q_OBJECT

public:
    // `dialogParent` hosts the export dialog.
    explicit Experiments(QWidget *dialogParent, QObject *parent = nullptr);
    ~Experiments() override;

    ExperimentView *trialsView() const { return m_trialsView; }
    ExperimentView *sweepView() const { return m_sweepView; }
    TrialsRunner *runner() const { return m_runner; }
    const QList<TrialsSummary> &trials() const { return m_trials; }
    const GapSweep &sweep() const { return m_sweep; }
    bool isBusy() const;

    void runTrials(const Scenario &scenario, const QString &variant, const QVariantMap &params, int trials);
    void runSweep(const Scenario &scenario, const QString &variant, const QVariantMap &params, int perGap);
    void cancel();
    // The file dialog, then the picture; the status bar hears how it went.
    void exportTrials();
    void exportSweep();

signals:
    void busyChanged(bool busy);
    void trialsDone();
    void sweepDone();
    void message(const QString &text);

private:
    void showProgress(int done, int total);
    void trialsFinished(const QList<TrialsSummary> &summaries);
    void sweepFinished(const GapSweep &sweep);
    void cancelled();
    QString exportPath(const QString &name);

    QWidget *m_dialogParent;
    TrialsRunner *m_runner;
    ExperimentView *m_trialsView;
    ExperimentView *m_sweepView;
    QList<TrialsSummary> m_trials;
    GapSweep m_sweep;
};

} // namespace conlab
