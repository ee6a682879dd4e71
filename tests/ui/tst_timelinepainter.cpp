#include "synthetictrace.h"

#include "exporter.h"
#include "legendpainter.h"
#include "picturepainter.h"
#include "timelinepainter.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QtTest>

using namespace conlab;
using namespace synthetic;

class TestTimelinePainter : public QObject
{
    Q_OBJECT

private:
    // Paints the synthetic trace onto a plain image, the way the window does.
    static QImage paint(const Trace &trace, const TimelineLayout &layout, const QSize &size)
    {
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        TimelinePaintOptions options;
        options.unitNs = TimelinePainter::unitOf(trace);
        TimelinePainter(trace, layout, options).paint(p);
        return image;
    }

private slots:
    void eachStateHasItsColourWhereItsSpanIs()
    {
        const Trace trace = make();
        const TimelineLayout layout(trace, QRectF(0, 0, 1600, 500), TimelineMetrics(), 0, kEnd);
        const QImage image = paint(trace, layout, QSize(1600, 500));
        const QRectF bar = layout.barRect(*layout.laneRow(0));
        for (int s = 0; s < StateCount; ++s) {
            const qreal x0 = layout.x(s * kSpan), x1 = layout.x((s + 1) * kSpan);
            const QColor want = TimelineTheme::stateColor(State(s));
            // Near both ends of the span, clear of its label text.
            for (const QPoint at : {QPoint(int(x0) + 3, int(bar.top()) + 2), QPoint(int(x1) - 4, int(bar.bottom()) - 2)})
                QVERIFY2(colorNear(image, at, want, 0, 0),
                         qPrintable(QStringLiteral("%1 at %2,%3").arg(QLatin1String(stateName(State(s)))).arg(at.x()).arg(at.y())));
        }
    }

    void spanNarrowerThanAPixelStillShows()
    {
        const Trace trace = make();
        const TimelineLayout layout(trace, QRectF(0, 0, 1600, 500), TimelineMetrics(), 0, kEnd);
        QVERIFY(layout.nsPerPixel() > kBlipLength * 20); // really far below a pixel
        const QImage image = paint(trace, layout, QSize(1600, 500));
        const QRectF bar = layout.barRect(*layout.laneRow(1));
        const QPoint at(int(layout.x(kBlipStart)), int(bar.center().y()));
        QVERIFY(colorNear(image, at, TimelineTheme::stateColor(State::Running), 1, 0));
        // …and it is one thin line, not a smear.
        QVERIFY(colorNear(image, at + QPoint(4, 0), TimelineTheme::stateColor(State::Sleeping), 0, 0));
        QVERIFY(colorNear(image, at - QPoint(4, 0), TimelineTheme::stateColor(State::Sleeping), 0, 0));
    }

    void holdBandAndCounterShow()
    {
        const Trace trace = make();
        const TimelineLayout layout(trace, QRectF(0, 0, 1600, 500), TimelineMetrics(), 0, kEnd);
        const QImage image = paint(trace, layout, QSize(1600, 500));
        const QRectF hold = layout.holdRect(*layout.laneRow(1));
        QVERIFY(colorNear(image, QPoint(int(layout.x(100 * kMs)) + 2, int(hold.center().y())),
                          TimelineTheme::holdBand(), 0, 0));
        QVERIFY(!colorNear(image, QPoint(int(layout.x(450 * kMs)), int(hold.center().y())),
                           TimelineTheme::holdBand(), 0, 0));
        // The counter steps up at 700 ms: its line is low before and high after.
        const TimelineLayout::Row *counter = nullptr;
        for (const auto &row : layout.rows())
            counter = row.kind == TimelineLayout::Row::Counter ? &row : counter;
        QVERIFY(counter);
        const QRectF box = layout.barRect(*counter);
        const QRect before(int(layout.x(300 * kMs)), int(box.top()), 3, int(box.height() / 2));
        const QRect after(int(layout.x(900 * kMs)), int(box.top()), 3, int(box.height() / 2));
        QCOMPARE(countDark(image, before), 0);
        QVERIFY(countDark(image, after) > 0);
    }

    void laneNamesAreWritten()
    {
        const Trace trace = make();
        const TimelineLayout layout(trace, QRectF(0, 0, 1600, 500), TimelineMetrics(), 0, kEnd);
        const QImage image = paint(trace, layout, QSize(1600, 500));
        const QRectF header = layout.headerRect();
        for (int lane : {0, 1}) {
            const auto *row = layout.laneRow(lane);
            QVERIFY(countDark(image, QRect(int(header.left() + 40), int(row->top), int(header.width() - 40),
                                           int(row->height))) > 40);
        }
    }

    void pictureHasTitleAndLegend()
    {
        const Trace trace = make();
        const QImage image = Exporter::renderImage(trace, QSize(1920, 1080));
        const PicturePainter picture(trace, PicturePainter::logicalSize(image.size()));
        QCOMPARE(PicturePainter::logicalSize(image.size()), QSizeF(1920, 1080));
        // A title line of real text, not an empty band.
        QVERIFY(countDark(image, picture.titleRect().toRect()) > 2000);
        // Every state the run went through has its swatch in the legend.
        for (const auto &item : LegendPainter::items(trace)) {
            if (item.kind == LegendPainter::Item::StateItem)
                QVERIFY2(countColor(image, picture.legendRect().toRect(), TimelineTheme::stateColor(item.state), 0) > 40,
                         stateName(item.state));
        }
        // And the timeline below them has the spans.
        const TimelineLayout &layout = picture.layout();
        const QRectF bar = layout.barRect(*layout.laneRow(0));
        QVERIFY(colorNear(image, QPoint(int(layout.x(kSpan)) + 3, int(bar.top()) + 2),
                          TimelineTheme::stateColor(State::Running), 0, 0));
        QVERIFY(picture.titleRect().bottom() <= picture.legendRect().top());
        QVERIFY(picture.legendRect().bottom() <= layout.area().top());
    }

    void largeTracePaintsWithinAFewFrames()
    {
        // 8 lanes × 50 000 spans (400 000 events): what folding and range queries are for.
        Trace trace;
        for (int lane = 0; lane < 8; ++lane) {
            trace.setLane({lane, LaneKind::Thread, QStringLiteral("t%1").arg(lane), 1, 1, 10 + lane, -1});
            for (int i = 0; i < 50'000; ++i)
                trace.append(Event::makeState(qint64(i) * 20'000 + lane, lane, i % 2 ? State::Sleeping : State::Running));
        }
        trace.setEndTime(1000 * kMs);
        QImage image(1920, 1080, QImage::Format_RGB32);
        QElapsedTimer clock;
        clock.start();
        const TimelineLayout layout(trace, QRectF(0, 0, 1920, 1080), TimelineMetrics(), 0, 1000 * kMs);
        QPainter p(&image);
        TimelinePainter(trace, layout).paint(p);
        p.end();
        const qint64 whole = clock.restart();
        const TimelineLayout zoomed(trace, QRectF(0, 0, 1920, 1080), TimelineMetrics(), 500 * kMs, 510 * kMs);
        p.begin(&image);
        TimelinePainter(trace, zoomed).paint(p);
        p.end();
        const qint64 part = clock.elapsed();
        qInfo("400k events: whole run painted in %lld ms, a 1%% stretch in %lld ms", whole, part);
        QVERIFY(whole < 1000);
        QVERIFY(part < 1000);
    }

    void bigPicturesScaleTheType()
    {
        const Trace trace = make();
        const QImage small = Exporter::renderImage(trace, QSize(1920, 1080));
        const QImage big = Exporter::renderImage(trace, QSize(3840, 2160));
        QCOMPARE(big.size(), QSize(3840, 2160));
        const PicturePainter picture(trace, PicturePainter::logicalSize(big.size()));
        const QRect title = picture.titleRect().toRect();
        const QRect scaled(title.topLeft() * 2, title.size() * 2);
        // Four times the pixels of text: the same words drawn at twice the size, not a blur.
        const int a = countDark(small, title), b = countDark(big, scaled);
        QVERIFY2(b > a * 3 && b < a * 5, qPrintable(QStringLiteral("%1 vs %2").arg(a).arg(b)));
    }
};

QTEST_MAIN(TestTimelinePainter)
#include "tst_timelinepainter.moc"
