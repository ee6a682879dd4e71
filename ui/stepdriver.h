#pragma once

#include "stepmodel.h"

#include <QObject>

namespace conlab {

class RunController;
class StepPanel;

// Keeps the step panel in step with the run: the lanes' next actions, the interleaving so far,
// and the stepping itself (1–9, the step buttons), Undo (replay one step less) and Copy.
class StepDriver : public QObject
{
    Q_OBJECT

public:
    StepDriver(RunController *controller, StepPanel *panel, QObject *parent = nullptr);

    // A new run is on screen: its listing and parameters give the words.
    void runStarted(const QString &listing, const QVariantMap &params, bool steppable);
    // The trace or the gate moved on.
    void refresh();

    bool step(int number);
    bool canUndo() const;
    void undo();
    // "--schedule 1,2,1,2", also put on the clipboard.
    QString copySchedule();
    const StepModel &model() const { return m_model; }
    // Step mode and nothing moves until the next step: what the panel shows is the state.
    bool isSettled() const;

signals:
    void message(const QString &text);

private:
    std::vector<QColor> laneColors() const;
    QString headline(const std::vector<LaneStep> &lanes) const;

    RunController *m_controller;
    StepPanel *m_panel;
    StepModel m_model;
    bool m_steppable = false;
};

} // namespace conlab
