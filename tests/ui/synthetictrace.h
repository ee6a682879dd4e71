#pragma once

#include "timelinetheme.h"
#include "trace/trace.h"

#include <QImage>
#include <QtTest>

// A made-up run with one span of every state on the main lane and, on a worker thread, long
// sleeps around a running span far narrower than a pixel. Times in ms for readability.
namespace synthetic {

constexpr qint64 kMs = 1'000'000;
constexpr qint64 kSpan = 100 * kMs;                  // each state on the main lane
constexpr qint64 kEnd = conlab::StateCount * kSpan;  // 1.3 s
constexpr qint64 kBlipStart = 600 * kMs;             // worker's short Running span
constexpr qint64 kBlipLength = 20'000;               // 20 µs

inline conlab::Trace make()
{
    using namespace conlab;
    Trace trace;
    trace.setLane({0, LaneKind::Main, QStringLiteral("main"), 100, 1, 101, -1});
    trace.setLane({1, LaneKind::Thread, QStringLiteral("worker"), 100, 1, 102, 0});
    for (int s = 0; s < StateCount; ++s)
        trace.append(Event::makeState(s * kSpan, 0, State(s)));
    trace.append(Event::makeState(0, 1, State::Sleeping));
    trace.append(Event::makeState(kBlipStart, 1, State::Running));
    trace.append(Event::makeState(kBlipStart + kBlipLength, 1, State::Sleeping));
    const int lock = trace.strings().intern(QStringLiteral("lock"));
    trace.append(Event::make(100 * kMs, 1, EventType::HoldBegin, lock, 1));
    trace.append(Event::make(400 * kMs, 1, EventType::HoldEnd, lock, 1));
    const int counter = trace.strings().intern(QStringLiteral("counter"));
    trace.append(Event::make(0, 0, EventType::Counter, counter, 0, 0));
    trace.append(Event::make(700 * kMs, 0, EventType::Counter, counter, 0, 5));
    const int line = trace.strings().intern(QStringLiteral("hello"));
    trace.append(Event::make(250 * kMs, 1, EventType::Mark, line, int(MarkKind::Output)));
    trace.setEndTime(kEnd);
    trace.scenario = QStringLiteral("threads");
    trace.variant = QStringLiteral("parallel");
    trace.parameters = {{QStringLiteral("unit-ms"), qint64(100)}, {QStringLiteral("sing"), qint64(3)},
                        {QStringLiteral("dance"), qint64(4)}};
    trace.results = {{QStringLiteral("counter"), 7}};
    trace.wallNs = kEnd;
    trace.idealNs = 400 * kMs;
    return trace;
}

inline bool near(QRgb a, QRgb b, int tolerance)
{
    return qAbs(qRed(a) - qRed(b)) <= tolerance && qAbs(qGreen(a) - qGreen(b)) <= tolerance &&
           qAbs(qBlue(a) - qBlue(b)) <= tolerance;
}

// True if some pixel within `radius` of `at` has colour `want`.
inline bool colorNear(const QImage &image, QPoint at, QColor want, int radius = 0, int tolerance = 6)
{
    for (int dx = -radius; dx <= radius; ++dx) {
        for (int dy = -radius; dy <= radius; ++dy) {
            const QPoint p = at + QPoint(dx, dy);
            if (image.rect().contains(p) && near(image.pixel(p), want.rgb(), tolerance))
                return true;
        }
    }
    return false;
}

inline int countColor(const QImage &image, const QRect &rect, QColor want, int tolerance = 6)
{
    int n = 0;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            n += near(image.pixel(x, y), want.rgb(), tolerance) ? 1 : 0;
    }
    return n;
}

// Pixels dark enough to be text on the light background.
inline int countDark(const QImage &image, const QRect &rect)
{
    int n = 0;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            n += qGray(image.pixel(x, y)) < 110 ? 1 : 0;
    }
    return n;
}

} // namespace synthetic
