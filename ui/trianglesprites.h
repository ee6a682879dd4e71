#pragma once

#include <QColor>
#include <QPointF>

class QPainter;

namespace conlab {

// Small antialiased triangles (a mark's) drawn from images made once per sub-pixel position:
// Qt's antialiased filler costs a few microseconds per call, a small image a fraction of one.
// A triangle's image is made by that same filler with the triangle's corners at the same
// 1/64-pixel positions within their pixels, and an opaque colour blended over what is under it
// by its coverage is what the image blended over it gives, so the pixels are the same ones.
// Only for the raster engine with a whole-pixel translation for transform, or scaled by a
// screen's pixel ratio (the images are then made at the device's resolution).
class TriangleSprites
{
public:
    static bool suits(const QPainter &p);

    // Fills the triangle (a, b, c) in `color` (opaque) as QPainter::fillPath() with
    // antialiasing would fill a path of those corners.
    static void fill(QPainter &p, QPointF a, QPointF b, QPointF c, const QColor &color);
    // The same for a four-cornered shape (a run of marks close together: one trapezoid), as
    // fillPath() fills a closed path of those corners.
    static void fill(QPainter &p, QPointF a, QPointF b, QPointF c, QPointF d, const QColor &color);

private:
    static void fill(QPainter &p, const QPointF *corners, int count, const QColor &color);
};

} // namespace conlab
