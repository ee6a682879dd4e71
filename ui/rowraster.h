#pragma once

#include <QImage>
#include <QRectF>

class QPainter;

namespace conlab {

// Boxes written straight into an image the size of one band of the timeline (a counter row,
// the gap between two lanes), at the device's resolution, then drawn in one go. Where a band
// holds thousands of boxes a pixel wide, this costs a few writes per pixel instead of a fill
// call per box and per scanline. Only for the raster engine at a scale of at least one: an
// SVG keeps its boxes, and a shrunk picture keeps every thin one.
class RowRaster
{
public:
    static bool suits(const QPainter &p, size_t boxes);

    RowRaster(const QPainter &p, const QRectF &area);

    // A box in the painter's coordinates; `color` replaces what is there (premultiplied).
    void fill(const QRectF &box, QRgb premultiplied);
    void draw(QPainter &p) const;

private:
    QRectF m_area;
    qreal m_sx = 1;
    qreal m_sy = 1;
    QImage m_image;
    uchar *m_bits = nullptr; // taken once: scanLine() checks for sharing at every call
    qsizetype m_stride = 0;
};

} // namespace conlab
