#pragma once

#include <QPoint>
#include <QRectF>
#include <QRgb>

#include <vector>

class QPainter;

namespace conlab {

// Boxes put into an image of its own the size of one band of the timeline (a counter row, the
// gap between two lanes), at the device's resolution, which the painter then draws in one go. Where a band
// holds thousands of boxes a pixel wide, this costs a few writes per pixel instead of a fill
// call per box and per scanline. Only for the raster engine at a scale of at least one: an
// SVG keeps its boxes, and a shrunk picture keeps every thin one. One raster at a time: they
// share their pixels' memory.
class RowRaster
{
public:
    static bool suits(const QPainter &p, size_t boxes);

    RowRaster(const QPainter &p, const QRectF &area);

    // A box in the painter's coordinates; `color` replaces what is there (premultiplied).
    void fill(const QRectF &box, QRgb premultiplied);
    // Instead of fill(): a box a pixel wide at each of `xs`, all from `top` to `bottom` + 1,
    // drawn as fill() would draw them but at the cost of one row.
    void fillColumns(const std::vector<qreal> &xs, qreal top, qreal bottom, QRgb premultiplied);
    void draw(QPainter &p) const;

    // A box in the image's pixels, as recorded until draw().
    struct Box
    {
        int x0, x1, y0, y1;
        QRgb color;
    };

private:
    void sortIntoTiles() const;
    void rasterize() const;
    void drawRowDown(QPainter &p) const;

    QRectF m_area;
    qreal m_sx = 1;
    qreal m_sy = 1;
    int m_width;
    int m_height;
    bool m_columnsOnly = false;
    int m_rowsFrom = 0; // fillColumns(): the rows its columns span
    int m_rowsTo = 0;
};

} // namespace conlab
