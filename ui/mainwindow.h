#pragma once

#include <QElapsedTimer>
#include <QMainWindow>

class QAction;
class QLabel;

namespace conlab {

class LegendBar;
class OutputConsole;
class ResultPanel;
class RunControls;
class RunController;
class Scenario;
class ScenarioList;
class SourcePanel;
class TimelineView;

// The classroom window: scenarios and run settings on the left, the live timeline in the
// middle with the output and results below it, the listing on the right.
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

    void startRun();
    void stopRun();

signals:
    void runFinished();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildLeft();
    QWidget *buildCentre();
    QWidget *buildRight();
    void buildMenus();
    QAction *addAction(QMenu *menu, const QString &text, const QKeySequence &key, void (MainWindow::*slot)());
    void scenarioChosen(const Scenario *scenario);
    void runStarted();
    void runUpdated();
    void runEnded(bool stopped);
    void updateLaneLines();
    void updateResults();
    void updateActions();
    void runOrPause();
    void saveRun();
    void exportRun();
    void copyImage();
    void showKeys();
    void quit();
    QString suggestedName(const QString &extension) const;

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
    QAction *m_runAction = nullptr;
    QAction *m_stopAction = nullptr;
    QList<QAction *> m_traceActions; // need a run to act on
    QElapsedTimer m_resultsThrottle;
    bool m_stopped = false;
};

} // namespace conlab
