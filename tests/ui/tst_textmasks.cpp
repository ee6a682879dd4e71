#include "textcache.h"
#include "timelinetheme.h"
#include "timelineview.h"
#include "timelineviewport.h"

#include <QPainter>
#include <QTextLayout>
#include <QtTest>

#include <cmath>
#include <random>

using namespace conlab;

// The timeline's text goes to whole pixels in the window and in pictures at their reference
// size, and is written there from coverage kept per text (TextMasks) where that gives Qt's own
// pixels: checked here against Qt drawing the same text, on random cases.
class TestTextMasks : public QObject
{
    Q_OBJECT

private:
    static QImage canvas(std::mt19937 &rng, QImage::Format format, int w, int h)
    {
        QImage image(w, h, format);
        for (int y = 0; y < h; ++y) {
            auto *px = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < w; ++x)
                px[x] = 0xff000000 | (rng() & 0xffffff);
        }
        return image;
    }

    static const QStringList &texts()
    {
        static const QStringList t = {QStringLiteral("= 3.75"),
                                      QStringLiteral("Waiting for a lock: not-full"),
                                      QStringLiteral("Wa…"),
                                      QStringLiteral("AVAW fi ff Ta 7.0"),
                                      QStringLiteral("units of 100 ms"),
                                      QStringLiteral("sing-13"),
                                      QString::fromUtf8("\xe7\xad\x89\xe5\xbe\x85\xe9\x94\x81 lock"),
                                      QStringLiteral(" ")};
        return t;
    }

private slots:
    void cleanup() { TextCache::setOwnMasks(true); }

    // On whole pixels the text's top left goes to the nearest pixel: what drawText gives there.
    void textGoesToAWholePixel()
    {
        std::mt19937 rng(23);
        std::uniform_real_distribution<double> u(0, 1);
        for (int i = 0; i < 100; ++i) {
            QImage drawn = canvas(rng, QImage::Format_ARGB32_Premultiplied, 240, 40), cached = drawn.copy();
            const QFont font = TimelineTheme::font(9 + u(rng) * 8, i % 2);
            const QPointF at(5 + u(rng) * 20, 20 + u(rng) * 5);
            const QString text = texts()[i % texts().size()];
            // From the top left to the baseline: the line's (a Chinese fallback font is deeper).
            QTextLayout layout(text, font);
            layout.beginLayout();
            const QTextLine line = layout.createLine();
            layout.endLayout();
            const qreal ascent = line.ascent();
            const QPointF snapped(std::round(at.x()), std::round(at.y() - ascent) + ascent);
            {
                QPainter p(&drawn);
                p.setFont(font);
                p.setPen(TimelineTheme::text());
                p.drawText(snapped, text);
            }
            {
                QPainter p(&cached);
                p.setPen(TimelineTheme::text());
                TextCache::drawAsText(p, font, at, text);
            }
            QVERIFY2(drawn == cached, qPrintable(text));
        }
    }

    // Written from masks or drawn by Qt: the same pixels, in both image formats the window
    // and the pictures use, in opaque and translucent pens, shifted, clipped (on whole pixels,
    // and on fractions, where Qt draws), Latin text whose glyphs overlap and Chinese text.
    void masksGiveQtsPixels()
    {
        std::mt19937 rng(5);
        std::uniform_real_distribution<double> u(0, 1);
        const quint64 before = TextCache::drawnFromMasks();
        int cases = 0;
        for (int i = 0; i < 400; ++i) {
            const QImage::Format format = i % 2 ? QImage::Format_RGB32 : QImage::Format_ARGB32_Premultiplied;
            QImage qt = canvas(rng, format, 260, 48), mine = qt.copy();
            const QFont font = TimelineTheme::font(8 + u(rng) * 12, rng() % 2);
            const QString text = texts()[size_t(rng() % unsigned(texts().size()))];
            QColor pen = QColor::fromRgb(rng() & 0xffffff);
            if (i % 3 == 0)
                pen.setAlpha(int(rng() % 256));
            if (i % 5 == 0)
                pen = TimelineTheme::text();
            const QPoint shift(int(rng() % 30), int(rng() % 8));
            const QPointF at(u(rng) * 40 - 10, 12 + u(rng) * 30);
            const int clipKind = int(rng() % 3);
            // A clip on whole pixels (written from masks) or on fractions (drawn by Qt).
            const QRectF clip =
                clipKind == 1 ? QRectF(int(rng() % 60), int(rng() % 20), 40 + int(rng() % 150), 10 + int(rng() % 30))
                              : QRectF(u(rng) * 60, u(rng) * 20, 40 + u(rng) * 150, 10 + u(rng) * 30);
            for (bool own : {false, true}) {
                TextCache::setOwnMasks(own);
                QPainter p(own ? &mine : &qt);
                p.translate(shift);
                if (clipKind > 0)
                    p.setClipRect(clip);
                p.setPen(pen);
                TextCache::draw(p, font, at, text);
            }
            QVERIFY2(qt == mine, qPrintable(QStringLiteral("case %1: '%2'").arg(i).arg(text)));
            ++cases;
        }
        // Most cases were written from masks (not Chinese text, not a clip on fractions).
        QVERIFY2(TextCache::drawnFromMasks() - before > quint64(cases / 3),
                 qPrintable(QString::number(TextCache::drawnFromMasks() - before)));
    }

    // The window's timeline, as a paint event draws it: the same picture either way.
    void timelineIsTheSameEitherWay()
    {
        Trace trace;
        trace.setLane({0, LaneKind::Main, QStringLiteral("main"), 42, 1, 42, -1});
        trace.setLane({1, LaneKind::Thread, QStringLiteral("worker"), 42, 1, 43, 0});
        const int label = trace.strings().intern(QStringLiteral("printed a line"));
        const int queue = trace.strings().intern(QStringLiteral("queue length"));
        trace.setEvents(0, {Event::makeState(0, 0, State::Running),
                            Event::make(400'000'000, 0, EventType::Mark, label, 0),
                            Event::make(500'000'000, 0, EventType::Counter, queue, 0, 2.5),
                            Event::makeState(900'000'000, 0, State::Sleeping),
                            Event::makeState(2'000'000'000, 0, State::Done)});
        trace.setEvents(1, {Event::makeState(100'000'000, 1, State::WaitingLock),
                            Event::makeState(700'000'000, 1, State::Running),
                            Event::makeState(1'800'000'000, 1, State::Done)});
        trace.parameters = {{QStringLiteral("unit-ms"), qint64(100)}};
        trace.wallNs = trace.endTime();
        TimelineView view;
        view.resize(900, 400);
        view.setTrace(&trace);
        view.setLive(false);
        // Drawn by Qt, then with masks on (a text gets its mask when it is drawn again).
        QImage shots[3];
        const quint64 before = TextCache::drawnFromMasks();
        for (int i = 0; i < 3; ++i) {
            TextCache::setOwnMasks(i > 0);
            shots[i] = QImage(view.size(), QImage::Format_ARGB32_Premultiplied);
            view.render(&shots[i]);
        }
        QVERIFY(TextCache::drawnFromMasks() - before >= 8); // lane names, span labels, axis, the mark's text
        QCOMPARE(shots[1], shots[0]);
        QCOMPARE(shots[2], shots[0]);
    }
};

QTEST_MAIN(TestTextMasks)
#include "tst_textmasks.moc"
