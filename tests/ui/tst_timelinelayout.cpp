#include "spanfolder.h"
#include "timeaxis.h"
#include "timelinelayout.h"

#include <QtTest>

using namespace conlab;

namespace {

constexpr qint64 kMs = 1'000'000;

Lane lane(int id, LaneKind kind, const char *name, int parent, qint64 pid)
{
    return {id, kind, QString::fromLatin1(name), pid, 1, pid + id, parent};
}

// main with two threads and a counter; a child process with a thread of its own.
Trace family()
{
    Trace t;
    t.setLane(lane(0, LaneKind::Main, "main", -1, 100));
    t.setLane(lane(1, LaneKind::Thread, "sing", 0, 100));
    t.setLane(lane(2, LaneKind::Process, "child", 0, 200));
    t.setLane(lane(3, LaneKind::Thread, "dance", 0, 100));
    t.setLane(lane(4, LaneKind::Thread, "helper", 2, 200));
    const int counter = t.strings().intern(QStringLiteral("counter"));
    t.append(Event::make(0, 0, EventType::Counter, counter, 0, 1));
    for (int i = 0; i < 5; ++i)
        t.append(Event::makeState(0, i, State::Running));
    t.setEndTime(1000 * kMs);
    return t;
}

const QRectF kArea(0, 0, 1230, 600); // header 230 px, plot 1000 px wide

} // namespace

class TestTimelineLayout : public QObject
{
    Q_OBJECT

private slots:
    void mapping_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<qint64>("t");
        QTest::addColumn<qreal>("x");
        const qreal left = TimelineMetrics().headerWidth;
        QTest::newRow("whole second") << qint64(0) << 1000 * kMs << 500 * kMs << left + 500;
        QTest::newRow("start") << qint64(0) << 1000 * kMs << qint64(0) << left;
        QTest::newRow("end") << qint64(0) << 1000 * kMs << 1000 * kMs << left + 1000;
        QTest::newRow("zoomed to 1 ms") << 400 * kMs << 401 * kMs << 400 * kMs + 250'000 << left + 250;
        QTest::newRow("panned left of view") << 300 * kMs << 800 * kMs << 200 * kMs << left - 200;
        QTest::newRow("panned right of view") << 300 * kMs << 800 * kMs << 900 * kMs << left + 1200;
        QTest::newRow("zoomed to 2 µs") << qint64(5'000) << qint64(7'000) << qint64(6'000) << left + 500;
        QTest::newRow("days into a run") << 86'400'000 * kMs << 86'400'001 * kMs << 86'400'000 * kMs + 500'000
                                         << left + 500;
        QTest::newRow("empty range is one ns") << 10 * kMs << 10 * kMs << 10 * kMs << left;
    }

    void mapping()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(qint64, t);
        QFETCH(qreal, x);
        const TimelineLayout layout(family(), kArea, TimelineMetrics(), from, to);
        QVERIFY(qAbs(layout.x(t) - x) < 1e-6);
        // And back: within one pixel's worth of time.
        QVERIFY(qAbs(layout.time(layout.x(t)) - t) <= qint64(layout.nsPerPixel()) + 1);
        QVERIFY(std::isfinite(layout.nsPerPixel()) && layout.nsPerPixel() > 0);
    }

    void rows_data()
    {
        QTest::addColumn<QList<int>>("collapsed");
        QTest::addColumn<QStringList>("expected");
        // Lanes under their process: main's threads, then the child process with its thread.
        QTest::newRow("all open") << QList<int>{}
                                  << QStringList{"main", "main:counter", "sing", "dance", "child", "helper"};
        QTest::newRow("main folded") << QList<int>{0} << QStringList{"main", "child", "helper"};
        QTest::newRow("child folded") << QList<int>{2}
                                      << QStringList{"main", "main:counter", "sing", "dance", "child"};
        QTest::newRow("a leaf folded") << QList<int>{1}
                                       << QStringList{"main", "main:counter", "sing", "dance", "child", "helper"};
    }

    void rows()
    {
        QFETCH(QList<int>, collapsed);
        QFETCH(QStringList, expected);
        const Trace trace = family();
        const QSet<int> folded(collapsed.begin(), collapsed.end());
        const TimelineLayout layout(trace, kArea, TimelineMetrics(), 0, 1000 * kMs, 0, folded);
        QStringList names;
        qreal y = layout.plotRect().top();
        for (const TimelineLayout::Row &row : layout.rows()) {
            QString name = trace.lane(row.lane)->name;
            if (row.kind == TimelineLayout::Row::Counter)
                name += QStringLiteral(":") + trace.label(row.counter);
            names << name;
            QVERIFY(row.top >= y - 1e-9); // rows never overlap
            y = row.bottom();
            QCOMPARE(row.collapsed, folded.contains(row.lane) && row.kind == TimelineLayout::Row::Lane);
        }
        QCOMPARE(names, expected);
        QCOMPARE(layout.contentHeight(), y - layout.plotRect().top());
    }

    void groupsAndDepth()
    {
        const TimelineLayout layout(family(), kArea, TimelineMetrics(), 0, 1000 * kMs);
        const auto *main = layout.laneRow(0), *sing = layout.laneRow(1), *child = layout.laneRow(2),
                   *helper = layout.laneRow(4);
        QVERIFY(main && sing && child && helper);
        QCOMPARE(main->group, sing->group);
        QVERIFY(child->group != main->group);
        QCOMPARE(helper->group, child->group);
        QCOMPARE(sing->depth, 1);
        QCOMPARE(child->depth, 0);
        QVERIFY(child->groupStart);
        QVERIFY(child->top >= layout.laneRow(3)->bottom() + TimelineMetrics().groupGap - 1e-9);
    }

    void rowAtAndScroll()
    {
        const Trace trace = family();
        const TimelineLayout layout(trace, kArea, TimelineMetrics(), 0, 1000 * kMs);
        const auto *sing = layout.laneRow(1);
        QCOMPARE(layout.rowAt(sing->top + 1)->lane, 1);
        QVERIFY(!layout.rowAt(layout.plotRect().top() + layout.contentHeight() + 5));
        const TimelineLayout scrolled(trace, kArea, TimelineMetrics(), 0, 1000 * kMs, 40);
        QCOMPARE(scrolled.laneRow(1)->top, sing->top - 40);
        QCOMPARE(scrolled.rowAt(sing->top - 40 + 1)->lane, 1);
        // The same trace in a short area can scroll by what does not fit.
        const TimelineLayout small(trace, QRectF(0, 0, 1230, 200), TimelineMetrics(), 0, 1000 * kMs);
        QCOMPARE(small.maxScrollY(), small.contentHeight() - small.plotRect().height());
    }

    void emptyTrace()
    {
        const Trace empty;
        const TimelineLayout layout(empty, kArea, TimelineMetrics(), 0, 0);
        QVERIFY(layout.rows().empty());
        QCOMPARE(layout.contentHeight(), 0.0);
        QCOMPARE(layout.maxScrollY(), 0.0);
        QVERIFY(!layout.rowAt(100));
        QVERIFY(std::isfinite(layout.x(12345)));
        QVERIFY(SpanFolder::pieces(empty, 0, layout, 0).empty());
    }

    void tinySpansFoldButStay()
    {
        Trace t;
        t.setLane(lane(0, LaneKind::Thread, "busy", -1, 1));
        // 100 000 spans of 10 µs alternate Running/Sleeping over one second…
        for (int i = 0; i < 100'000; ++i)
            t.append(Event::makeState(qint64(i) * 10'000, 0, i % 2 ? State::Sleeping : State::Running));
        t.setEndTime(1000 * kMs);
        const TimelineLayout layout(t, kArea, TimelineMetrics(), 0, 1000 * kMs);
        const auto pieces = SpanFolder::pieces(t, 0, layout, t.endTime());
        // …become about one box per pixel column, each at least a pixel wide.
        QVERIFY(pieces.size() <= 1002);
        QVERIFY(pieces.size() >= 990);
        for (const auto &p : pieces)
            QVERIFY(p.x1 - p.x0 >= 1 - 1e-9);
    }

    void subPixelSpanBetweenWideOnes()
    {
        Trace t;
        t.setLane(lane(0, LaneKind::Thread, "w", -1, 1));
        t.append(Event::makeState(0, 0, State::Sleeping));
        t.append(Event::makeState(500 * kMs, 0, State::Running));
        t.append(Event::makeState(500 * kMs + 1000, 0, State::Sleeping)); // 1 µs: 1/1000 of a pixel
        t.setEndTime(1000 * kMs);
        const TimelineLayout layout(t, kArea, TimelineMetrics(), 0, 1000 * kMs);
        const auto pieces = SpanFolder::pieces(t, 0, layout, t.endTime());
        QCOMPARE(int(pieces.size()), 3);
        QCOMPARE(pieces[1].state, State::Running);
        QVERIFY(pieces[1].folded);
        QCOMPARE(pieces[1].x1 - pieces[1].x0, 1.0);
        QVERIFY(pieces[2].x0 >= pieces[1].x1); // the next span does not paint over it
    }

    void axisTicks_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<qint64>("unit");
        QTest::addColumn<qint64>("step");
        QTest::addColumn<QString>("firstUnits");
        QTest::addColumn<QString>("firstTime");
        QTest::newRow("4 units of 500 ms") << qint64(0) << 2000 * kMs << 500 * kMs << 250 * kMs << QString("0")
                                           << QString("0.00 s");
        QTest::newRow("zoomed into a unit") << 500 * kMs << 600 * kMs << 500 * kMs << 10 * kMs << QString("1")
                                            << QString("500 ms");
        QTest::newRow("no unit") << qint64(0) << 1000 * kMs << qint64(0) << 100 * kMs << QString() << QString("0.0 s");
        QTest::newRow("microseconds") << qint64(0) << qint64(100'000) << qint64(0) << qint64(10'000) << QString()
                                      << QString("0 µs");
    }

    void axisTicks()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(qint64, unit);
        QFETCH(qint64, step);
        QFETCH(QString, firstUnits);
        QFETCH(QString, firstTime);
        QCOMPARE(TimeAxis::step(from, to, 1000, unit, 90), step);
        const auto ticks = TimeAxis::ticks(from, to, 1000, unit, 90);
        QVERIFY(!ticks.empty());
        QCOMPARE(ticks.front().units, firstUnits);
        QCOMPARE(ticks.front().time, firstTime);
        for (const auto &tick : ticks)
            QVERIFY(tick.t >= from && tick.t <= to);
    }
};

QTEST_GUILESS_MAIN(TestTimelineLayout)
#include "tst_timelinelayout.moc"
