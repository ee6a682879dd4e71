#pragma once

#include <QElapsedTimer>
#include <QMainWindow>

class QAction;
class QLabel;
class QTabWidget;

namespace conlab {

class CompareSession;
class CompareView;
class Experiments;
class LegendBar;
class LessonPanel;
class OutputConsole;
class Presentation;
class Replay;
class ReplayBar;
class ResultPanel;
class RunControls;
class RunController;
class RunFiles;
class Scenario;
class Trace;
class ScenarioList;
class SourcePanel;
class SpeedupSweep;
class StepDriver;
class StepPanel;
class TimelineView;
class TrialsControls;

// The classroom window: scenarios, run settings and many-run experiments on the left; in the
// middle the live timeline (with the step panel above it), the trials and the gap sweep as
// tabs, the output and results below; the listing on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ScenarioList *scenarioList() const { return m_scenarios; }
    RunControls *runControls() const { return m_controls; }
    TimelineView *timeline() const { return m_timeline; }
    SourcePanel *sourcePanel() const { return m_source; }
    OutputConsole *console() const { return m_console; }
    ResultPanel *resultPanel() const { return m_results; }
    RunController *controller() const { return m_controller; }
    StepPanel *stepPanel() const { return m_stepPanel; }
    StepDriver *stepDriver() const { return m_stepDriver; }
    TrialsControls *trialsControls() const { return m_trialsControls; }
    Experiments *experiments() const { return m_experiments; }
    SpeedupSweep *speedupSweep() const { return m_speedup; }
    QTabWidget *tabs() const { return m_tabs; }
    Presentation *presentation() const { return m_presentation; }
    Replay *replay() const { return m_replay; }
    LessonPanel *lessonPanel() const { return m_lesson; }
    CompareView *compareView() const { return m_compare; }
    CompareSession *compareSession() const { return m_compareSession; }

    // A saved run (or another tool's trace) on screen, as File ▸ Open puts it there.
    bool openFile(const QString &path);
    void showSaved(Trace &&trace, const QString &path);

    void startRun();
    void stopRun();
    // Space: run when idle; while running, pause or resume.
    void runOrPause();
    void runTrials(int trials);
    // Every variant with the settings on the left, one after the other, then stacked.
    void compareVariants();
    // The run on screen against a saved one the user picks.
    void compareWithFile();
    void sweepGap();
    void sweepWorkers();

signals:
    void runFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *buildLeft();
    QWidget *buildCentre();
    QWidget *buildRight();
    QWidget *buildTimelinePage();
    void buildMenus();
    void buildChoiceKeys(QMenu *run);
    void buildSpeedKeys(QMenu *run);
    void buildPredictKeys(QMenu *view);
    void buildStepKeys(QMenu *run);
    void showListing();
    QAction *addAction(QMenu *menu, const QString &text, const QKeySequence &key, void (MainWindow::*slot)());
    void scenarioChosen(const Scenario *scenario);
    void showAbout();
    void togglePresentation();
    void runStarted();
    void runShown();
    void runOpened(const QString &path, const QString &notes);
    void runUpdated();
    void runEnded(bool stopped);
    void keepKeysForTheWindow();
    void updateLaneLines();
    void updateResults();
    void updateActions();
    void updateTabs();
    void comparisonShown();
    // The View menu's zoom acts on whichever picture is on screen.
    void zoomView(int direction);
    void pausedChanged(bool paused);
    void openRun();
    void saveRun();
    void exportRun();
    void copyImage();
    void showKeys();
    void quit();

    RunController *m_controller;
    ScenarioList *m_scenarios = nullptr;
    RunControls *m_controls = nullptr;
    TimelineView *m_timeline = nullptr;
    LegendBar *m_legend = nullptr;
    QLabel *m_details = nullptr;
    SourcePanel *m_source = nullptr;
    QLabel *m_sourceTitle = nullptr;
    OutputConsole *m_console = nullptr;
    ResultPanel *m_results = nullptr;
    LessonPanel *m_lesson = nullptr;
    QTabWidget *m_tabs = nullptr;
    StepPanel *m_stepPanel = nullptr;
    StepDriver *m_stepDriver = nullptr;
    QWidget *m_trialsBox = nullptr;
    TrialsControls *m_trialsControls = nullptr;
    Experiments *m_experiments = nullptr;
    CompareView *m_compare = nullptr;
    CompareSession *m_compareSession = nullptr;
    SpeedupSweep *m_speedup = nullptr;
    RunFiles *m_files = nullptr;
    Presentation *m_presentation = nullptr;
    Replay *m_replay = nullptr;
    ReplayBar *m_replayBar = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_undoAction = nullptr;
    QList<QAction *> m_stepActions;
    QList<QAction *> m_traceActions; // need a run to act on
    QElapsedTimer m_resultsThrottle;
    bool m_stopped = false;
};

} // namespace conlab
