#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;

namespace conlab {

class Scenario;

// Many runs of the scenario on screen: chaos trials of every variant (how many, Trials), and
// the gap sweep in free mode. Shown for scenarios with outcomes to count.
class TrialsControls : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDefaultTrials = 1000;

    explicit TrialsControls(QWidget *parent = nullptr);

    void setScenario(const Scenario *scenario);
    int trials() const;
    void setTrials(int n);
    void setBusy(bool busy);

signals:
    void trialsRequested(int trials);
    void sweepRequested();

private:
    QSpinBox *m_count;
    QPushButton *m_trials;
    QPushButton *m_sweep;
    QLabel *m_help;
};

} // namespace conlab
