#include "mainwindow.h"
#include "outputconsole.h"
#include "resultpanel.h"
#include "runcontroller.h"
#include "runcontrols.h"
#include "scenariolist.h"
#include "sourcepanel.h"
#include "spanfolder.h"
#include "timelinetheme.h"
#include "timelineview.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

using namespace conlab;

namespace {

bool near(QRgb a, QRgb b, int tolerance)
{
    return qAbs(qRed(a) - qRed(b)) <= tolerance && qAbs(qGreen(a) - qGreen(b)) <= tolerance &&
           qAbs(qBlue(a) - qBlue(b)) <= tolerance;
}

bool colorAround(const QImage &image, QPoint at, const QColor &want, int radius)
{
    for (int dx = -radius; dx <= radius; ++dx) {
        if (image.rect().contains(at + QPoint(dx, 0)) && near(image.pixel(at + QPoint(dx, 0)), want.rgb(), 4))
            return true;
    }
    return false;
}

// The State event of the first span of `state` on a lane at or after event `from` (-1 if none).
int firstSpan(const Trace &trace, int lane, State state, int from = 0)
{
    const auto &ev = trace.events(lane);
    for (size_t i = size_t(from); i < ev.size(); ++i) {
        if (ev[i].type == EventType::State && ev[i].state == state)
            return int(i);
    }
    return -1;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    void runToEnd(MainWindow &w, const QString &scenario, const QString &variant, int unitMs)
    {
        QVERIFY(w.scenarioList()->select(scenario));
        QVERIFY(w.runControls()->setVariant(variant));
        QVERIFY(w.runControls()->setParam(QStringLiteral("unit-ms"), unitMs));
        QSignalSpy finished(&w, &MainWindow::runFinished);
        w.startRun();
        QVERIFY(w.controller()->isRunning());
        QVERIFY(finished.wait(60000));
    }

private slots:
    void finishedThreadsRunShowsLanesAndListing()
    {
        MainWindow w;
        w.resize(1700, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        runToEnd(w, QStringLiteral("threads"), QStringLiteral("parallel"), 40);
        const Trace *trace = w.controller()->trace();
        QVERIFY(trace);
        const QImage shot = w.grab().toImage();
        TimelineView *view = w.timeline();
        const TimelineLayout layout = view->currentLayout();

        int threadLanes = 0;
        for (const Lane &lane : trace->lanes()) {
            if (lane.kind != LaneKind::Thread)
                continue;
            ++threadLanes;
            const TimelineLayout::Row *row = layout.laneRow(lane.id);
            QVERIFY(row);
            const QRectF bar = layout.barRect(*row);
            const int sleep = firstSpan(*trace, lane.id, State::Sleeping);
            // A run between two sleeps (the first one shares its pixel with the thread's start).
            const int run = firstSpan(*trace, lane.id, State::Running, sleep);
            QVERIFY(sleep >= 0 && run >= 0);
            const qint64 sleepStart = trace->events(lane.id)[size_t(sleep)].t;
            const qint64 sleepEnd = SpanFolder::spanEnd(*trace, lane.id, sleep, trace->endTime());
            // The middle of a sleep, near the bar's top edge (clear of its label): Sleeping's colour.
            const QPoint mid = view->mapTo(&w, QPointF(layout.x((sleepStart + sleepEnd) / 2), bar.top() + 2).toPoint());
            QVERIFY2(colorAround(shot, mid, TimelineTheme::stateColor(State::Sleeping), 0), qPrintable(lane.name));
            // Where it runs (far less than a pixel at this zoom), Running's colour within a pixel.
            const qint64 runStart = trace->events(lane.id)[size_t(run)].t;
            const QPoint at = view->mapTo(&w, QPointF(layout.x(runStart), bar.center().y()).toPoint());
            QVERIFY2(colorAround(shot, at, TimelineTheme::stateColor(State::Running), 1), qPrintable(lane.name));
        }
        QCOMPARE(threadLanes, 2);

        // The listing has each lane's last line highlighted in the lane's tint.
        SourcePanel *source = w.sourcePanel();
        int highlighted = 0;
        for (const SourcePanel::LaneLine &l : source->laneLines()) {
            if (l.line <= 0)
                continue;
            const QRect r = source->lineRect(l.line);
            QVERIFY(r.isValid());
            const QPoint at = source->mapTo(&w, QPoint(r.right() - 6, r.center().y()));
            const bool tinted = std::any_of(source->laneLines().begin(), source->laneLines().end(),
                                            [&](const SourcePanel::LaneLine &o) {
                                                return o.line == l.line &&
                                                       near(shot.pixel(at), TimelineTheme::laneTint(o.lane).rgb(), 4);
                                            });
            QVERIFY2(tinted, qPrintable(l.name));
            ++highlighted;
        }
        QVERIFY(highlighted >= 3); // main, sing, dance

        QVERIFY(w.console()->toPlainText().contains(QStringLiteral("counter is 7")));
        QVERIFY(w.resultPanel()->text().contains(QStringLiteral("counter")));
        QVERIFY(!w.runControls()->isEnabled() || w.runControls()->params().value(QStringLiteral("unit-ms")) == 40);
    }

    void stopIsPromptAtAnyMoment()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.scenarioList()->select(QStringLiteral("threads")));
        QVERIFY(w.runControls()->setParam(QStringLiteral("unit-ms"), 2000)); // a 14 s run if left alone
        for (int wait : {0, 50, 300}) {
            QSignalSpy finished(&w, &MainWindow::runFinished);
            w.startRun();
            QTest::qWait(wait);
            QElapsedTimer clock;
            clock.start();
            w.stopRun();
            QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
            QCOMPARE(finished.count(), 1);
            QVERIFY(!w.controller()->isRunning());
            QVERIFY(w.resultPanel()->text().contains(QStringLiteral("stopped")));
        }
    }

    void closingDuringARunStopsIt()
    {
        auto *w = new MainWindow;
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QVERIFY(w->scenarioList()->select(QStringLiteral("threads")));
        QVERIFY(w->runControls()->setParam(QStringLiteral("unit-ms"), 2000));
        w->startRun();
        QTest::qWait(100);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(w->close());
        delete w;
        QVERIFY(clock.elapsed() < 2000);
    }

    void controlsComeFromTheParameterTable()
    {
        MainWindow w;
        QVERIFY(w.scenarioList()->select(QStringLiteral("threads")));
        const QVariantMap params = w.runControls()->params();
        QCOMPARE(params.value(QStringLiteral("unit-ms")).toLongLong(), RunControls::kGuiUnitMs);
        QCOMPARE(params.value(QStringLiteral("sing")).toLongLong(), 3);
        QCOMPARE(params.value(QStringLiteral("dance")).toLongLong(), 4);
        QVERIFY(!w.runControls()->setParam(QStringLiteral("no-such-param"), 1));
        QVERIFY(w.runControls()->setVariant(QStringLiteral("sequential")));
        QVERIFY(!w.runControls()->setVariant(QStringLiteral("no-such-variant")));
        QVERIFY(w.sourcePanel()->toPlainText().contains(QStringLiteral("args=(3,)")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
