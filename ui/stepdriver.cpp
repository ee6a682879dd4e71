#include "stepdriver.h"

#include "runcontroller.h"
#include "steppanel.h"
#include "timelinetheme.h"

#include <QApplication>
#include <QClipboard>

namespace conlab {

StepDriver::StepDriver(RunController *controller, StepPanel *panel, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_panel(panel)
{
    connect(panel, &StepPanel::stepRequested, this, &StepDriver::step);
    connect(panel, &StepPanel::undoRequested, this, &StepDriver::undo);
    connect(panel, &StepPanel::copyRequested, this, &StepDriver::copySchedule);
}

void StepDriver::runStarted(const QString &listing, const QVariantMap &params, bool steppable)
{
    m_model = StepModel(listing, params);
    m_steppable = steppable;
    m_panel->setVisible(steppable);
    m_panel->setStepping(m_controller->mode() == StepMode::Step);
    refresh();
}

std::vector<QColor> StepDriver::laneColors() const
{
    std::vector<QColor> colors;
    for (const StepGate::LaneView &v : m_controller->lanesAtGate())
        colors.push_back(TimelineTheme::laneColor(v.lane));
    return colors;
}

QString StepDriver::headline(const std::vector<LaneStep> &lanes) const
{
    const bool stepping = m_controller->mode() == StepMode::Step;
    if (!stepping)
        return m_controller->isRunning() ? tr("The steps the threads take, in the order they take them.")
                                         : tr("The interleaving this run took. Copy it to replay it with --schedule, "
                                              "or step it yourself in Step mode.");
    if (!m_controller->isRunning())
        return lanes.empty() ? QString() : tr("The run is over. Ctrl+Z takes back the last step.");
    const bool anyCanStep = std::any_of(lanes.begin(), lanes.end(), [](const LaneStep &l) { return l.canStep; });
    if (!anyCanStep && !lanes.empty())
        return tr("No thread can move: each waits for a lock another holds.");
    const int keys = qMin(9, int(lanes.size()));
    return tr("<b>You are the scheduler.</b> Press a thread's number (1–%1) or its button: it takes exactly one step.")
        .arg(keys);
}

void StepDriver::refresh()
{
    if (!m_steppable || !m_controller->trace())
        return;
    const std::vector<QColor> colors = laneColors();
    const std::vector<LaneStep> lanes = m_model.lanes(*m_controller->trace(), m_controller->lanesAtGate());
    const bool stepping = m_controller->mode() == StepMode::Step;
    if (stepping)
        m_panel->setLanes(lanes, colors);
    m_panel->setHeadline(headline(lanes));
    m_panel->setSchedule(m_controller->taken(), colors);
    m_panel->setUndoEnabled(canUndo());
}

bool StepDriver::isSettled() const
{
    if (m_controller->mode() != StepMode::Step)
        return false;
    return !m_controller->isRunning() || StepModel::settled(m_controller->lanesAtGate());
}

bool StepDriver::step(int number)
{
    if (m_controller->mode() != StepMode::Step || !m_controller->isRunning())
        return false;
    if (m_controller->grant(number))
        return true;
    const auto &lanes = m_controller->lanesAtGate();
    if (number < 1 || size_t(number) > lanes.size()) {
        emit message(tr("There is no thread %1 in this run.").arg(number));
        return false;
    }
    const StepGate::LaneView &v = lanes[size_t(number - 1)];
    const Lane *lane = m_controller->trace()->lane(v.lane);
    const QString name = lane ? lane->name : QString::number(number);
    emit message(v.phase == StepGate::Phase::Blocked ? tr("%1 waits for the lock: it cannot take a step.").arg(name)
                                                     : tr("%1 is done.").arg(name));
    return false;
}

bool StepDriver::canUndo() const
{
    return m_controller->mode() == StepMode::Step && !m_controller->taken().empty();
}

void StepDriver::undo()
{
    if (!canUndo())
        return;
    // The run cannot go back, so replay it from the start up to the step before the last.
    GateSettings gate = m_controller->gateSettings();
    gate.schedule = m_controller->takenNow();
    if (gate.schedule.empty())
        return;
    gate.schedule.pop_back();
    m_controller->restart(gate);
    emit message(tr("Took back step %1.").arg(gate.schedule.size() + 1));
}

QString StepDriver::copySchedule()
{
    const QString text = QStringLiteral("--schedule ") + StepModel::scheduleText(m_controller->takenNow());
    QApplication::clipboard()->setText(text);
    emit message(tr("Copied: %1").arg(text));
    return text;
}

} // namespace conlab
