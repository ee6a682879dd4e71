#include "hairlines.h"

#include "directtarget.h"

#include <QImage>
#include <QPainter>

#include <cmath>
#include <utility>

namespace conlab {

namespace {

// 26.6 fixed point as the rasterizer takes a coordinate: truncated toward zero.
int fixed(qreal v)
{
    return int(v * 64.);
}

// a / b in 16.16 fixed point, a and b in 26.6.
int ratio(int a, int b)
{
    return int(qint64(a) * 65536 / b);
}

// The line cut where its coordinate `a` (x, or y with the axes swapped) leaves [lo, hi], `b`
// following along it, as the rasterizer cuts it (in floating point). False if nothing is left.
bool cutAxis(qreal &a1, qreal &b1, qreal &a2, qreal &b2, qreal lo, qreal hi)
{
    if (a1 < lo) {
        if (a2 <= lo)
            return false;
        b1 += (b2 - b1) / (a2 - a1) * (lo - a1);
        a1 = lo;
    } else if (a1 > hi) {
        if (a2 >= hi)
            return false;
        b1 += (b2 - b1) / (a2 - a1) * (hi - a1);
        a1 = hi;
    }
    if (a2 < lo) {
        b2 += (b2 - b1) / (a2 - a1) * (lo - a2);
        a2 = lo;
    } else if (a2 > hi) {
        b2 += (b2 - b1) / (a2 - a1) * (hi - a2);
        a2 = hi;
    }
    return true;
}

// The line cut to the area the rasterizer works in (a pixel around the device); false if
// nothing of it is left.
bool cut(qreal &x1, qreal &y1, qreal &x2, qreal &y2, const QRect &device)
{
    if (!std::isfinite(x1) || !std::isfinite(y1) || !std::isfinite(x2) || !std::isfinite(y2))
        return false;
    return cutAxis(x1, y1, x2, y2, device.left() - 1, device.right() + 2) &&
           cutAxis(y1, x1, y2, x2, device.top() - 1, device.bottom() + 2);
}

} // namespace

void Hairlines::drawLine(QPainter &p, const QLineF &line)
{
    const QPen &pen = p.pen();
    if (pen.style() == Qt::SolidLine && pen.isSolid() && pen.widthF() == 0 && pen.capStyle() == Qt::SquareCap &&
        !p.testRenderHint(QPainter::Antialiasing)) {
        if (const DirectTarget target(p); target.valid()) {
            draw(target, {line.translated(target.offset())}, DirectTarget::solid(pen.color()));
            return;
        }
    }
    p.drawLine(line);
}

void Hairlines::draw(const DirectTarget &target, const std::vector<QLineF> &deviceLines, QRgb color)
{
    const QRect clip = target.clip();
    const QRect device = target.image()->rect();
    const bool opaque = qAlpha(color) == 255;
    auto plot = [&](int x, int y) {
        if (!clip.contains(x, y))
            return;
        QRgb &d = target.row(y)[x];
        d = opaque ? color : DirectTarget::over(d, color);
    };
    for (const QLineF &line : deviceLines) {
        qreal rx1 = line.x1(), ry1 = line.y1(), rx2 = line.x2(), ry2 = line.y2();
        if (rx1 == rx2 && ry1 == ry2) {
            plot(qRound(rx1), qRound(ry1)); // a point
            continue;
        }
        if (!cut(rx1, ry1, rx2, ry2, device))
            continue;
        int x1 = fixed(rx1), y1 = fixed(ry1), x2 = fixed(rx2), y2 = fixed(ry2);
        const bool upright = std::abs(x2 - x1) < std::abs(y2 - y1);
        if (!upright) { // step along x instead: the same with the axes swapped
            std::swap(x1, y1);
            std::swap(x2, y2);
        }
        if (x1 == x2 && y1 == y2)
            continue;
        if (y1 > y2) {
            std::swap(y1, y2);
            std::swap(x1, x2);
        }
        const int inc = ratio(x2 - x1, y2 - y1);
        int x = x1 * (1 << 10);
        // Half a pixel more at each end (square caps).
        y1 -= 32;
        x -= inc >> 1;
        y2 += 32;
        int y = (y1 + 32) >> 6;
        int end = (y2 + 32) >> 6;
        if (y == end)
            continue;
        x += ((y * (1 << 6)) + (inc > 0 ? 32 : 0) - y1) * inc >> 6;
        // Only the steps inside the clip along the line's own axis; the other is checked.
        const int first = upright ? clip.top() : clip.left(), last = upright ? clip.bottom() : clip.right();
        const int lo = upright ? clip.left() : clip.top(), hi = upright ? clip.right() : clip.bottom();
        if (y < first) {
            x += (first - y) * inc;
            y = first;
        }
        end = qMin(end, last + 1);
        for (; y < end; ++y, x += inc) {
            const int minor = x >> 16;
            if (minor < lo || minor > hi)
                continue;
            QRgb &d = upright ? target.row(y)[minor] : target.row(minor)[y];
            d = opaque ? color : DirectTarget::over(d, color);
        }
    }
}

} // namespace conlab
