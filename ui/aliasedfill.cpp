#include "aliasedfill.h"

#include "pixelmath.h"

#include <QtMath>

#include <utility>

namespace conlab {

namespace {

// Two coordinates within 1/64 pixel of each other count as one (the rasterizer's test).
bool same26Dot6(qreal a, qreal b)
{
    return int((b - a) * 64.) == 0;
}

// A line from `pa` to `pb` (the box's middle, level) cut to where it can touch the clip, as the
// rasterizer cuts it. False if nothing of it is left.
bool clipLevelLine(QPointF &pa, QPointF &pb, const QRectF &clip)
{
    if (clip.contains(pa) && clip.contains(pb))
        return true;
    qreal t1 = 0, t2 = 1;
    const qreal o[2] = {pa.x(), pa.y()};
    const qreal d[2] = {pb.x() - pa.x(), pb.y() - pa.y()};
    const qreal low[2] = {clip.left(), clip.top()};
    const qreal high[2] = {clip.right(), clip.bottom()};
    for (int i = 0; i < 2; ++i) {
        if (d[i] == 0) {
            if (o[i] <= low[i] || o[i] >= high[i])
                return false;
            continue;
        }
        const qreal inv = 1 / d[i];
        qreal tLow = (low[i] - o[i]) * inv, tHigh = (high[i] - o[i]) * inv;
        if (tLow > tHigh)
            std::swap(tLow, tHigh);
        t1 = qMax(t1, tLow);
        t2 = qMin(t2, tHigh);
        if (t1 >= t2)
            return false;
    }
    const QPointF a = pa + (pb - pa) * t1, b = pa + (pb - pa) * t2;
    pa = a;
    pb = b;
    return true;
}

} // namespace

QRect AliasedFill::pixels(const QRectF &box, QPointF translation, const QRect &clip)
{
    const QRectF r = box.normalized();
    if (r.isEmpty() || clip.isEmpty())
        return {};
    // A box on whole pixels fills its own pixels (cut to a pixel past the clip, as the rule
    // below cuts it): no rounding is near a half there. Most of a lane's boxes are such.
    const QRectF d = r.translated(translation);
    if (PixelMath::whole(d.left()) && PixelMath::whole(d.right()) && PixelMath::whole(d.top()) &&
        PixelMath::whole(d.bottom()) && qAbs(d.left()) < 1e9 &&
        qAbs(d.right()) < 1e9 && qAbs(d.top()) < 1e9 && qAbs(d.bottom()) < 1e9) {
        const qreal left = qBound(qreal(clip.left()), d.left(), qreal(clip.right() + 1));
        const qreal right = qBound(qreal(clip.left()), d.right(), qreal(clip.right() + 1));
        const qreal top = qBound(qreal(clip.top()), d.top(), qreal(clip.bottom() + 1));
        const qreal bottom = qBound(qreal(clip.top()), d.bottom(), qreal(clip.bottom() + 1));
        if (left == right || top == bottom)
            return {};
        // Rounded as the rule rounds (truncating toward zero left of the device, too).
        return QRect(QPoint(int(left + 0.5f), int(top + 0.5f)),
                     QPoint(right < 0.5f ? -1 : int(right - 0.5f), bottom < 0.5f ? -1 : int(bottom - 0.5f)));
    }
    return general(r, translation, clip);
}

QRect AliasedFill::general(const QRectF &r, QPointF translation, const QRect &clip)
{
    const QPointF a = (r.topLeft() + r.bottomLeft()) * 0.5f + translation;
    const QPointF b = (r.topRight() + r.bottomRight()) * 0.5f + translation;
    qreal width = r.height() / r.width();
    if (a == b || !(width > 0.0))
        return {};
    QPointF pa = a, pb = b;
    const QPointF offs = QPointF(qAbs(b.y() - a.y()), qAbs(b.x() - a.x())) * width * 0.5;
    if (!clipLevelLine(pa, pb, QRectF(clip.topLeft() - offs, clip.bottomRight() + QPoint(1, 1) + offs)))
        return {};
    const QPointF d0 = a - b, d = pa - pb;
    const qreal w = d.x() * d.x() + d.y() * d.y();
    if (w == 0)
        return {};
    width *= qSqrt((d0.x() * d0.x() + d0.y() * d0.y()) / w);
    // The level line turned upright, then filled as an upright line of the box's width.
    const qreal x = (pa.x() + pb.x()) * 0.5f, dx = qAbs(pb.x() - pa.x()) * 0.5f, y = pa.y(), dy = width * dx;
    qreal top = y - dy, bottom = y + dy;
    width = 1 / width;
    if (top > bottom)
        std::swap(top, bottom);
    const qreal half = 0.5f * width * (bottom - top);
    const qreal left = qBound(qreal(clip.left()), x - half, qreal(clip.right() + 1));
    const qreal right = qBound(qreal(clip.left()), x + half, qreal(clip.right() + 1));
    top = qBound(qreal(clip.top()), top, qreal(clip.bottom() + 1));
    bottom = qBound(qreal(clip.top()), bottom, qreal(clip.bottom() + 1));
    if (same26Dot6(left, right) || same26Dot6(top, bottom))
        return {};
    const int iTop = int(top + 0.5f), iBottom = bottom < 0.5f ? -1 : int(bottom - 0.5f);
    const int iLeft = int(left + 0.5f), iRight = right < 0.5f ? -1 : int(right - 0.5f);
    return QRect(QPoint(iLeft, iTop), QPoint(iRight, iBottom));
}

} // namespace conlab
