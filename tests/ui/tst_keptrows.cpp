#include "laneheaderpainter.h"
#include "timelinetheme.h"
#include "timelineview.h"
#include "timelineviewport.h"

#include <QtTest>

using namespace conlab;

// The lane names' column copies a row from its last picture when nothing it shows has changed
// (KeptRegions). Every change a user can make must show: each view here is drawn with rows
// copied (twice, so the second copies what the first kept) and drawn afresh, and compared.
class TestKeptRows : public QObject
{
    Q_OBJECT

private:
    Trace m_trace;
    int m_queue = -1;

    void build(double lastValue)
    {
        m_trace = Trace();
        m_trace.setLane({0, LaneKind::Main, QStringLiteral("main"), 42, 1, 42, -1});
        m_trace.setLane({1, LaneKind::Thread, QStringLiteral("worker"), 42, 1, 43, 0});
        m_trace.setLane({2, LaneKind::Process, QStringLiteral("child"), 77, 42, 77, 0});
        m_trace.setLane({3, LaneKind::Thread, QStringLiteral("child's thread"), 77, 42, 78, 2});
        m_queue = m_trace.strings().intern(QStringLiteral("queue length"));
        for (int l = 0; l < 4; ++l)
            m_trace.setEvents(l, {Event::makeState(l * 1000, l, State::Running),
                                  Event::make(5000 + l, l, EventType::Counter, m_queue, 0, 1.0 + l),
                                  Event::make(9000 + l, l, EventType::Counter, m_queue, 0, lastValue + l),
                                  Event::makeState(20'000, l, State::Done)});
        m_trace.wallNs = m_trace.endTime();
    }

    // The trace in a view of 700x360, ended.
    void show(TimelineView &view)
    {
        view.resize(700, 360);
        view.setTrace(&m_trace);
        view.setLive(false);
    }

    // The view drawn with rows copied where they can be (after a drawing that keeps them) and
    // with every row drawn: the same picture.
    static void same(TimelineView &view, const char *what)
    {
        QImage kept(view.size(), QImage::Format_ARGB32_Premultiplied), fresh = kept;
        LaneHeaderPainter::setKeptRows(true);
        view.render(&kept);
        view.render(&kept);
        LaneHeaderPainter::setKeptRows(false);
        view.render(&fresh);
        LaneHeaderPainter::setKeptRows(true);
        QVERIFY2(kept == fresh, what);
    }

private slots:
    void cleanup()
    {
        LaneHeaderPainter::setKeptRows(true);
        TimelineTheme::setDark(false);
        TimelineTheme::setHighContrast(false);
    }

    void everyChangeShows()
    {
        build(2.5);
        TimelineView view;
        show(view);
        same(view, "first view");
        QImage before(view.size(), QImage::Format_ARGB32_Premultiplied);
        view.render(&before);

        // A lane renamed: its row must not be copied from the old name.
        Lane renamed = *m_trace.lane(1);
        renamed.name = QStringLiteral("wurker"); // as long as the old name: only its letters tell
        m_trace.setLane(renamed);
        view.traceUpdated();
        same(view, "renamed");
        QImage after(view.size(), QImage::Format_ARGB32_Premultiplied);
        view.render(&after);
        QVERIFY(after != before);

        // A counter's latest value changed.
        build(7.5); // "= 2.5" becomes "= 7.5": as long, only the digits tell
        view.setTrace(&m_trace);
        same(view, "new counter value");

        view.toggleCollapsed(1);
        same(view, "collapsed");
        view.toggleCollapsed(1);
        same(view, "opened again");

        for (const qreal scroll : {3.0, 17.5, 40.25}) {
            view.viewport()->setScrollY(scroll, 1e6);
            same(view, "scrolled");
        }
        view.viewport()->setScrollY(0, 0);

        view.setScale(1.6);
        same(view, "presentation type");
        view.setScale(1.0);

        TimelineTheme::setDark(true);
        same(view, "dark");
        TimelineTheme::setHighContrast(true);
        same(view, "dark, high contrast");
        TimelineTheme::setDark(false);
        same(view, "light, high contrast");
        TimelineTheme::setHighContrast(false);
        same(view, "light");

        view.resize(523, 301);
        same(view, "resized");
    }

    // Where the part being repainted is not one rectangle, nothing is written into the image
    // directly and Qt draws everything: the same pixels as the timeline's own writing gives.
    void drawnByQtIsTheSame()
    {
        build(2.5);
        TimelineView view;
        show(view);
        view.viewport()->setRange(3000, 12000);
        QImage direct(view.size(), QImage::Format_ARGB32_Premultiplied);
        view.render(&direct);
        view.render(&direct); // rows copied from their kept pictures
        const QRegion parts = QRegion(0, 0, 700, 170) + QRegion(0, 200, 700, 160);
        QImage byQt(view.size(), QImage::Format_ARGB32_Premultiplied);
        byQt.fill(Qt::black);
        view.render(&byQt, QPoint(), parts);
        for (const QRect &r : parts)
            QVERIFY2(byQt.copy(r) == direct.copy(r), qPrintable(QStringLiteral("%1,%2").arg(r.x()).arg(r.y())));
    }
};

QTEST_MAIN(TestKeptRows)
#include "tst_keptrows.moc"
