#pragma once

#include "experiments/sweep.h"

#include <QObject>
#include <QPointer>

#include <thread>

class QLabel;
class QPushButton;
class QWidget;

namespace conlab {

class ExperimentView;

// The window's workers sweep: runs the scenario with 1, 2, … workers one after another on a
// thread of its own and plots the speed-up chart as each run ends. cancel() (the view's Cancel,
// the window closing) stops the run in progress and joins before it returns; what was measured
// so far stays on screen, marked as stopped early.
class SpeedupSweep : public QObject
{
    Q_OBJECT

public:
    explicit SpeedupSweep(QWidget *dialogParent, QObject *parent = nullptr);
    ~SpeedupSweep() override;

    ExperimentView *view() const { return m_view.data(); }
    // The button and its help for the window's left column.
    QWidget *controls() const { return m_controls.data(); }
    const SweepSummary &summary() const { return m_summary; }
    bool isBusy() const { return m_busy; }

    // Shows the controls for scenarios with workers to sweep.
    void setScenario(const Scenario *scenario);
    void start(const Scenario &scenario, const QString &variant, const QVariantMap &params);
    void cancel();
    void exportPicture();
    void setEnabled(bool enabled);

signals:
    void startRequested();
    void busyChanged(bool busy);
    void finished();
    void message(const QString &text);

private:
    void addPoint(quint64 serial, const SweepPoint &point);
    void finish(quint64 serial, const SweepSummary &summary);
    void setBusy(bool busy);
    void showStatus();

    QWidget *m_dialogParent;
    // Owned by the window once it lays them out; deleted here if it never does.
    QPointer<ExperimentView> m_view;
    QPointer<QWidget> m_controls;
    QPushButton *m_button;
    QLabel *m_help;
    SweepSummary m_summary;
    std::jthread m_thread;
    quint64 m_serial = 0;
    bool m_busy = false;
};

} // namespace conlab
