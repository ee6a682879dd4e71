#include "denselines.h"
#include "rowraster.h"
#include "timelinetheme.h"
#include "timelineview.h"
#include "timelineviewport.h"
#include "trianglesprites.h"

#include <QPainter>
#include <QPainterPath>
#include <QtTest>

#include <cmath>
#include <random>
#include <set>
#include <tuple>

using namespace conlab;

// The timeline draws some things from images it makes (ready images of triangles, a band of
// upright arrows as one row) and dedupes crowded lines; each must give the picture drawing them
// one by one gives. Each is checked here on random cases.
class TestPixelRules : public QObject
{
    Q_OBJECT

private:
    static QImage canvas(std::mt19937 &rng, int w = 96, int h = 64)
    {
        QImage image(w, h, QImage::Format_ARGB32_Premultiplied);
        image.fill(0xff000000 | (rng() & 0xffffff));
        for (int i = 0; i < 200; ++i)
            image.setPixel(int(rng() % unsigned(w)), int(rng() % unsigned(h)), 0xff000000 | (rng() & 0xffffff));
        return image;
    }

    // Crowded lanes: thousands of short spans, marks, lock holds, a counter, arrows to the next
    // lane, so every cheaper way of drawing is taken.
    static Trace crowded()
    {
        Trace trace;
        std::mt19937 rng(29);
        std::uniform_int_distribution<int> step(1'000, 400'000), kind(0, 15);
        const int counter = trace.strings().intern(QStringLiteral("queue"));
        const int text = trace.strings().intern(QStringLiteral("printed"));
        for (int l = 0; l < 6; ++l)
            trace.setLane({l, LaneKind::Thread, QStringLiteral("t%1").arg(l), 1, 1, 10 + l, l > 0 ? 0 : -1});
        std::vector<std::vector<Event>> lanes(6);
        int flow = 0;
        for (int l = 0; l < 6; ++l) {
            qint64 t = 0;
            bool holding = false;
            for (int i = 0; i < 12000; ++i) {
                t += step(rng);
                const int k = kind(rng);
                if (k < 8)
                    lanes[size_t(l)].push_back(Event::makeState(t, l, State(k)));
                else if (k < 10)
                    lanes[size_t(l)].push_back(Event::make(t, l, EventType::Mark, text, int(MarkKind::Output)));
                else if (k < 12)
                    lanes[size_t(l)].push_back(Event::make(t, l, EventType::Counter, counter, 0, i % 7));
                else if (k < 14) {
                    lanes[size_t(l)].push_back(
                        Event::make(t, l, holding ? EventType::HoldEnd : EventType::HoldBegin, -1, 1));
                    holding = !holding;
                } else if (l < 5) {
                    lanes[size_t(l)].push_back(Event::make(t, l, EventType::FlowOut, -1, flow));
                    lanes[size_t(l) + 1].push_back(Event::make(t + step(rng) / 8, l + 1, EventType::FlowIn, -1, flow++));
                }
            }
        }
        for (int l = 0; l < 6; ++l)
            trace.setEvents(l, std::move(lanes[size_t(l)]));
        return trace;
    }

private slots:
    void viewInsideAWindowIsTheSamePicture_data()
    {
        QTest::addColumn<double>("span");
        QTest::newRow("whole run") << 1.0;
        QTest::newRow("2 %") << 0.02;
    }

    void viewInsideAWindowIsTheSamePicture()
    {
        // In the window the timeline is a child widget: its painter is offset from the window's
        // pixels. Drawn there, it must be the picture it is drawn alone, moved.
        QFETCH(double, span);
        const Trace trace = crowded();
        QWidget window;
        window.resize(1037, 653);
        auto *view = new TimelineView(&window);
        view->setGeometry(37, 53, 1000, 600);
        view->setTrace(&trace);
        view->setLive(false);
        const qint64 from = qint64(double(trace.endTime()) * (1 - span) / 2);
        view->viewport()->setRange(from, from + qint64(double(trace.endTime()) * span));
        QImage alone(view->size(), QImage::Format_ARGB32_Premultiplied);
        view->render(&alone);
        const QImage inside =
            window.grab().toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied).copy(view->geometry());
        QCOMPARE(inside.size(), alone.size());
        QVERIFY(inside == alone);
    }

    void textsDrawnAgainAreTheSamePicture()
    {
        // A span's label is drawn by Qt the first time and from a picture of it made over the
        // span's colour after: the view must not change from one repaint to the next.
        Trace trace = crowded();
        const int label = trace.strings().intern(QStringLiteral("a label only this test draws"));
        std::vector<Event> events = trace.events(0);
        for (size_t i = 0; i < events.size(); i += 40) {
            if (events[i].type == EventType::State)
                events[i].label = label;
        }
        trace.setEvents(0, std::move(events));
        TimelineView view;
        view.resize(1000, 600);
        view.setTrace(&trace);
        view.setLive(false);
        view.viewport()->setRange(trace.endTime() / 2, trace.endTime() / 2 + trace.endTime() / 2000);
        QImage first(view.size(), QImage::Format_ARGB32_Premultiplied), again = first;
        view.render(&first);
        view.render(&again);
        view.render(&again);
        QVERIFY(first == again);
    }

    void triangleSpritesAreFilledTriangles()
    {
        std::mt19937 rng(11);
        std::uniform_real_distribution<double> u(0, 1);
        for (int i = 0; i < 2000; ++i) {
            // In both formats the window and the pictures use; every third a run's trapezoid.
            // Every fifth as on a screen of pixel ratio 2: the painter scaled, not moved.
            const bool scaled = i % 5 == 4;
            QImage filled = scaled ? canvas(rng, 192, 128) : canvas(rng), sprite;
            if (i % 4 >= 2)
                filled = filled.convertToFormat(QImage::Format_RGB32);
            sprite = filled.copy();
            const qreal s = 2 + u(rng) * 5, x = 10 + u(rng) * 60, top = 5 + u(rng) * 40;
            const qreal end = i % 3 == 0 ? x + u(rng) * 16 : x;
            const QPointF a(x - s * 0.8, top), b(end + s * 0.8, top), c(end, top + s * 1.3), d(x, top + s * 1.3);
            const QColor color = i % 2 ? TimelineTheme::markColor() : TimelineTheme::mutedText();
            const QPoint offset(int(u(rng) * 6), int(u(rng) * 6));
            {
                QPainter p(&filled);
                scaled ? p.scale(2, 2) : p.translate(offset);
                p.setRenderHint(QPainter::Antialiasing, true);
                QPolygonF corners;
                corners << a << b << c;
                if (i % 3 == 0)
                    corners << d;
                QPainterPath path;
                path.addPolygon(corners);
                path.closeSubpath();
                p.fillPath(path, color);
            }
            {
                QPainter p(&sprite);
                scaled ? p.scale(2, 2) : p.translate(offset);
                QVERIFY(TriangleSprites::suits(p));
                if (i % 3 == 0)
                    TriangleSprites::fill(p, a, b, c, d, color);
                else
                    TriangleSprites::fill(p, a, b, c, color);
            }
            QVERIFY2(filled == sprite, qPrintable(QString::number(i)));
        }
    }

    void rowsOfColumnsAreTheColumnsFilled()
    {
        // A band of upright arrows: written as one row drawn down the band, or box by box.
        std::mt19937 rng(17);
        std::uniform_real_distribution<double> u(0, 1);
        for (int i = 0; i < 60; ++i) {
            QImage asColumns = canvas(rng, 700, 120), asBoxes = asColumns.copy();
            std::vector<qreal> xs;
            for (qreal x = 10; x < 690; x += 2 * (1 + int(u(rng) * 3)))
                xs.push_back(x);
            const qreal top = std::round(10 + u(rng) * 20), bottom = top + std::round(20 + u(rng) * 60);
            // On whole pixels and not: the second is drawn as a whole image.
            const QRectF band(QPointF(5, top + (i % 2 ? 0.5 : 0)), QPointF(695, bottom + 1));
            const QRgb color = TimelineTheme::flowArrow().rgb();
            for (QImage *image : {&asColumns, &asBoxes}) {
                QPainter p(image);
                QVERIFY(RowRaster::suits(p, 1000));
                RowRaster raster(p, band);
                if (image == &asColumns) {
                    raster.fillColumns(xs, top, bottom + 1, color);
                } else {
                    for (const qreal x : xs)
                        raster.fill(QRectF(x, top, 1, bottom + 1 - top), color);
                }
                raster.draw(p);
            }
            QVERIFY2(asColumns == asBoxes, qPrintable(QString::number(i)));
        }
    }

    void crowdedLinesAreEachPixelLineOnce()
    {
        std::mt19937 rng(19);
        std::uniform_real_distribution<double> u(0, 1);
        const qreal left = 230, right = 1920;
        DenseLines dense(left, right);
        std::set<std::tuple<qreal, qreal, qreal, qreal>> expected;
        const auto snap = [](qreal v) { return 2 * std::round(v / 2); };
        for (int i = 0; i < 20000; ++i) {
            const qreal y1 = 100 + 50 * int(u(rng) * 8), y2 = y1 + (u(rng) < 0.5 ? 40.3 : -37.6);
            const qreal x1 = left - 50 + u(rng) * (right - left + 100);
            const qreal x2 = u(rng) < 0.8 ? x1 + u(rng) * 0.9 : x1 + u(rng) * 30; // mostly upright
            dense.add(QLineF(x1, y1, x2, y2));
            expected.insert({snap(x1), std::round(y1), snap(x2), std::round(y2)});
        }
        dense.finish();
        QCOMPARE(dense.count(), expected.size());
        std::vector<QLineF> lines;
        dense.lines(lines);
        std::set<std::tuple<qreal, qreal, qreal, qreal>> got;
        for (const QLineF &l : lines)
            got.insert({l.x1(), l.y1(), l.x2(), l.y2()});
        QCOMPARE(got, expected);
        std::vector<DenseLines::Band> bands;
        std::vector<QLineF> slanted;
        dense.split(bands, slanted);
        size_t upright = 0;
        for (const DenseLines::Band &b : bands)
            upright += b.xs.size();
        QCOMPARE(upright + slanted.size(), expected.size());
        for (const QLineF &l : slanted)
            QVERIFY(l.x1() != l.x2());
    }
};

QTEST_MAIN(TestPixelRules)
#include "tst_pixelrules.moc"
