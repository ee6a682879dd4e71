#pragma once

#include <QLineF>
#include <QRgb>

#include <vector>

namespace conlab {

class DirectTarget;

} // namespace conlab

class QPainter;

namespace conlab {

// Hairlines (a cosmetic pen of width 0, square caps, no antialiasing) written straight into
// the image, on the very pixels Qt's raster engine gives them: its rule steps along the
// longer axis in 26.6 fixed point, half a pixel added at each end, one pixel per row (or
// column) from the rounded start to the rounded end. Checked against drawLines() on random
// lines in tst_pixelrules.
class Hairlines
{
public:
    // Each line in device coordinates, in `color` (premultiplied), clipped to the target.
    static void draw(const DirectTarget &target, const std::vector<QLineF> &deviceLines, QRgb color);
    // QPainter::drawLine() of `line` (painter coordinates) in the painter's pen: straight into
    // the image where the pen is a solid hairline and that can be done, by Qt elsewhere.
    static void drawLine(QPainter &p, const QLineF &line);
};

} // namespace conlab
