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

QWidget *titled(const QString &title, QWidget *content, QLabel **titleLabel = nullptr)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), box);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    if (titleLabel)
        *titleLabel = label;
    return box;
}
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

QWidget *MainWindow::buildLeft()
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scenarios = new ScenarioList;
    layout->addWidget(titled(tr("Scenarios"), m_scenarios), 1);
    m_controls = new RunControls;
    layout->addWidget(titled(tr("Run"), m_controls));
    m_trialsControls = new TrialsControls;
    m_trialsBox = titled(tr("Many Runs"), m_trialsControls);
    layout->addWidget(m_trialsBox);
    layout->addWidget(m_speedup->controls());
    box->setMinimumWidth(240);
    return box;
}

QWidget *MainWindow::buildTimelinePage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(4);
    m_stepPanel = new StepPanel;
    m_stepPanel->hide();
    m_stepDriver = new StepDriver(m_controller, m_stepPanel, this);
    m_legend = new LegendBar;
    m_timeline = new TimelineView;
    m_details = new QLabel;
    m_details->setForegroundRole(QPalette::PlaceholderText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_stepPanel);
    layout->addWidget(m_legend);
    layout->addWidget(m_timeline, 1);
    m_replay = new Replay(this);
    m_replayBar = new ReplayBar(m_replay);
    m_replayBar->hide();
    layout->addWidget(m_replayBar);
    layout->addWidget(m_details);
    connect(m_replay, &Replay::changed, this, [this] {
        m_timeline->setPlayHead(m_replay->atEnd() ? -1 : m_replay->playHead());
    });
    connect(m_timeline, &TimelineView::selectionChanged, this, [this](const QString &text) {
        m_details->setText(text.isEmpty() ? tr("Click a span for its details. Drag or wheel to pan, Ctrl+wheel or "
                                               "+/− to zoom, Shift+drag to zoom to a stretch, F to fit.")
                                          : text);
    });
    emit m_timeline->selectionChanged({});
    return page;
}

QWidget *MainWindow::buildCentre()
{
    auto *top = new QWidget;
    auto *layout = new QVBoxLayout(top);
    layout->setContentsMargins(6, 6, 6, 0);
    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildTimelinePage(), tr("Timeline"));
    m_tabs->addTab(m_experiments->trialsView(), tr("Trials"));
    m_tabs->addTab(m_experiments->sweepView(), tr("Gap Sweep"));
    m_compare = new CompareView;
    m_tabs->addTab(m_compare, tr("Compare"));
    m_tabs->addTab(m_speedup->view(), tr("Speed-up"));
    layout->addWidget(m_tabs);

    m_console = new OutputConsole;
    m_results = new ResultPanel;
    m_lesson = new LessonPanel;
    auto *bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(titled(tr("Output"), m_console));
    bottom->addWidget(titled(tr("Results"), m_results));
    bottom->addWidget(titled(tr("Lesson"), m_lesson));
    bottom->setSizes({450, 350, 450});
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({700, 260});
    split->setChildrenCollapsible(false);
    return split;
}

QWidget *MainWindow::buildRight()
{
    m_source = new SourcePanel;
    QWidget *box = titled(tr("Program"), m_source, &m_sourceTitle);
    box->setMinimumWidth(320);
    return box;
}

QAction *MainWindow::addAction(QMenu *menu, const QString &text, const QKeySequence &key, void (MainWindow::*slot)())
{
    QAction *action = menu->addAction(text);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, slot);
    QMainWindow::addAction(action); // shortcuts work with the menu bar hidden too
    return action;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    addAction(file, tr("&Open…"), QKeySequence::Open, &MainWindow::openRun);
    m_traceActions << addAction(file, tr("&Save Run…"), QKeySequence::Save, &MainWindow::saveRun);
    m_traceActions << addAction(file, tr("&Export…"), QKeySequence(tr("Ctrl+E")), &MainWindow::exportRun);
    m_traceActions << addAction(file, tr("&Copy Image"), QKeySequence(tr("Ctrl+Shift+C")), &MainWindow::copyImage);
    file->addSeparator();
    m_traceActions << addAction(file, tr("Compare &With Saved Run…"), {}, &MainWindow::compareWithFile);
    file->addSeparator();
    addAction(file, tr("&Quit"), QKeySequence(tr("Ctrl+Q")), &MainWindow::quit);

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    m_runAction = addAction(run, tr("&Run"), QKeySequence(Qt::Key_Space), &MainWindow::runOrPause);
    m_stopAction = addAction(run, tr("&Stop"), QKeySequence(tr("Shift+Space")), &MainWindow::stopRun);
    run->addSeparator();
    buildStepKeys(run);
    run->addSeparator();
    QAction *trials = run->addAction(tr("&Trials"));
    connect(trials, &QAction::triggered, this, [this] { runTrials(m_trialsControls->trials()); });
    QAction *sweep = run->addAction(tr("Sweep &Gap"));
    connect(sweep, &QAction::triggered, this, &MainWindow::sweepGap);
    addAction(run, tr("&Compare Variants"), {}, &MainWindow::compareVariants);
    connect(run->addAction(tr("Sweep &Workers")), &QAction::triggered, this, &MainWindow::sweepWorkers);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    connect(view->addAction(tr("Zoom &In")), &QAction::triggered, this, [this] { zoomView(1); });
    connect(view->addAction(tr("Zoom &Out")), &QAction::triggered, this, [this] { zoomView(-1); });
    connect(view->addAction(tr("&Fit")), &QAction::triggered, this, [this] { zoomView(0); });
    const QKeySequence keys[] = {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Minus), QKeySequence(Qt::Key_F)};
    for (int i = 0; i < 3; ++i) {
        QAction *a = view->actions().at(i);
        a->setShortcut(keys[i]);
        QMainWindow::addAction(a);
    }
    view->addSeparator();
    view->addAction(m_lesson->predictAction());
    addLanguageMenu(view);

    QAction *next = view->addAction(tr("Replay: &Next Event"));
    next->setShortcut(QKeySequence(Qt::Key_Period));
    connect(next, &QAction::triggered, m_replay, &Replay::nextEvent);
    QAction *previous = view->addAction(tr("Replay: &Previous Event"));
    previous->setShortcut(QKeySequence(Qt::Key_Comma));
    connect(previous, &QAction::triggered, m_replay, &Replay::previousEvent);
    for (QAction *a : {next, previous}) {
        a->setShortcutContext(Qt::WindowShortcut);
        QMainWindow::addAction(a);
    }

    QMenu *theme = view->addMenu(tr("&Theme"));
    auto *themes = new QActionGroup(theme);
    for (AppTheme::Choice choice : {AppTheme::System, AppTheme::Light, AppTheme::Dark}) {
        QAction *a = theme->addAction(AppTheme::title(choice));
        a->setCheckable(true);
        a->setChecked(AppTheme::choice() == choice);
        themes->addAction(a);
        connect(a, &QAction::triggered, this, [choice] { AppTheme::apply(choice); });
    }
    connect(theme, &QMenu::aboutToShow, this, [themes] {
        themes->actions().at(int(AppTheme::choice()))->setChecked(true);
    });

    m_presentation = new Presentation(this);
    QAction *present = addAction(view, tr("&Presentation Mode"), QKeySequence(Qt::Key_F11), &MainWindow::togglePresentation);
    present->setCheckable(true);
    connect(m_presentation, &Presentation::changed, present, &QAction::setChecked);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    addAction(help, tr("&Keys and Mouse"), QKeySequence::HelpContents, &MainWindow::showKeys);
    addAction(help, tr("&About Concurrency Lab"), QKeySequence(), &MainWindow::showAbout);
}

void MainWindow::togglePresentation()
{
    m_presentation->toggle();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Concurrency Lab"),
        tr("<h3>Concurrency Lab %1</h3>"
           "<p>Teaches concurrency by running it for real: processes, threads, locks, thread pools "
           "and coroutines, recorded as they happen and drawn as timelines.</p>"
           "<p>Free software under the GNU General Public License, version 3 or any later version. "
           "It comes with no warranty.</p>"
           "<p>Qt %2</p>")
            .arg(QStringLiteral(CONLAB_VERSION), QString::fromLatin1(qVersion())));
}

// 1–9 step that lane; the keypad's digits too. Window-wide, so they work wherever the focus is
// (an editor that takes digits keeps them: it claims them before shortcuts are looked at).
void MainWindow::buildStepKeys(QMenu *run)
{
    m_undoAction = run->addAction(tr("&Undo Step"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_undoAction, &QAction::triggered, m_stepDriver, &StepDriver::undo);
    QMainWindow::addAction(m_undoAction);
    for (int n = 1; n <= 9; ++n) {
        auto *action = new QAction(tr("Step Thread %1").arg(n), this);
        action->setShortcuts({QKeySequence(Qt::Key_0 + n), QKeySequence(Qt::KeypadModifier | (Qt::Key_0 + n))});
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, m_stepDriver, [this, n] { m_stepDriver->step(n); });
        QMainWindow::addAction(action);
        m_stepActions << action;
    }
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
    setWindowTitle(tr("Concurrency Lab — %1").arg(RunSummary::scenarioTitle(*trace)));
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
    m_timeline->setTrace(trace);
    m_timeline->setLive(false);
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
    setWindowTitle(tr("Concurrency Lab — %1").arg(QFileInfo(path).fileName()));
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

void MainWindow::quit()
{
    close();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && !RunFiles::droppedFile(event->mimeData()->urls()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = RunFiles::droppedFile(event->mimeData()->urls());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop has returned: a message box inside the drop would hold the dragging app.
    QMetaObject::invokeMethod(this, [this, path] { m_files->openFile(path); }, Qt::QueuedConnection);
}

void MainWindow::openRun()
{
    m_files->open();
}

void MainWindow::saveRun()
{
    m_files->save();
}

// On the Compare tab, Export and Copy Image take the comparison on screen.
void MainWindow::exportRun()
{
    if (m_tabs->currentWidget() == m_compare && !m_compare->isEmpty())
        m_files->exportComparison(m_compare->runs());
    else
        m_files->exportPicture();
}

void MainWindow::copyImage()
{
    if (m_tabs->currentWidget() == m_compare && !m_compare->isEmpty())
        m_files->copyComparison(m_compare->runs());
    else
        m_files->copyImage();
}

void MainWindow::showKeys()
{
    QMessageBox::information(
        this, tr("Keys and Mouse"),
        tr("<table cellpadding=3>"
           "<tr><td><b>Space</b></td><td>run; while running, pause and resume</td></tr>"
           "<tr><td><b>Shift+Space</b></td><td>stop</td></tr>"
           "<tr><td><b>1 – 9</b></td><td>Step mode: that thread takes one step</td></tr>"
           "<tr><td><b>Ctrl+Z</b></td><td>Step mode: take back the last step</td></tr>"
           "<tr><td><b>. / ,</b></td><td>replay a finished run: next / previous event</td></tr>"
           "<tr><td><b>F11 / Esc</b></td><td>presentation mode / leave it</td></tr>"
           "<tr><td><b>+ / − / Ctrl+wheel</b></td><td>zoom</td></tr>"
           "<tr><td><b>Shift+drag</b></td><td>zoom to a stretch of time</td></tr>"
           "<tr><td><b>F</b></td><td>fit the whole run (and follow it while it runs)</td></tr>"
           "<tr><td><b>drag / wheel / ← →</b></td><td>pan</td></tr>"
           "<tr><td><b>wheel over the lane names</b></td><td>scroll the lanes</td></tr>"
           "<tr><td><b>click</b></td><td>select a span and show its details</td></tr>"
           "<tr><td><b>click ▾ by a lane</b></td><td>fold the lane and what belongs to it</td></tr>"
           "<tr><td><b>Ctrl+O</b></td><td>open a saved run or a Chrome trace (or drop the file on the "
           "window)</td></tr>"
           "<tr><td><b>Ctrl+S / Ctrl+E</b></td><td>save the run / export it</td></tr>"
           "<tr><td><b>Ctrl+Shift+C</b></td><td>copy the timeline as a picture</td></tr>"
           "<tr><td><b>Ctrl+Q</b></td><td>quit</td></tr>"
           "</table>"));
}

} // namespace conlab
