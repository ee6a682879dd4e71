// The window as a student drives it: stepping the race with the number keys, taking a step
// back with Ctrl+Z, pausing with Space, and the trials of both variants side by side.
#include "experiments.h"
#include "experimentview.h"
#include "histogrampainter.h"
#include "mainwindow.h"
#include "runcontroller.h"
#include "runcontrols.h"
#include "scenariolist.h"
#include "schedulestrip.h"
#include "stepdriver.h"
#include "steppanel.h"
#include "timelinetheme.h"
#include "trialsrunner.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTabWidget>
#include <QToolButton>
#include <QtTest>

using namespace conlab;

namespace {

constexpr int kTimeoutMs = 20000; // generous: sanitizer builds and busy machines

// What a student sees of a stepped run: the balance, what each lane does next, and every
// event so far per lane (times left out: a replay takes other times).
struct Seen
{
    double balance = 0;
    QStringList next;
    QMap<QString, QStringList> events;
    bool operator==(const Seen &) const = default;
};

QString eventText(const Trace &trace, const Event &e)
{
    return QStringLiteral("%1 %2 %3 %4 %5")
        .arg(int(e.type))
        .arg(e.type == EventType::State ? int(e.state) : -1)
        .arg(e.label >= 0 ? trace.label(e.label) : QString())
        .arg(e.aux)
        .arg(e.value);
}

Seen seen(MainWindow &w)
{
    Seen s;
    const Trace &trace = *w.controller()->trace();
    for (const Lane &lane : trace.lanes()) {
        QStringList &list = s.events[lane.name];
        for (const Event &e : trace.events(lane.id)) {
            list << eventText(trace, e);
            if (e.type == EventType::Counter)
                s.balance = e.value;
        }
    }
    for (const LaneStep &l : w.stepPanel()->lanes())
        s.next << StepPanel::laneText(l);
    return s;
}

} // namespace

class TestStepping : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;

    MainWindow &window()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        m_window->activateWindow();
        [&] { QVERIFY(QTest::qWaitForWindowActive(m_window.get())); }();
        return *m_window;
    }

    void chooseRace(MainWindow &w, const QString &variant, StepMode mode)
    {
        QVERIFY(w.scenarioList()->select(QStringLiteral("race")));
        QVERIFY(w.runControls()->setVariant(variant));
        QVERIFY(w.runControls()->setMode(mode));
    }

    // Every lane has arrived at its next step after `steps` steps (or the run is over).
    static bool settledAfter(MainWindow &w, size_t steps)
    {
        return w.stepDriver()->isSettled() && w.controller()->taken().size() == steps;
    }

    // The step keys are window shortcuts: they reach the window only while it is the active
    // one, so a key sent while something else has the activation is lost, not queued.
    static void stepKey(MainWindow &w, int number)
    {
        if (QApplication::activeWindow() != &w) {
            w.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&w));
        }
        QTest::keyClick(&w, Qt::Key(Qt::Key_0 + number));
    }

    void press(MainWindow &w, int number, size_t stepsAfter)
    {
        stepKey(w, number);
        QTRY_VERIFY_WITH_TIMEOUT(settledAfter(w, stepsAfter), kTimeoutMs);
    }

private slots:
    void cleanup() { m_window.reset(); }

    void keysStepTheRaceToMinus60()
    {
        MainWindow &w = window();
        chooseRace(w, QStringLiteral("no-lock"), StepMode::Step);
        QTest::keyClick(&w, Qt::Key_Space);
        QVERIFY(w.controller()->isRunning());
        QCOMPARE(w.controller()->mode(), StepMode::Step);
        QTRY_VERIFY_WITH_TIMEOUT(settledAfter(w, 0), kTimeoutMs);
        QVERIFY(w.stepPanel()->isVisible() && w.stepPanel()->isStepping());
        QCOMPARE(w.stepPanel()->lanes().size(), size_t(2));
        QCOMPARE(StepPanel::laneText(w.stepPanel()->lanes()[0]),
                 QStringLiteral("t1 next: if account.balance >= 80:   (balance = 100)"));

        const std::vector<int> schedule{1, 2, 1, 2};
        for (size_t i = 0; i < schedule.size(); ++i)
            press(w, schedule[i], i + 1);
        // Both passed the check before either subtracted: each will now take 80 from 100.
        for (const LaneStep &l : w.stepPanel()->lanes())
            QCOMPARE(StepPanel::laneText(l), l.name + QStringLiteral(" next: account.balance -= 80   (balance = 100)"));
        QCOMPARE(w.stepPanel()->strip()->schedule(), schedule);

        QSignalSpy finished(&w, &MainWindow::runFinished);
        for (int guard = 0; guard < 40 && w.controller()->isRunning(); ++guard) {
            const auto lanes = w.stepPanel()->lanes();
            const auto next = std::find_if(lanes.begin(), lanes.end(), [](const LaneStep &l) { return l.canStep; });
            if (next == lanes.end())
                break;
            const size_t before = w.controller()->taken().size();
            stepKey(w, next->number);
            QTRY_VERIFY_WITH_TIMEOUT(!w.controller()->isRunning() || settledAfter(w, before + 1), kTimeoutMs);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!w.controller()->isRunning(), kTimeoutMs);
        const Trace &trace = *w.controller()->trace();
        QCOMPARE(trace.results.value(QStringLiteral("final_balance")).toInt(), -60);
        QCOMPARE(trace.results.value(QStringLiteral("stale_checks")).toInt(), 1);
        const std::vector<int> taken(trace.schedule.begin(), trace.schedule.end());
        QCOMPARE(w.stepPanel()->strip()->schedule(), taken);
        QVERIFY(std::equal(schedule.begin(), schedule.end(), taken.begin()));
        // Copy gives the command line the same interleaving.
        const QString copied = w.stepDriver()->copySchedule();
        QCOMPARE(copied, QStringLiteral("--schedule ") + StepModel::scheduleText(taken));
        QVERIFY(copied.startsWith(QStringLiteral("--schedule 1,2,1,2,")));
        QCOMPARE(QGuiApplication::clipboard()->text(), copied);
        for (const LaneStep &l : w.stepPanel()->lanes())
            QCOMPARE(l.code, QStringLiteral("done"));
    }

    void undoGivesBackExactlyThePreviousState()
    {
        MainWindow &w = window();
        chooseRace(w, QStringLiteral("no-lock"), StepMode::Step);
        w.startRun();
        QTRY_VERIFY_WITH_TIMEOUT(settledAfter(w, 0), kTimeoutMs);
        const std::vector<int> schedule{1, 2, 1, 2};
        for (size_t i = 0; i < schedule.size(); ++i)
            press(w, schedule[i], i + 1);
        const Seen before = seen(w);
        press(w, 1, 5); // t1 subtracts: the balance is 20 now
        const Seen after = seen(w);
        QCOMPARE(after.balance, 20.0);
        QVERIFY(!(after == before));

        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(settledAfter(w, 4), kTimeoutMs);
        const Seen undone = seen(w);
        QCOMPARE(undone.balance, before.balance);
        QCOMPARE(undone.next, before.next);
        QCOMPARE(undone.events, before.events);
        QCOMPARE(w.stepPanel()->strip()->schedule(), schedule);

        // And on from there as if nothing had happened.
        press(w, 1, 5);
        QCOMPARE(seen(w), after);
        w.stopRun();
    }

    void lockedLaneCannotBeStepped()
    {
        MainWindow &w = window();
        chooseRace(w, QStringLiteral("lock"), StepMode::Step);
        w.startRun();
        QTRY_VERIFY_WITH_TIMEOUT(settledAfter(w, 0), kTimeoutMs);
        press(w, 1, 1); // t1 takes the lock
        press(w, 2, 2); // t2 tries it and waits
        const LaneStep t2 = w.stepPanel()->lanes()[1];
        QCOMPARE(t2.phase, StepGate::Phase::Blocked);
        QVERIFY(!t2.canStep);
        QVERIFY(!w.stepPanel()->stepButton(2)->isEnabled());
        QVERIFY(StepPanel::laneText(t2).contains(QStringLiteral("waiting for the lock")));
        QVERIFY(!w.stepDriver()->step(2));
        w.stopRun();
    }

    void pauseHoldsTheLanesAndResumeCompletes()
    {
        MainWindow &w = window();
        // Sixteen threads taking turns with the lock, each withdrawing 5 of 100 with 100 ms of
        // other work between its check and its act: 1.6 s in all. Without the lock (or with
        // withdrawals the balance refuses, which skip the work) all would be done 100 ms after
        // they start, which a window busy on a loaded machine may only see afterwards: the
        // pause must come while the lanes still have work to hold.
        chooseRace(w, QStringLiteral("lock"), StepMode::Free);
        QVERIFY(w.runControls()->setParam(QStringLiteral("workers"), 16));
        QVERIFY(w.runControls()->setParam(QStringLiteral("amount"), 5));
        QVERIFY(w.runControls()->setParam(QStringLiteral("gap"), 100000));
        QSignalSpy finished(&w, &MainWindow::runFinished);
        QTest::keyClick(&w, Qt::Key_Space);
        QVERIFY(w.controller()->isRunning());
        auto steps = [&w] {
            int n = 0;
            const Trace &trace = *w.controller()->trace();
            for (const Lane &lane : trace.lanes())
                n += int(std::count_if(trace.events(lane.id).begin(), trace.events(lane.id).end(),
                                       [](const Event &e) { return e.type == EventType::Step; }));
            return n;
        };
        QTRY_VERIFY_WITH_TIMEOUT(steps() >= 16, kTimeoutMs);
        QTest::keyClick(&w, Qt::Key_Space);
        QVERIFY(w.controller()->isPaused());
        // Pausing drains at once: every step taken so far is in the trace.
        const int held = steps();
        const qint64 clock = w.controller()->now();
        QTest::qWait(600); // longer than the 100 ms of work: unpaused, every lane would move on
        QCOMPARE(steps(), held);
        QVERIFY2(w.controller()->now() - clock < 20'000'000, "the run's clock stands still while paused");
        QVERIFY(w.controller()->isRunning());
        QCOMPARE(finished.count(), 0);

        QTest::keyClick(&w, Qt::Key_Space);
        QVERIFY(!w.controller()->isPaused());
        QVERIFY(finished.wait(kTimeoutMs));
        QVERIFY(steps() > held);
        QVERIFY(!w.controller()->trace()->results.contains(QStringLiteral("stopped")));
    }

    void stopWhilePausedIsPrompt()
    {
        MainWindow &w = window();
        chooseRace(w, QStringLiteral("lock"), StepMode::Chaos);
        QVERIFY(w.runControls()->setParam(QStringLiteral("gap"), 100000));
        w.startRun();
        w.runOrPause();
        QVERIFY(w.controller()->isPaused());
        QElapsedTimer clock;
        clock.start();
        w.stopRun();
        QVERIFY(clock.elapsed() < 2000);
        QVERIFY(!w.controller()->isRunning());
    }

    void trialsShowBothVariantsAndTheLockNeverGoesBelowZero()
    {
        MainWindow &w = window();
        chooseRace(w, QStringLiteral("no-lock"), StepMode::Free);
        QSignalSpy done(w.experiments(), &Experiments::trialsDone);
        w.runTrials(300);
        QCOMPARE(w.tabs()->currentWidget(), w.experiments()->trialsView());
        QVERIFY(done.wait(120000));
        const QList<TrialsSummary> &trials = w.experiments()->trials();
        QCOMPARE(trials.size(), 2);
        QCOMPARE(trials[0].variant, QStringLiteral("no-lock"));
        QCOMPARE(trials[1].variant, QStringLiteral("lock"));
        const QStringList keys{QStringLiteral("final_balance"), QStringLiteral("withdrawals_ok")};
        for (const TrialsSummary &s : trials)
            QCOMPARE(s.trials, 300);
        QVERIFY(HistogramPainter::lowest(trials[1], keys) >= 0);
        QCOMPARE(HistogramPainter::rightTrials(trials[1], keys), 300); // balance + paid out = 100 every time
        QVERIFY(HistogramPainter::lowest(trials[0], keys) < 0);        // chaos finds the race without the lock

        // Both histograms are on screen: a green bar on each side, an overdrawn bar on the left only
        // (text in the same colours never makes a solid block).
        const QImage shot = w.experiments()->trialsView()->canvas()->grab().toImage();
        const QRect left(0, 0, shot.width() / 2, shot.height()), right(shot.width() / 2, 0, shot.width() / 2, shot.height());
        auto hasBar = [&shot](const QRect &r, const QColor &c) {
            constexpr int k = 6;
            for (int y = r.top(); y + k <= r.bottom(); y += 2) {
                for (int x = r.left(); x + k <= r.right(); ++x) {
                    bool solid = true;
                    for (int dy = 0; dy < k && solid; ++dy)
                        for (int dx = 0; dx < 2 && solid; ++dx)
                            solid = shot.pixel(x + dx, y + dy) == c.rgb();
                    if (solid && shot.pixel(x + k, y) == c.rgb() && shot.pixel(x + k, y + k - 1) == c.rgb())
                        return true;
                }
            }
            return false;
        };
        QVERIFY(hasBar(left, TimelineTheme::correct()));
        QVERIFY(hasBar(right, TimelineTheme::correct()));
        QVERIFY(!hasBar(right, TimelineTheme::damage()));
        // A bar narrower than the probe is too small to find: only look for one of some width.
        const int overdrawn = 300 - HistogramPainter::rightTrials(trials[0], keys);
        if (overdrawn < 15)
            QSKIP("chaos found the race in fewer than 5 % of the trials: its bar is too thin to probe");
        if (!hasBar(left, TimelineTheme::damage()) || qEnvironmentVariableIsSet("CONLAB_SAVE_SHOTS")) {
            const QString file = QDir::temp().filePath(QStringLiteral("tst_stepping-trials.png"));
            shot.save(file);
            qWarning() << "trials view saved to" << file << trials[0].histogram;
        }
        QVERIFY(hasBar(left, TimelineTheme::damage()));
    }

    void cancellingTrialsIsPrompt()
    {
        MainWindow &w = window();
        chooseRace(w, QStringLiteral("lock"), StepMode::Free);
        w.runTrials(100000);
        QTRY_VERIFY_WITH_TIMEOUT(w.experiments()->runner()->done() > 0, kTimeoutMs);
        QElapsedTimer clock;
        clock.start();
        w.experiments()->cancel();
        QVERIFY(clock.elapsed() < 2000);
        QVERIFY(!w.experiments()->isBusy());
        w.sweepGap();
        QVERIFY(w.experiments()->isBusy());
        clock.restart();
        QVERIFY(w.close()); // closing the window ends the sweep too
        QVERIFY(clock.elapsed() < 2000);
        QVERIFY(!w.experiments()->isBusy());
    }
};

QTEST_MAIN(TestStepping)
#include "tst_stepping.moc"
