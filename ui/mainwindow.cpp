#include "mainwindow.h"

#include "apptheme.h"
#include "comparesession.h"
#include "compareview.h"
#include "experiments.h"
#include "experimentview.h"
#include "exporter.h"
#include "languagemenu.h"
#include "legendbar.h"
#include "lessonpanel.h"
#include "outputconsole.h"
#include "presentation.h"
#include "replay.h"
#include "resultpanel.h"
#include "runcontroller.h"
#include "runcontrols.h"
#include "runfiles.h"
#include "runsummary.h"
#include "scenariolist.h"
#include "sourcepanel.h"
#include "speedupsweep.h"
#include "stepdriver.h"
#include "steppanel.h"
#include "timelineview.h"
#include "tracequery.h"
#include "trialscontrols.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QDir>
#include <QFileInfo>
#include <QMimeData>
#include <QHash>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QAbstractSpinBox>
#include <QActionGroup>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace conlab {

namespace {
constexpr int kSweepRunsPerGap = 100;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_controller(new RunController(this))
    , m_experiments(new Experiments(this, this))
    , m_speedup(new SpeedupSweep(this, this))
{
    setWindowTitle(tr("Concurrency Lab"));
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(buildLeft());
    split->addWidget(buildCentre());
    split->addWidget(buildRight());
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 0);
    split->setSizes({270, 1080, 570});
    split->setChildrenCollapsible(false);
    setCentralWidget(split);
    m_files = new RunFiles(this, m_controller, m_timeline);
    setAcceptDrops(true);
    // Before anything else hears of a run from a file: the views must leave the old trace first.
    connect(m_controller, &RunController::shown, this, &MainWindow::runShown);
    m_compareSession = new CompareSession(m_controller, m_compare, this);
    buildMenus();
    connect(m_controller, &RunController::started, this, &MainWindow::runStarted);
    connect(m_controller, &RunController::updated, this, &MainWindow::runUpdated);
    connect(m_controller, &RunController::finished, this, &MainWindow::runEnded);
    connect(m_controller, &RunController::pausedChanged, this, &MainWindow::pausedChanged);
    connect(m_scenarios, &ScenarioList::scenarioChosen, this, &MainWindow::scenarioChosen);
    connect(m_controls, &RunControls::runRequested, this, &MainWindow::startRun);
    connect(m_controls, &RunControls::pauseRequested, this, &MainWindow::runOrPause);
    connect(m_controls, &RunControls::stopRequested, this, &MainWindow::stopRun);
    connect(m_controls, &RunControls::compareRequested, this, &MainWindow::compareVariants);
    connect(m_compareSession, &CompareSession::finished, this, &MainWindow::comparisonShown);
    connect(m_compareSession, &CompareSession::progressed, this,
            [this](const QString &m) { statusBar()->showMessage(m); });
    connect(m_compareSession, &CompareSession::cancelled, this, [this] {
        updateTabs();
        statusBar()->showMessage(tr("Comparison stopped."), 5000);
    });
    connect(m_controls, &RunControls::settingsChanged, this, &MainWindow::showListing);
    connect(m_trialsControls, &TrialsControls::trialsRequested, this, &MainWindow::runTrials);
    connect(m_trialsControls, &TrialsControls::sweepRequested, this, &MainWindow::sweepGap);
    connect(m_experiments, &Experiments::busyChanged, m_trialsControls, &TrialsControls::setBusy);
    connect(m_experiments, &Experiments::message, this, [this](const QString &m) { statusBar()->showMessage(m, 5000); });
    connect(m_files, &RunFiles::opened, this, &MainWindow::runOpened);
    connect(m_files, &RunFiles::saved, this, [this] { setWindowModified(false); });
    connect(m_speedup, &SpeedupSweep::startRequested, this, &MainWindow::sweepWorkers);
    connect(m_speedup, &SpeedupSweep::message, this, [this](const QString &m) { statusBar()->showMessage(m, 5000); });
    connect(m_speedup, &SpeedupSweep::busyChanged, this, &MainWindow::updateActions);
    connect(m_files, &RunFiles::message, this, [this](const QString &m) { statusBar()->showMessage(m, 5000); });
    connect(m_stepDriver, &StepDriver::message, this, [this](const QString &m) { statusBar()->showMessage(m, 4000); });
    m_scenarios->setCurrentRow(0);
    updateActions();
    statusBar()->showMessage(tr("Pick a scenario, set it up, press Run."));
    resize(1800, 1000);
}

MainWindow::~MainWindow()
{
    m_controller->stop();
    m_experiments->cancel();
    m_speedup->cancel();
}


void MainWindow::scenarioChosen(const Scenario *scenario)
{
    m_controls->setScenario(scenario);
    m_trialsControls->setScenario(scenario);
    m_trialsBox->setVisible(scenario && !scenario->outcomeKeys().isEmpty());
    m_speedup->setScenario(scenario);
    updateTabs();
    showListing();
}

// The listing of the settings on the left, until a run puts its own on screen.
void MainWindow::showListing()
{
    const Scenario *scenario = m_controls->scenario();
    if (m_controller->isRunning() || !scenario)
        return;
    m_source->setListing(scenario->renderedListing(m_controls->variant(), m_controls->params()));
    m_lesson->setScenario(scenario, m_controls->variant(), m_controls->params());
    m_sourceTitle->setText(QStringLiteral("<b>%1</b>").arg(
        tr("Program: %1").arg(QCoreApplication::translate("Scenario", scenario->info().title)).toHtmlEscaped()));
}

void MainWindow::startRun()
{
    const Scenario *scenario = m_controls->scenario();
    if (!scenario || m_controller->isRunning())
        return;
    if (m_speedup->isBusy()) { // its timings would be disturbed
        statusBar()->showMessage(tr("A workers sweep is running: cancel it first."), 5000);
        return;
    }
    m_stopped = false;
    const QVariantMap params = m_controls->params();
    GateSettings gate;
    gate.mode = m_controls->mode();
    gate.seed = params.value(QStringLiteral("seed"), 1).toULongLong();
    m_tabs->setCurrentIndex(0);
    m_controller->start(*scenario, m_controls->variant(), params, gate);
}

void MainWindow::runTrials(int trials)
{
    const Scenario *scenario = m_controls->scenario();
    if (!scenario || scenario->outcomeKeys().isEmpty())
        return;
    m_tabs->setCurrentWidget(m_experiments->trialsView());
    m_experiments->runTrials(*scenario, m_controls->variant(), m_controls->params(), trials);
}

void MainWindow::sweepGap()
{
    const Scenario *scenario = m_controls->scenario();
    if (!scenario || !scenario->param(QStringLiteral("gap")) || scenario->outcomeKeys().isEmpty())
        return;
    m_tabs->setCurrentWidget(m_experiments->sweepView());
    m_experiments->runSweep(*scenario, m_controls->variant(), m_controls->params(), kSweepRunsPerGap);
}

void MainWindow::sweepWorkers()
{
    const Scenario *scenario = m_controls->scenario();
    if (!scenario || !canSweep(*scenario) || m_controller->isRunning())
        return;
    m_tabs->setCurrentWidget(m_speedup->view());
    m_speedup->start(*scenario, m_controls->variant(), m_controls->params());
}

void MainWindow::stopRun()
{
    m_speedup->cancel(); // a workers sweep stops too: its run in progress is told at once
    m_controller->stop(); // joins everything; takes as long as the slowest wake-up, no more
}

void MainWindow::runOrPause()
{
    if (!m_controller->isRunning())
        startRun();
    else
        m_controller->setPaused(!m_controller->isPaused());
}

void MainWindow::pausedChanged(bool paused)
{
    m_controls->setPaused(paused);
    m_runAction->setText(paused ? tr("&Resume") : tr("&Pause"));
    if (paused)
        statusBar()->showMessage(tr("Paused: every lane holds at its next step and the clock stands still. "
                                    "Space resumes."));
    else if (m_controller->isRunning())
        statusBar()->showMessage(tr("Running %1 …").arg(RunSummary::scenarioTitle(*m_controller->trace())));
}

void MainWindow::updateTabs()
{
    const Scenario *scenario = m_controls->scenario();
    const bool experiments = m_trialsBox->isVisibleTo(this);
    m_tabs->setTabVisible(1, experiments);
    m_tabs->setTabVisible(2, experiments && scenario && scenario->param(QStringLiteral("gap")));
    m_tabs->setTabVisible(m_tabs->indexOf(m_compare), !m_compare->isEmpty() || m_compareSession->isActive());
    m_tabs->setTabVisible(m_tabs->indexOf(m_speedup->view()), scenario && canSweep(*scenario));
    int visible = 0;
    for (int i = 0; i < m_tabs->count(); ++i)
        visible += m_tabs->isTabVisible(i) ? 1 : 0;
    m_tabs->tabBar()->setVisible(visible > 1); // a lone tab is no choice
    if (!m_tabs->isTabVisible(m_tabs->currentIndex()))
        m_tabs->setCurrentIndex(0);
}

void MainWindow::compareVariants()
{
    const Scenario *scenario = m_controls->scenario();
    if (!scenario || m_controller->isRunning())
        return;
    m_tabs->setCurrentIndex(0);
    m_compareSession->start(*scenario, m_controls->params());
    updateTabs();
}

void MainWindow::compareWithFile()
{
    const Trace *current = m_controller->trace();
    if (!current || m_controller->isRunning())
        return;
    std::unique_ptr<Trace> other = m_files->askAndRead(tr("Compare With Saved Run"));
    if (other)
        m_compareSession->compare(*current, std::move(other));
}

void MainWindow::comparisonShown()
{
    updateTabs();
    m_tabs->setCurrentWidget(m_compare);
    m_compare->setFocus();
    const QStringList lines = m_compare->picture().titleLines();
    statusBar()->showMessage(lines.value(1));
}

void MainWindow::zoomView(int direction)
{
    if (m_tabs->currentWidget() == m_compare) {
        direction > 0 ? m_compare->zoomIn() : direction < 0 ? m_compare->zoomOut() : m_compare->fit();
        return;
    }
    direction > 0 ? m_timeline->zoomIn() : direction < 0 ? m_timeline->zoomOut() : m_timeline->fit();
}

void MainWindow::runStarted()
{
    const Trace *trace = m_controller->trace();
    const Scenario *scenario = m_controller->scenario();
    const QString listing = scenario->renderedListing(trace->variant, trace->parameters);
    m_source->setListing(listing);
    m_stepDriver->runStarted(listing, trace->parameters, scenario->steppableLanes(trace->parameters) > 0);
    m_console->clearOutput();
    // The timeline takes the new trace first: the one it showed may be gone already, and
    // what follows makes it lay itself out again.
    m_timeline->setCaptionTarget(m_controller->editableTrace());
    m_timeline->setTrace(trace, m_controller->expectedNs());
    m_replay->setSource(nullptr);
    m_replayBar->hide();
    m_timeline->setPlayHead(-1);
    m_timeline->setLive(true);
    m_legend->setTrace(trace);
    m_lesson->runStarted();
    m_controls->setRunning(true);
    m_trialsControls->setEnabled(false);
    m_speedup->setEnabled(false);
    keepKeysForTheWindow();
    setWindowTitle(tr("Concurrency Lab — %1").arg(RunSummary::scenarioTitle(*trace)) + QStringLiteral("[*]"));
    setWindowModified(false);
    statusBar()->showMessage(tr("Running %1 — %2 …").arg(RunSummary::scenarioTitle(*trace), RunSummary::variantTitle(*trace)));
    m_resultsThrottle.invalidate();
    updateActions();
}

bool MainWindow::openFile(const QString &path)
{
    return m_files->openFile(path);
}

void MainWindow::showSaved(Trace &&trace, const QString &path)
{
    m_controller->show(std::make_unique<Trace>(std::move(trace)));
    runOpened(path, {});
}

// A run from a file: the window shows it as if it had just finished here. If it is one of our
// scenarios, the settings on the left become the run's own, so Run runs it again live.
void MainWindow::runShown()
{
    const Trace *trace = m_controller->trace();
    m_timeline->setCaptionTarget(m_controller->editableTrace());
    m_timeline->setTrace(trace);
    m_timeline->setLive(false);
    setWindowModified(false);
    m_legend->setTrace(trace);
    m_console->clearOutput();
    const Scenario *scenario = m_controller->scenario();
    if (scenario && m_scenarios->select(trace->scenario)) {
        m_controls->setVariant(trace->variant);
        for (auto it = trace->parameters.cbegin(); it != trace->parameters.cend(); ++it)
            m_controls->setParam(it.key(), it.value());
        const QString listing = scenario->renderedListing(trace->variant, trace->parameters);
        m_source->setListing(listing);
        m_stepDriver->runStarted(listing, trace->parameters, scenario->steppableLanes(trace->parameters) > 0);
    } else {
        m_stepDriver->runStarted({}, {}, false);
    }
    m_tabs->setCurrentIndex(0);
    m_stopped = false;
    runUpdated();
    updateResults();
    updateActions();
    // An opened run plays back as a finished one does.
    m_replay->setSource(trace);
    m_timeline->setTrace(&m_replay->trace());
    m_replayBar->show();
}

void MainWindow::runOpened(const QString &path, const QString &notes)
{
    setWindowTitle(tr("Concurrency Lab — %1").arg(QFileInfo(path).fileName()) + QStringLiteral("[*]"));
    QString message = tr("Opened %1").arg(QDir::toNativeSeparators(path));
    if (!notes.isEmpty())
        message += QStringLiteral(" — ") + notes;
    statusBar()->showMessage(message);
}

void MainWindow::runUpdated()
{
    const Trace *trace = m_controller->trace();
    if (!trace)
        return;
    m_timeline->setNow(m_controller->now());
    m_timeline->traceUpdated();
    m_legend->traceUpdated();
    m_console->showOutput(*trace);
    updateLaneLines();
    m_stepDriver->refresh();
    // Rich text is not free: a few refreshes a second are plenty for figures.
    if (!m_resultsThrottle.isValid() || m_resultsThrottle.elapsed() > 200) {
        updateResults();
        m_resultsThrottle.restart();
    }
}

void MainWindow::runEnded(bool stopped)
{
    m_stopped = stopped;
    const Trace *trace = m_controller->trace();
    m_timeline->setLive(false);
    m_controls->setRunning(false);
    m_trialsControls->setEnabled(true);
    m_speedup->setEnabled(true);
    keepKeysForTheWindow();
    runUpdated();
    updateResults();
    updateActions();
    m_lesson->runFinished(*m_controller->scenario(), *trace, stopped);
    // The run on screen can now be played back; the timeline shows the replay's copy of it,
    // which is the whole run until the play head moves.
    m_replay->setSource(trace);
    m_timeline->setTrace(&m_replay->trace());
    m_replayBar->show();
    statusBar()->showMessage(stopped ? tr("Stopped.") : tr("Finished: %1").arg(RunSummary::measuredText(*trace)));
    emit runFinished();
}

// Digits, Space and Ctrl+Z are the window's keys while a run is on screen. Disabling the run's
// buttons hands the focus to the next widget, which may be an editor that would take them.
void MainWindow::keepKeysForTheWindow()
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus || !focus->isEnabled() || qobject_cast<QAbstractSpinBox *>(focus))
        m_timeline->setFocus();
}

void MainWindow::updateLaneLines()
{
    const Trace *trace = m_controller->trace();
    // A lane the gate holds is about to take its next line: that line is the one to show.
    QHash<int, int> pending;
    for (const StepGate::LaneView &v : m_controller->lanesAtGate()) {
        if (v.phase == StepGate::Phase::Parked && v.line > 0)
            pending.insert(v.lane, v.line);
    }
    std::vector<SourcePanel::LaneLine> lines;
    for (const Lane &lane : trace->lanes())
        lines.push_back({lane.id, lane.name, pending.value(lane.id, TraceQuery::currentLine(*trace, lane.id))});
    m_source->setLaneLines(lines);
}

void MainWindow::updateResults()
{
    const ResultPanel::Status status = m_controller->isRunning() ? ResultPanel::Status::Running
                                       : m_stopped               ? ResultPanel::Status::Stopped
                                                                 : ResultPanel::Status::Finished;
    m_results->showTrace(m_controller->trace(), status, m_controller->now());
}

void MainWindow::updateActions()
{
    const bool running = m_controller->isRunning();
    const bool haveTrace = m_controller->trace() && !running;
    for (QAction *a : std::as_const(m_traceActions))
        a->setEnabled(haveTrace);
    m_scenarios->setEnabled(!running); // the listing and controls stay those of the run on screen
    m_runAction->setText(running ? tr("&Pause") : tr("&Run"));
    m_stopAction->setEnabled(running || m_speedup->isBusy());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_controller->stop();
    m_experiments->cancel();
    m_speedup->cancel();
    event->accept();
}

} // namespace conlab
