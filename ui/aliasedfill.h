#pragma once

#include <QPointF>
#include <QRect>
#include <QRectF>

namespace conlab {

// The device pixels Qt's raster engine fills for QPainter::drawRects() with a box of fractional
// coordinates, no antialiasing and a translation for transform. It runs each box through its
// line rasterizer (a line along the box's middle, as thick as the box is tall) in floating
// point, so a box from 397 to 403.5 may end at row 402 or at row 403 depending on its width;
// drawing such boxes some other way (a strip of pixels stretched over their rows) gives the
// very same pixels only if those rows are worked out the same way, which is done here.
class AliasedFill
{
public:
    // `clip` is the rasterizer's clip in device pixels (the device, intersected with the
    // painter's clip); the result is not clipped. Empty if the box fills nothing.
    static QRect pixels(const QRectF &box, QPointF translation, const QRect &clip);
    // The same by the rasterizer's rule alone, without the shortcut for boxes on whole pixels
    // (tests compare the two).
    static QRect general(const QRectF &box, QPointF translation, const QRect &clip);
};

} // namespace conlab
