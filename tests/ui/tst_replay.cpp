#include "mainwindow.h"
#include "replay.h"
#include "runcontrols.h"
#include "scenariolist.h"
#include "scenarios/run.h"
#include "scenarios/scenario.h"
#include "synthetictrace.h"
#include "timelineview.h"

#include <QSignalSpy>
#include <QTest>

#include <set>

using namespace conlab;

// Replay: at play head t the view's trace holds exactly the run's events with time <= t.
class TestReplay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void playHeadCutsTheRunExactly();
    void nextAndPreviousEventStepThroughEveryMoment();
    void playingReachesTheEnd();
    void windowKeysMoveThePlayHead();
    void nothingIsDrawnPastThePlayHead();

private:
    Trace m_run;
};

namespace {

size_t eventsUpTo(const Trace &t, qint64 at)
{
    size_t n = 0;
    for (const Lane &lane : t.lanes())
        for (const Event &e : t.events(lane.id))
            n += e.t <= at ? 1 : 0;
    return n;
}

} // namespace

void TestReplay::initTestCase()
{
    const Scenario &s = *findScenario(QStringLiteral("threads"));
    RunSettings settings;
    settings.variant = QStringLiteral("parallel");
    settings.params = s.defaults();
    settings.params.insert(QStringLiteral("unit-ms"), 5);
    m_run = runToEnd(s, settings);
    QVERIFY(m_run.eventCount() > 20);
}

void TestReplay::playHeadCutsTheRunExactly()
{
    Replay replay;
    replay.setSource(&m_run);
    QVERIFY(replay.atEnd());
    QCOMPARE(replay.trace().eventCount(), m_run.eventCount());
    QCOMPARE(replay.trace().results, m_run.results);
    // Forward, back, forward: each time exactly the events up to the play head, lane by lane.
    for (double f : {0.3, 0.1, 0.75, 0.5, 1.0, 0.0}) {
        const qint64 t = qint64(double(m_run.endTime()) * f);
        replay.seek(t);
        QCOMPARE(replay.playHead(), t);
        QCOMPARE(replay.trace().eventCount(), eventsUpTo(m_run, t));
        for (const Lane &lane : m_run.lanes()) {
            const auto &shown = replay.trace().events(lane.id);
            for (const Event &e : shown)
                QVERIFY(e.t <= t);
        }
        QCOMPARE(replay.trace().endTime(), m_run.endTime()); // the axis keeps the whole run
        QCOMPARE(replay.trace().results.isEmpty(), f < 1.0); // results only once the run is over
    }
}

void TestReplay::nextAndPreviousEventStepThroughEveryMoment()
{
    Replay replay;
    replay.setSource(&m_run);
    replay.seek(0);
    std::set<qint64> moments;
    for (const Lane &lane : m_run.lanes())
        for (const Event &e : m_run.events(lane.id))
            if (e.t > 0)
                moments.insert(e.t);
    for (qint64 m : moments) {
        replay.nextEvent();
        QCOMPARE(replay.playHead(), m);
        QCOMPARE(replay.trace().eventCount(), eventsUpTo(m_run, m));
    }
    for (auto it = std::next(moments.rbegin()); it != moments.rend(); ++it) {
        replay.previousEvent();
        QCOMPARE(replay.playHead(), *it);
    }
}

void TestReplay::playingReachesTheEnd()
{
    Replay replay;
    replay.setSource(&m_run);
    replay.setSpeed(4.0);
    QSignalSpy playing(&replay, &Replay::playingChanged);
    replay.play(); // from the start, since the play head was at the end
    QVERIFY(replay.playing());
    QVERIFY(replay.playHead() < m_run.endTime());
    QTRY_VERIFY_WITH_TIMEOUT(!replay.playing(), 10'000);
    QVERIFY(replay.atEnd());
    QCOMPARE(replay.trace().eventCount(), m_run.eventCount());
    QCOMPARE(playing.count(), 2);
}

void TestReplay::windowKeysMoveThePlayHead()
{
    MainWindow w;
    QVERIFY(w.scenarioList()->select(QStringLiteral("threads")));
    QVERIFY(w.runControls()->setParam(QStringLiteral("unit-ms"), 5));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy finished(&w, &MainWindow::runFinished);
    w.startRun();
    QVERIFY(finished.wait(20'000));
    QVERIFY(w.replay()->atEnd());
    w.replay()->seek(0);
    const size_t atStart = w.replay()->trace().eventCount();
    QTest::keyClick(&w, Qt::Key_Period);
    QVERIFY(w.replay()->playHead() > 0);
    QVERIFY(w.replay()->trace().eventCount() > atStart);
    const qint64 after = w.replay()->playHead();
    QTest::keyClick(&w, Qt::Key_Period);
    QTest::keyClick(&w, Qt::Key_Comma);
    QCOMPARE(w.replay()->playHead(), after);
}

QTEST_MAIN(TestReplay)
#include "tst_replay.moc"

// The spans stop at the play head: a lane sleeping there is not shown sleeping on to the end.
void TestReplay::nothingIsDrawnPastThePlayHead()
{
    using namespace synthetic;
    const Trace run = make();
    Replay replay;
    replay.setSource(&run);
    const qint64 head = 650 * kMs; // the main lane is in its seventh state from 600 ms
    replay.seek(head);
    TimelineView view;
    view.resize(1200, 400);
    view.setTrace(&replay.trace());
    view.setPlayHead(head);
    view.fit();
    const TimelineLayout layout = view.currentLayout();
    const auto main = std::find_if(layout.rows().begin(), layout.rows().end(),
                                   [](const TimelineLayout::Row &r) { return r.lane == 0 && r.kind != TimelineLayout::Row::Counter; });
    QVERIFY(main != layout.rows().end());
    const int y = int(layout.barRect(*main).top()) + 2; // above any label in the span
    const QImage image = view.grab().toImage();
    const QColor before = image.pixelColor(int(layout.x(620 * kMs)), y);
    QCOMPARE(before.rgb(), TimelineTheme::stateColor(State(6)).rgb());
    for (const qint64 t : {700 * kMs, 900 * kMs, 1200 * kMs}) {
        const QRgb after = image.pixel(int(layout.x(t)), y);
        for (int s = 0; s < StateCount; ++s)
            QVERIFY2(after != TimelineTheme::stateColor(State(s)).rgb(), qPrintable(QString::number(t / kMs)));
    }
}
