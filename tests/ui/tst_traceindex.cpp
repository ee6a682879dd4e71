#include "columntimes.h"
#include "spanfolder.h"
#include "traceindex.h"

#include <QtTest>

#include <algorithm>
#include <limits>
#include <random>
#include <tuple>

using namespace conlab;

// The trace index sorts each lane's events out by kind and the arrows by pair of lanes; what a
// repaint draws from it must be what it would draw from the events themselves: the same spans
// folded into the same pixel columns with the same colours and counts, the same counter values,
// lock holds and arrows.
class TestTraceIndex : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kUs = 1000;

    // A busy run: states (some spans long), marks, two counters on most lanes, nested locks,
    // arrows to any lane (some back to their own), and events appended out of order.
    static Trace busy(quint32 seed, int lanes = 8, int perLane = 6000)
    {
        Trace trace;
        std::mt19937 rng(seed);
        std::uniform_int_distribution<int> kind(0, 99), laneOf(0, lanes - 1);
        std::exponential_distribution<double> gap(1.0 / 150.0);
        const int items = trace.strings().intern(QStringLiteral("items"));
        const int depth = trace.strings().intern(QStringLiteral("depth"));
        for (int l = 0; l < lanes; ++l)
            trace.setLane({l, LaneKind::Thread, QStringLiteral("t%1").arg(l), 1, 1, 10 + l, l > 0 ? 0 : -1});
        int flow = 0;
        for (int l = 0; l < lanes; ++l) {
            qint64 t = 0;
            int held = 0;
            for (int i = 0; i < perLane; ++i) {
                t += qint64(gap(rng) * kUs * (i % 500 == 0 ? 400 : 1)) + 1;
                const int k = kind(rng);
                if (k < 50)
                    trace.append(Event::makeState(t, l, State(k % StateCount)));
                else if (k < 60)
                    trace.append(Event::make(t, l, EventType::Mark, -1, int(MarkKind::Output)));
                else if (k < 70 && l % 3 != 2)
                    trace.append(Event::make(t, l, EventType::Counter, k % 2 ? items : depth, 0, k - 60.5));
                else if (k < 80) {
                    const bool take = held == 0 || (held == 1 && k % 2);
                    trace.append(Event::make(t, l, take ? EventType::HoldBegin : EventType::HoldEnd, -1,
                                             take ? held + 1 : held));
                    held += take ? 1 : -1;
                } else if (k < 84) {
                    const int to = k == 80 ? l : laneOf(rng);
                    trace.append(Event::make(t, l, EventType::FlowOut, -1, flow));
                    trace.append(Event::make(t + qint64(gap(rng) * kUs), to, EventType::FlowIn, -1, flow++));
                } else {
                    trace.append(Event::make(t - 3 * kUs, l, EventType::Step, -1, 3)); // out of order
                }
            }
        }
        return trace;
    }

    using Hold = std::tuple<qint64, qint64, int, int, int>;
    static std::vector<Hold> sorted(const std::vector<TraceQuery::Hold> &holds)
    {
        std::vector<Hold> out;
        for (const TraceQuery::Hold &h : holds)
            out.emplace_back(h.start, h.end, h.lock, h.label, h.level);
        std::sort(out.begin(), out.end());
        return out;
    }

private slots:
    void lanesKeepEveryEventOfTheirKind()
    {
        const Trace trace = busy(1);
        const TraceIndex index(trace);
        for (const Lane &lane : trace.lanes()) {
            const LaneIndex &li = index.lane(lane.id);
            const auto &ev = trace.events(lane.id);
            size_t s = 0, m = 0;
            for (size_t i = 0; i < ev.size(); ++i) {
                if (ev[i].type == EventType::State) {
                    QCOMPARE(li.states().t[s], ev[i].t);
                    QCOMPARE(li.states().state[s], ev[i].state);
                    QCOMPARE(li.states().event[s++], qint32(i));
                } else if (ev[i].type == EventType::Mark) {
                    QCOMPARE(li.marks().t[m], ev[i].t);
                    QCOMPARE(li.marks().event[m++], qint32(i));
                }
            }
            QCOMPARE(s, li.states().t.size());
            QCOMPARE(m, li.marks().t.size());
            QCOMPARE(index.counters(lane.id), TimelineLayout::counters(trace, lane.id));
            for (const int name : index.counters(lane.id)) {
                QCOMPARE(index.counterRange(lane.id, name), TraceQuery::counterRange(trace, lane.id, name));
                const LaneIndex::Counter *c = li.counter(name);
                QVERIFY(c);
                size_t k = 0;
                for (const Event &e : ev) {
                    if (e.type == EventType::Counter && e.label == name) {
                        QCOMPARE(c->t[k], e.t);
                        QCOMPARE(c->value[k++], e.value);
                    }
                }
                QCOMPARE(k, c->t.size());
            }
        }
    }

    void holdsAreThoseOfTheEvents()
    {
        const Trace trace = busy(2);
        const TraceIndex index(trace);
        std::mt19937 rng(3);
        const qint64 end = trace.endTime();
        std::uniform_int_distribution<qint64> at(0, end);
        for (int round = 0; round < 40; ++round) {
            qint64 from = at(rng), to = at(rng);
            if (from > to)
                std::swap(from, to);
            for (const Lane &lane : trace.lanes()) {
                // Every band of the lane, with its real end, that overlaps the range.
                std::vector<TraceQuery::Hold> overlapping;
                for (const TraceQuery::Hold &h : TraceQuery::holds(trace, lane.id, std::numeric_limits<qint64>::min(),
                                                                   std::numeric_limits<qint64>::max(), end + 5)) {
                    if (h.start <= to && h.end >= from)
                        overlapping.push_back(h);
                }
                QCOMPARE(sorted(index.holds(lane.id, from, to, end + 5)), sorted(overlapping));
            }
        }
    }

    void arrowsByPairAreEveryArrowOnce()
    {
        const Trace trace = busy(4);
        const TraceIndex index(trace);
        const FlowIndex &flows = index.flows();
        using Arrow = std::tuple<int, qint64, int, qint64>;
        std::vector<Arrow> fromIndex, fromEvents;
        std::vector<std::pair<qint64, qint32>> ranks; // earlier end, rank
        for (const FlowIndex::Pair &pair : flows.pairs()) {
            const auto all = flows.arrows(pair, std::numeric_limits<qint64>::min() / 2, std::numeric_limits<qint64>::max());
            QCOMPARE(qsizetype(all.size()), qsizetype(pair.end - pair.begin));
            for (size_t i = 0; i < all.size(); ++i) {
                fromIndex.emplace_back(pair.fromLane, all[i].fromT, pair.toLane, all[i].toT);
                ranks.emplace_back(all[i].start(), all[i].order);
                if (i > 0)
                    QVERIFY(all[i - 1].start() <= all[i].start());
            }
        }
        for (const TraceQuery::Flow &f : TraceQuery::flows(trace))
            fromEvents.emplace_back(f.fromLane, f.fromT, f.toLane, f.toT);
        std::sort(fromIndex.begin(), fromIndex.end());
        std::sort(fromEvents.begin(), fromEvents.end());
        QCOMPARE(fromIndex, fromEvents);
        // Ranks number the arrows by their earlier end: drawn in that order, as before.
        std::sort(ranks.begin(), ranks.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
        for (size_t i = 0; i < ranks.size(); ++i) {
            QCOMPARE(ranks[i].second, qint32(i));
            if (i > 0)
                QVERIFY(ranks[i - 1].first <= ranks[i].first);
        }
    }

    void indexFollowsTheTraceAndStaysSmall()
    {
        Trace trace = busy(5, 4, 2000);
        TraceIndex index(trace);
        const size_t before = index.lane(0).states().t.size();
        trace.append(Event::makeState(trace.endTime() + 1, 0, State::Done));
        index.update(trace);
        QCOMPARE(index.lane(0).states().t.size(), before + 1);
        const Trace big = busy(6, 16, 20000);
        const TraceIndex bigIndex(big);
        // Far less than the events themselves (32 bytes each).
        QVERIFY2(double(bigIndex.bytes()) / double(big.eventCount()) < 16,
                 qPrintable(QString::number(double(bigIndex.bytes()) / double(big.eventCount()))));
    }

    void foldingFromTheIndexIsFoldingFromTheEvents_data()
    {
        QTest::addColumn<double>("fromShare");
        QTest::addColumn<double>("span");
        QTest::addColumn<qreal>("left"); // where the plot starts: whole pixels or not
        QTest::newRow("whole run") << 0.0 << 1.0 << qreal(0);
        QTest::newRow("whole run, plot at a fraction") << 0.0 << 1.0 << qreal(17.37);
        QTest::newRow("a tenth") << 0.31 << 0.1 << qreal(0);
        QTest::newRow("1 %") << 0.5 << 0.01 << qreal(3.5);
        QTest::newRow("0.01 %, spans wider than the view") << 0.77 << 0.0001 << qreal(0);
        QTest::newRow("before the start") << -0.05 << 0.2 << qreal(0);
        QTest::newRow("past the end") << 0.9 << 0.3 << qreal(0.25);
    }

    void foldingFromTheIndexIsFoldingFromTheEvents()
    {
        QFETCH(double, fromShare);
        QFETCH(double, span);
        QFETCH(qreal, left);
        const Trace trace = busy(7);
        const TraceIndex index(trace);
        const qint64 end = trace.endTime(), from = qint64(double(end) * fromShare);
        const TimelineLayout layout(trace, QRectF(left, 0, 1400.5, 400), TimelineMetrics(), from,
                                    from + qint64(double(end) * span));
        const ColumnTimes columns(layout);
        std::vector<SpanFolder::Piece> fast;
        for (const Lane &lane : trace.lanes()) {
            const auto slow = SpanFolder::pieces(trace, lane.id, layout, end + 7);
            SpanFolder::pieces(index.lane(lane.id).states(), layout, end + 7, columns, fast);
            QCOMPARE(fast.size(), slow.size());
            for (size_t i = 0; i < fast.size(); ++i) {
                const SpanFolder::Piece &a = fast[i], &b = slow[i];
                QVERIFY2(a.x0 == b.x0 && a.x1 == b.x1 && a.state == b.state && a.event == b.event &&
                             a.start == b.start && a.end == b.end && a.folded == b.folded && a.count == b.count,
                         qPrintable(QStringLiteral("lane %1, piece %2 of %3").arg(lane.id).arg(i).arg(fast.size())));
            }
        }
    }

    void columnTimesStartEachPixelColumn()
    {
        const Trace trace = busy(8, 2, 500);
        std::mt19937 rng(9);
        std::uniform_real_distribution<double> share(0, 1);
        for (int round = 0; round < 20; ++round) {
            const qint64 from = qint64(share(rng) * 1e9), span = qint64(std::pow(10.0, 3 + share(rng) * 9));
            const TimelineLayout layout(trace, QRectF(share(rng) * 50, 0, 900 + share(rng) * 900, 300),
                                        TimelineMetrics(), from, from + span);
            const ColumnTimes columns(layout);
            for (int i = 1; i + 1 < columns.count(); ++i) {
                const qreal column = columns.first() + i;
                QVERIFY(layout.x(columns.start(i)) >= column);
                QVERIFY(layout.x(columns.start(i) - 1) < column);
            }
            QCOMPARE(columns.indexOf(columns.start(3)), 3);
            QCOMPARE(columns.indexOf(columns.start(3) - 1), 2);
        }
    }
};

QTEST_MAIN(TestTraceIndex)
#include "tst_traceindex.moc"
