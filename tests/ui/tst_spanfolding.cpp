#include "synthetictrace.h"

#include "spanfolder.h"
#include "timelinepainter.h"
#include "traceindex.h"

#include <QPainter>
#include <QtTest>

#include <map>
#include <random>
#include <set>

using namespace conlab;
using namespace synthetic;

// Folding and range search keep what a user sees: a folded pixel has the lane's colours and
// counts the spans in it, a zoomed view holds exactly the spans that overlap it, and a lane of
// thousands of spans drawn as one strip shows each box in its state's colour.
class TestSpanFolding : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kUs = 1000;

    // One lane: `n` spans of random length (1-400 µs), Running and Sleeping in turn; a second
    // lane sleeps throughout so the layout has company.
    static Trace alternating(int n, quint32 seed, std::vector<qint64> *starts = nullptr)
    {
        Trace trace;
        trace.setLane({0, LaneKind::Thread, QStringLiteral("busy"), 1, 1, 2, -1});
        std::mt19937 rng(seed);
        std::uniform_int_distribution<qint64> len(1 * kUs, 400 * kUs);
        qint64 t = 0;
        for (int i = 0; i < n; ++i) {
            trace.append(Event::makeState(t, 0, i % 2 ? State::Sleeping : State::Running));
            if (starts)
                starts->push_back(t);
            t += len(rng);
        }
        trace.setEndTime(t);
        return trace;
    }

    static QImage paint(const Trace &trace, const TimelineLayout &layout)
    {
        QImage image(layout.area().size().toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        TimelinePainter(trace, layout).paint(p);
        return image;
    }

private slots:
    void foldedPixelsCountEverySpanAndShowTheLongest()
    {
        const Trace trace = alternating(20'000, 7);
        const TimelineLayout layout(trace, QRectF(0, 0, 1200, 300), TimelineMetrics(), 0, trace.endTime());
        QVERIFY(layout.nsPerPixel() > 1000 * kUs); // many spans to a pixel
        const auto pieces = SpanFolder::pieces(trace, 0, layout, trace.endTime());
        int counted = 0, folded = 0;
        const auto &ev = trace.events(0);
        for (const SpanFolder::Piece &p : pieces) {
            counted += p.count;
            folded += p.folded ? 1 : 0;
            QVERIFY(p.state == State::Running || p.state == State::Sleeping);
            QCOMPARE(ev[size_t(p.event)].state, p.state);
            if (p.folded && folded == 1) { // one pixel checked in full: the scan is quadratic
                QCOMPARE(p.x1 - p.x0, 1.0);
                // The span shown is the longest of those folded into this pixel.
                const qint64 shown = SpanFolder::spanEnd(trace, 0, p.event, trace.endTime()) - ev[size_t(p.event)].t;
                for (int i = 0; i < int(ev.size()); ++i) {
                    const qint64 end = SpanFolder::spanEnd(trace, 0, i, trace.endTime());
                    if (ev[size_t(i)].t >= p.start && end <= p.end)
                        QVERIFY(end - ev[size_t(i)].t <= shown);
                }
            }
        }
        QVERIFY(folded > 100);
        QCOMPARE(counted, int(trace.events(0).size())); // every span is in exactly one box
    }

    void foldedLaneIsDrawnInItsOwnColours()
    {
        const Trace trace = alternating(20'000, 11);
        const TimelineLayout layout(trace, QRectF(0, 0, 1400, 300), TimelineMetrics(), 0, trace.endTime());
        const QImage image = paint(trace, layout);
        const QRectF bar = layout.barRect(*layout.laneRow(0));
        const auto pieces = SpanFolder::pieces(trace, 0, layout, trace.endTime());
        QVERIFY(pieces.size() > 600); // the strip path, as a million-event trace takes
        const int y = int(bar.center().y());
        // Each pixel column shows the box drawn last over it: wide boxes first, folded pixels
        // on top, so a short span is never hidden by a long neighbour.
        std::map<int, State> expected;
        for (const bool folded : {false, true}) {
            for (const SpanFolder::Piece &p : pieces) {
                if (p.folded != folded)
                    continue;
                const int x0 = int(std::round(p.x0)), x1 = qMax(int(std::round(p.x1)), x0 + 1);
                for (int x = x0; x < x1; ++x)
                    expected[x] = p.state;
            }
        }
        int checked = 0;
        for (const auto &[x, state] : expected) {
            // (The header's edge is drawn over the plot's first column.)
            if (x <= layout.plotRect().left() || x >= layout.plotRect().right())
                continue;
            ++checked;
            QVERIFY2(near(image.pixel(x, y), TimelineTheme::stateColor(state).rgb(), 0),
                     qPrintable(QStringLiteral("column %1 should be %2").arg(x).arg(QLatin1String(stateName(state)))));
        }
        QVERIFY(checked > 1000);
        // Nothing of the bar is left blank between its first and last span.
        const QRect inside(int(layout.plotRect().left()) + 1, y, int(layout.x(trace.endTime()) - layout.plotRect().left()) - 2, 1);
        QCOMPARE(countColor(image, inside, TimelineTheme::background(), 0), 0);
    }

    void rangeSearchPicksExactlyTheSpansInView_data()
    {
        QTest::addColumn<double>("fromShare");
        QTest::addColumn<double>("span");
        QTest::newRow("start") << 0.0 << 0.001;
        QTest::newRow("middle") << 0.5 << 0.002;
        QTest::newRow("near the end") << 0.997 << 0.003;
    }

    void rangeSearchPicksExactlyTheSpansInView()
    {
        QFETCH(double, fromShare);
        QFETCH(double, span);
        std::vector<qint64> starts;
        const Trace trace = alternating(20'000, 3, &starts);
        const qint64 end = trace.endTime();
        const qint64 from = qint64(double(end) * fromShare), to = from + qint64(double(end) * span);
        const TimelineLayout layout(trace, QRectF(0, 0, 1600, 300), TimelineMetrics(), from, to);
        std::set<int> expected;
        for (size_t i = 0; i < starts.size(); ++i) {
            const qint64 stop = i + 1 < starts.size() ? starts[i + 1] : end;
            if (starts[i] <= to && stop > from)
                expected.insert(int(i));
        }
        std::set<int> shown;
        int counted = 0;
        for (const SpanFolder::Piece &p : SpanFolder::pieces(trace, 0, layout, end)) {
            counted += p.count;
            if (p.count == 1)
                shown.insert(p.event);
        }
        QCOMPARE(counted, int(expected.size()));
        for (int i : shown)
            QVERIFY2(expected.count(i), qPrintable(QString::number(i)));
        QVERIFY(!expected.empty());
    }

    void arrowSearchFindsEveryArrowInView()
    {
        Trace trace;
        for (int l = 0; l < 4; ++l)
            trace.setLane({l, LaneKind::Thread, QStringLiteral("t%1").arg(l), 1, 1, 10 + l, -1});
        std::mt19937 rng(5);
        std::uniform_int_distribution<qint64> at(0, 1000 * kMs), len(0, 30 * kMs);
        std::vector<std::vector<Event>> lanes(4);
        for (int id = 0; id < 2000; ++id) {
            const qint64 t = at(rng);
            const int from = id % 4, to = (id + 1 + id / 4 % 3) % 4;
            lanes[size_t(from)].push_back(Event::make(t, from, EventType::FlowOut, -1, id));
            lanes[size_t(to)].push_back(Event::make(t + len(rng), to, EventType::FlowIn, -1, id));
        }
        for (int l = 0; l < 4; ++l)
            trace.setEvents(l, std::move(lanes[size_t(l)]));
        const TraceIndex index(trace);
        QCOMPARE(index.flows().count(), size_t(2000));
        const qint64 from = 400 * kMs, to = 420 * kMs;
        std::set<std::pair<int, qint64>> found;
        for (const FlowIndex::Pair &pair : index.flows().pairs()) {
            for (const FlowIndex::Arrow &f : index.flows().arrows(pair, from, to))
                found.insert({pair.fromLane, f.fromT});
        }
        int overlapping = 0;
        for (const TraceQuery::Flow &f : TraceQuery::flows(trace)) {
            if (qMin(f.fromT, f.toT) <= to && qMax(f.fromT, f.toT) >= from) {
                ++overlapping;
                QVERIFY(found.count({f.fromLane, f.fromT}));
            }
        }
        QVERIFY(overlapping > 20);
        QVERIFY(found.size() < 300); // a range, not every arrow of the run
    }
};

QTEST_MAIN(TestSpanFolding)
#include "tst_spanfolding.moc"
