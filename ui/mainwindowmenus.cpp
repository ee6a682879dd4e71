// The window's menus, keys and file commands (the rest is in mainwindow.cpp).
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

#include <functional>

namespace conlab {

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
    buildChoiceKeys(run);
    buildSpeedKeys(run);
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
    buildPredictKeys(view);
    addLanguageMenu(view);

    QAction *next = view->addAction(tr("Replay: &Next Event"));
    next->setShortcut(QKeySequence(Qt::Key_Period));
    connect(next, &QAction::triggered, m_replay, &Replay::nextEvent);
    QAction *previous = view->addAction(tr("Replay: &Previous Event"));
    previous->setShortcut(QKeySequence(Qt::Key_Comma));
    connect(previous, &QAction::triggered, m_replay, &Replay::previousEvent);
    QAction *play = view->addAction(tr("Replay: P&lay / Pause"));
    play->setShortcut(QKeySequence(Qt::Key_P));
    connect(play, &QAction::triggered, m_replay, [this] { m_replay->playing() ? m_replay->pause() : m_replay->play(); });
    for (QAction *a : {next, previous, play}) {
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

// V / Shift+V and Ctrl+PgDown / Ctrl+PgUp: the next or previous variant and scenario, so a
// lesson's comparison (sequential, then parallel) needs no mouse and no hunt for the focus.
void MainWindow::buildChoiceKeys(QMenu *run)
{
    const struct
    {
        QString text;
        QKeySequence key;
        std::function<void()> act;
    } choices[] = {
        {tr("&Next Variant"), QKeySequence(Qt::Key_V), [this] { m_controls->stepVariant(1); }},
        {tr("&Previous Variant"), QKeySequence(Qt::SHIFT | Qt::Key_V), [this] { m_controls->stepVariant(-1); }},
        {tr("Next Sc&enario"), QKeySequence(Qt::CTRL | Qt::Key_PageDown),
         [this] { if (!m_controller->isRunning()) m_scenarios->stepScenario(1); }},
        {tr("Previous Scenari&o"), QKeySequence(Qt::CTRL | Qt::Key_PageUp),
         [this] { if (!m_controller->isRunning()) m_scenarios->stepScenario(-1); }},
    };
    for (const auto &c : choices) {
        QAction *a = run->addAction(c.text);
        a->setShortcut(c.key);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, c.act);
        QMainWindow::addAction(a);
    }
}

// [ and ] slow the next run down for the class, or speed it up, through the speeds a class
// can follow; the presentation bar's speed box shows the same value.
void MainWindow::buildSpeedKeys(QMenu *run)
{
    const auto change = [this](int direction) {
        const QVariant unit = m_controls->params().value(QStringLiteral("unit-ms"));
        if (!unit.isValid() || m_controller->isRunning())
            return;
        static constexpr int kLadder[] = {50, 100, 200, 300, 500, 750, 1000, 1500, 2000};
        const int now = unit.toInt();
        int next = now;
        if (direction > 0) {
            for (int ms : kLadder)
                if (ms > now) {
                    next = ms;
                    break;
                }
        } else {
            for (int ms : kLadder)
                if (ms < now)
                    next = ms;
        }
        if (next != now && m_controls->setParam(QStringLiteral("unit-ms"), next))
            statusBar()->showMessage(tr("Speed: %1 ms per unit").arg(next), 5000);
    };
    QAction *slower = run->addAction(tr("S&lower"));
    slower->setShortcut(QKeySequence(Qt::Key_BracketLeft));
    connect(slower, &QAction::triggered, this, [change] { change(1); });
    QAction *faster = run->addAction(tr("F&aster"));
    faster->setShortcut(QKeySequence(Qt::Key_BracketRight));
    connect(faster, &QAction::triggered, this, [change] { change(-1); });
    for (QAction *a : {slower, faster}) {
        a->setShortcutContext(Qt::WindowShortcut);
        QMainWindow::addAction(a);
    }
}

// A, B, C, D choose the class's prediction before a run, so the question can be answered
// from the keyboard like everything else.
void MainWindow::buildPredictKeys(QMenu *view)
{
    QMenu *predict = view->addMenu(tr("Prediction"));
    for (int i = 0; i < 4; ++i) {
        const QChar letter(u'A' + i);
        QAction *a = predict->addAction(tr("Choose %1").arg(letter));
        a->setShortcut(QKeySequence(QString(letter)));
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, [this, i, letter] {
            if (!m_lesson->choose(i))
                statusBar()->showMessage(tr("There is no choice %1 to make now.").arg(letter), 5000);
        });
        QMainWindow::addAction(a);
    }
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
           "<tr><td><b>V / Shift+V</b></td><td>next / previous variant</td></tr>"
           "<tr><td><b>Ctrl+PgDown / Ctrl+PgUp</b></td><td>next / previous scenario</td></tr>"
           "<tr><td><b>[ / ]</b></td><td>slower / faster: a longer or shorter unit for the next run</td></tr>"
           "<tr><td><b>A – D</b></td><td>choose the prediction before a run</td></tr>"
           "<tr><td><b>P</b></td><td>replay a finished run: play / pause</td></tr>"
           "<tr><td><b>. / ,</b></td><td>replay a finished run: next / previous event</td></tr>"
           "<tr><td><b>F11 / Esc</b></td><td>presentation mode / leave it</td></tr>"
           "<tr><td><b>+ / − / Ctrl+wheel</b></td><td>zoom</td></tr>"
           "<tr><td><b>Shift+drag</b></td><td>zoom to a stretch of time</td></tr>"
           "<tr><td><b>F</b></td><td>fit the whole run (and follow it while it runs)</td></tr>"
           "<tr><td><b>drag / wheel / ← →</b></td><td>pan</td></tr>"
           "<tr><td><b>wheel over the lane names</b></td><td>scroll the lanes</td></tr>"
           "<tr><td><b>click</b></td><td>select a span and show its details</td></tr>"
           "<tr><td><b>click ▾ by a lane</b></td><td>fold the lane and what belongs to it</td></tr>"
           "<tr><td><b>double-click a lane</b></td><td>pin a caption there; double-click a caption to edit "
           "it, right-click it to remove it</td></tr>"
           "<tr><td><b>Ctrl+O</b></td><td>open a saved run or a Chrome trace (or drop the file on the "
           "window)</td></tr>"
           "<tr><td><b>Ctrl+S / Ctrl+E</b></td><td>save the run / export it</td></tr>"
           "<tr><td><b>Ctrl+Shift+C</b></td><td>copy the timeline as a picture</td></tr>"
           "<tr><td><b>Ctrl+Q</b></td><td>quit</td></tr>"
           "</table>"));
}

} // namespace conlab
