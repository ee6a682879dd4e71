#include "synthetictrace.h"

#include "experimentview.h"
#include "mainwindow.h"
#include "runcontroller.h"
#include "runcontrols.h"
#include "scenariolist.h"
#include "scenarios/cpu-bound/cpuwork.h"
#include "speeduppicture.h"
#include "speedupsweep.h"

#include <QElapsedTimer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QtTest>

using namespace conlab;
using namespace synthetic;

// The window's workers sweep: a tab for scenarios with workers, a live chart, Cancel and window
// close at any moment.
class TestSpeedupSweep : public QObject
{
    Q_OBJECT

private:
    static QVariantMap smallRun()
    {
        return {{QStringLiteral("amount"), 4}}; // four chunks: each run takes a few tens of ms
    }

private slots:
    void tabAndButtonOnlyForScenariosWithWorkers()
    {
        MainWindow w;
        QVERIFY(w.scenarioList()->select(QStringLiteral("cpu-bound")));
        const int tab = w.tabs()->indexOf(w.speedupSweep()->view());
        QVERIFY(tab >= 0);
        QVERIFY(w.tabs()->isTabVisible(tab));
        QVERIFY(w.speedupSweep()->controls()->isVisibleTo(&w));
        QVERIFY(w.scenarioList()->select(QStringLiteral("threads")));
        QVERIFY(!w.tabs()->isTabVisible(tab));
        QVERIFY(!w.speedupSweep()->controls()->isVisibleTo(&w));
        QCOMPARE(w.tabs()->currentIndex(), 0);
    }

    void sweepPlotsEveryWorkerCount()
    {
        MainWindow w;
        QVERIFY(w.scenarioList()->select(QStringLiteral("cpu-bound")));
        QVERIFY(w.runControls()->setParam(QStringLiteral("amount"), 4));
        SpeedupSweep *sweep = w.speedupSweep();
        QSignalSpy finished(sweep, &SpeedupSweep::finished);
        w.findChild<QPushButton *>(QStringLiteral("sweepWorkers"))->click();
        QVERIFY(sweep->isBusy());
        QCOMPARE(w.tabs()->currentWidget(), sweep->view());
        QVERIFY(finished.wait(60'000));
        QVERIFY(!sweep->isBusy());
        const SweepSummary &s = sweep->summary();
        QCOMPARE(int(s.points.size()), defaultSweepMax(*findScenario(QStringLiteral("cpu-bound"))));
        QCOMPARE(s.points.front().speedup, 1.0);
        QVERIFY(!s.stopped);
        // The tab shows the chart the export draws: a dot at each measured point.
        QVERIFY(sweep->view()->hasPicture());
        const QSize size(1600, 900);
        const QImage image = sweep->view()->grabPicture(size);
        const SpeedupPicture picture(s, QSizeF(size));
        for (const SweepPoint &p : s.points) {
            const QPoint at = picture.pointAt(p.workers, p.speedup).toPoint();
            QVERIFY2(colorNear(image, at, SpeedupPicture::measuredColor(), 1),
                     qPrintable(QStringLiteral("point %1 at %2,%3").arg(p.workers).arg(at.x()).arg(at.y())));
        }
    }

    void cancelStopsAtOnceAndKeepsWhatWasMeasured()
    {
        SpeedupSweep sweep(nullptr);
        const Scenario *cpu = findScenario(QStringLiteral("cpu-bound"));
        QVariantMap params = smallRun();
        params.insert(QStringLiteral("amount"), 400); // long enough to be cancelled in the middle
        sweep.start(*cpu, QStringLiteral("threads"), params);
        QTRY_VERIFY_WITH_TIMEOUT(sweep.summary().points.size() >= 1, 60'000);
        QVERIFY(sweep.isBusy());
        QElapsedTimer clock;
        clock.start();
        sweep.cancel();
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!sweep.isBusy());
        QVERIFY(sweep.summary().stopped);
        QVERIFY(!sweep.summary().points.empty());
        QVERIFY(sweep.view()->hasPicture()); // what was measured stays on screen
    }

    void closingTheWindowDuringASweepStopsIt()
    {
        auto *w = new MainWindow;
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QVERIFY(w->scenarioList()->select(QStringLiteral("cpu-bound")));
        QVERIFY(w->runControls()->setParam(QStringLiteral("amount"), 400));
        w->sweepWorkers();
        QVERIFY(w->speedupSweep()->isBusy());
        QElapsedTimer clock;
        clock.start();
        QVERIFY(w->close());
        delete w;
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    }

    void stopEndsASweep()
    {
        MainWindow w;
        QVERIFY(w.scenarioList()->select(QStringLiteral("cpu-bound")));
        QVERIFY(w.runControls()->setParam(QStringLiteral("amount"), 400));
        w.sweepWorkers();
        QVERIFY(w.speedupSweep()->isBusy());
        QElapsedTimer clock;
        clock.start();
        w.stopRun();
        QVERIFY(!w.speedupSweep()->isBusy());
        QVERIFY(w.speedupSweep()->summary().stopped);
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    }

    void aRunWaitsWhileASweepMeasures()
    {
        MainWindow w;
        QVERIFY(w.scenarioList()->select(QStringLiteral("cpu-bound")));
        QVERIFY(w.runControls()->setParam(QStringLiteral("amount"), 400));
        w.sweepWorkers();
        w.startRun();
        QVERIFY(!w.controller()->isRunning()); // its timings would disturb the sweep's
        w.speedupSweep()->cancel();
    }
};

QTEST_MAIN(TestSpeedupSweep)
#include "tst_speedupsweep.moc"
