#include "aliasedfill.h"
#include "denselines.h"
#include "directtarget.h"
#include "hairlines.h"
#include "pixelstrip.h"
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

// The timeline draws some things its own way where that is cheaper (strips of pixels, ready
// images of triangles, boxes written into an image); each must give the very pixels Qt's own
// drawing gives, or the picture would change. Each is checked here against Qt on random cases.
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

    void aliasedFillIsWhatDrawRectsFills()
    {
        std::mt19937 rng(7);
        std::uniform_real_distribution<double> u(0, 1);
        for (int i = 0; i < 4000; ++i) {
            QImage image(120, 90, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            const QPoint offset(int(u(rng) * 10), int(u(rng) * 10));
            const QRect clip(int(u(rng) * 20) + 2, int(u(rng) * 20) + 2, 60 + int(u(rng) * 30), 40 + int(u(rng) * 20));
            // Boxes as the timeline makes them: whole-pixel sides, tops and bottoms anywhere
            // (often halfway, where the rounding of the rasterizer decides), some past the clip.
            qreal x0 = std::round(u(rng) * 110) - 10, x1 = x0 + 1 + std::round(u(rng) * 40);
            qreal top = 5 + u(rng) * 60, bottom = top + 0.5 + u(rng) * 20;
            if (i % 4 == 0)
                bottom = std::floor(bottom) + 0.5;
            if (i % 5 == 0) {
                x0 += u(rng);
                x1 += u(rng);
            }
            const QRectF box(QPointF(x0, top), QPointF(x1, bottom));
            {
                QPainter p(&image);
                p.translate(offset);
                p.setClipRect(QRectF(clip.translated(-offset)));
                p.setPen(Qt::NoPen);
                p.setBrush(Qt::black);
                p.drawRects(&box, 1);
            }
            QRect filled;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    if (image.pixel(x, y) != 0xffffffff)
                        filled |= QRect(x, y, 1, 1);
                }
            }
            const QRect rule = AliasedFill::pixels(box, offset, clip.intersected(image.rect())).intersected(clip);
            QVERIFY2(filled == rule || (filled.isEmpty() && rule.isEmpty()), qPrintable(QString::number(i)));
        }
    }

    // The shortcut for boxes on whole pixels gives what the full rule gives (which the test
    // above checks against Qt), wherever the box lies against the clip.
    void wholeBoxesTakeTheShortcut()
    {
        std::mt19937 rng(13);
        std::uniform_int_distribution<int> c(-40, 160);
        for (int i = 0; i < 200000; ++i) {
            const QRect clip(c(rng) / 2, c(rng) / 2, 1 + int(rng() % 120), 1 + int(rng() % 90));
            const QPointF offset(int(rng() % 20) - 5, int(rng() % 20) - 5);
            const QRectF box(QPointF(c(rng), c(rng)), QPointF(c(rng), c(rng)));
            QCOMPARE(AliasedFill::pixels(box, offset, clip), AliasedFill::general(box.normalized(), offset, clip));
        }
    }

    // Boxes written straight into the image (the counters' area and line): the pixels
    // drawRects() gives, in opaque and translucent colours, in both image formats.
    void directBoxesAreTheBoxesDrawn()
    {
        std::mt19937 rng(31);
        std::uniform_real_distribution<double> u(0, 1);
        for (int i = 0; i < 600; ++i) {
            QImage drawn = canvas(rng, 120, 90);
            if (i % 2)
                drawn = drawn.convertToFormat(QImage::Format_RGB32);
            QImage direct = drawn.copy();
            const QPoint offset(int(u(rng) * 10), int(u(rng) * 10));
            const QRectF clip(int(u(rng) * 20) + 2, int(u(rng) * 20) + 2, 60 + int(u(rng) * 30), 40 + int(u(rng) * 20));
            QColor color = QColor::fromRgb(rng() & 0xffffff);
            if (i % 3)
                color.setAlpha(int(rng() % 255));
            std::vector<QRectF> boxes;
            for (int b = 0; b < 4; ++b) {
                const qreal x0 = std::round(u(rng) * 100) - 10, top = u(rng) * 80;
                const qreal x1 = x0 + 1 + std::round(u(rng) * 40);
                boxes.emplace_back(QPointF(x0, top), QPointF(x1, top + 0.5 + u(rng) * 20));
            }
            {
                QPainter p(&drawn);
                p.translate(offset);
                p.setClipRect(clip);
                p.setPen(Qt::NoPen);
                p.setBrush(color);
                p.drawRects(boxes.data(), int(boxes.size()));
            }
            {
                QPainter p(&direct);
                p.translate(offset);
                p.setClipRect(clip);
                const DirectTarget target(p);
                QVERIFY(target.valid());
                for (const QRectF &box : boxes)
                    target.fillRect(AliasedFill::pixels(box, offset, target.clip()), DirectTarget::solid(color));
            }
            QVERIFY2(drawn == direct, qPrintable(QString::number(i)));
        }
    }

    // Hairlines written straight into the image (arrows, the axis's ticks): the pixels
    // drawLines() gives with a cosmetic pen, for lines of every slope, upright ones on half
    // pixels, short ones, points, and lines reaching past the clip and the image.
    void hairlinesAreTheLinesDrawn()
    {
        std::mt19937 rng(3);
        std::uniform_real_distribution<double> u(0, 1);
        for (int i = 0; i < 3000; ++i) {
            QImage drawn = canvas(rng, 120, 90);
            if (i % 2)
                drawn = drawn.convertToFormat(QImage::Format_RGB32);
            QImage direct = drawn.copy();
            const QPoint offset(int(u(rng) * 10), int(u(rng) * 10));
            const QRectF clip(int(u(rng) * 20) + 2, int(u(rng) * 20) + 2, 60 + int(u(rng) * 50), 40 + int(u(rng) * 40));
            std::vector<QLineF> lines;
            for (int k = 0; k < 3; ++k) {
                qreal x1 = u(rng) * 150 - 20, y1 = u(rng) * 120 - 20, x2 = u(rng) * 150 - 20, y2 = u(rng) * 120 - 20;
                if (i % 5 == 1)
                    x2 = x1 + (u(rng) - 0.5) * 6;
                if (i % 5 == 2)
                    x2 = x1 = std::round(x1 * 2) / 2;
                if (i % 5 == 3) {
                    x2 = x1 + u(rng) * 3;
                    y2 = y1 + u(rng) * 3;
                }
                if (i % 5 == 4 && k == 0)
                    x2 = x1, y2 = y1;
                lines.emplace_back(x1, y1, x2, y2);
            }
            QColor color = QColor::fromRgb(rng() & 0xffffff);
            if (i % 3 == 0)
                color.setAlpha(int(rng() % 255));
            {
                QPainter p(&drawn);
                p.translate(offset);
                p.setClipRect(clip);
                p.setPen(QPen(color, 0));
                p.drawLines(lines.data(), int(lines.size()));
            }
            {
                QPainter p(&direct);
                p.translate(offset);
                p.setClipRect(clip);
                const DirectTarget target(p);
                QVERIFY(target.valid());
                for (QLineF &l : lines)
                    l.translate(offset);
                Hairlines::draw(target, lines, DirectTarget::solid(color));
            }
            QVERIFY2(drawn == direct, qPrintable(QString::number(i)));
        }
    }

    void triangleSpritesAreFilledTriangles()
    {
        std::mt19937 rng(11);
        std::uniform_real_distribution<double> u(0, 1);
        for (int i = 0; i < 2000; ++i) {
            // Half of them written straight into the image, half drawn with drawImage(); in
            // both formats the window and the pictures use; every third a run's trapezoid.
            QImage direct = canvas(rng), sprite;
            if (i % 4 >= 2)
                direct = direct.convertToFormat(QImage::Format_RGB32);
            sprite = direct.copy();
            const qreal s = 2 + u(rng) * 5, x = 10 + u(rng) * 60, top = 5 + u(rng) * 40;
            const qreal end = i % 3 == 0 ? x + u(rng) * 16 : x;
            const QPointF a(x - s * 0.8, top), b(end + s * 0.8, top), c(end, top + s * 1.3), d(x, top + s * 1.3);
            const QColor color = i % 2 ? TimelineTheme::markColor() : TimelineTheme::mutedText();
            const QPoint offset(int(u(rng) * 6), int(u(rng) * 6));
            {
                QPainter p(&direct);
                p.translate(offset);
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
                p.translate(offset);
                QVERIFY(TriangleSprites::suits(p));
                const DirectTarget target(p);
                QVERIFY(target.valid());
                if (i % 3 == 0)
                    TriangleSprites::fill(p, a, b, c, d, color, i % 2 ? &target : nullptr);
                else
                    TriangleSprites::fill(p, a, b, c, color, i % 2 ? &target : nullptr);
            }
            QVERIFY2(direct == sprite, qPrintable(QString::number(i)));
        }
    }

    void stripsAreTheBoxesDrawn()
    {
        // Boxes side by side over the same rows, as a lane's spans: drawn with drawRects, and as
        // one strip where the rule says they fill the same rows.
        std::mt19937 rng(13);
        std::uniform_real_distribution<double> u(0, 1);
        for (int i = 0; i < 300; ++i) {
            QImage direct = canvas(rng, 200, 40), strip = direct.copy();
            const qreal top = 5 + u(rng) * 10, height = 3 + u(rng) * 15;
            std::vector<std::pair<QRectF, QRgb>> boxes;
            for (qreal x = -5; x < 210; x += 1 + std::round(u(rng) * 12))
                boxes.push_back({QRectF(x, top, 1 + std::round(u(rng) * 3), height), 0xff000000 | (rng() & 0xffffff)});
            for (QImage *image : {&direct, &strip}) {
                QPainter p(image);
                p.setClipRect(QRect(3, 0, 190, 40));
                p.setPen(Qt::NoPen);
                if (image == &direct) {
                    for (const auto &[box, color] : boxes) {
                        p.setBrush(QColor::fromRgb(color));
                        p.drawRects(&box, 1);
                    }
                    continue;
                }
                QVERIFY(PixelStrip::suits(p));
                PixelStrip row(p);
                QRect rows;
                for (const auto &[box, color] : boxes) {
                    const QRect pixels = row.pixels(box);
                    if (pixels.isEmpty())
                        continue;
                    if (rows.isNull())
                        rows = pixels;
                    QCOMPARE(pixels.top(), rows.top()); // these boxes all fill the same rows
                    QCOMPARE(pixels.bottom(), rows.bottom());
                    row.fill(pixels.left(), pixels.right() + 1, color);
                }
                row.draw(p, rows.top(), rows.bottom() + 1);
            }
            QVERIFY2(direct == strip, qPrintable(QString::number(i)));
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
