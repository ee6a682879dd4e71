#pragma once

#include <QPoint>
#include <QRect>
#include <QRgb>

class QBrush;
class QPainter;
class QRectF;

namespace conlab {

// One row of device pixels across the clip, stretched over a band of rows in one draw: for
// boxes that span the same rows (a lane's spans, its lock holds) it writes each pixel column
// once instead of filling each box on every row. Only on the raster engine with a whole-pixel
// translation for transform (the window, a picture at its reference size), where AliasedFill
// says which pixels a fill of each box covers; elsewhere callers draw their boxes.
class PixelStrip
{
public:
    static bool suits(const QPainter &p);
    // Fills `rect` (painter coordinates; a whole-pixel translation for transform) with a brush
    // of one-row texture as fillRect() would, in slices of at most 64 rows: the raster engine
    // hands a fill of a hundred rows or more to its thread pool, and the timeline's painting
    // does its work on the painting thread, as it did before these fills replaced plain ones.
    static void fillRows(QPainter &p, const QRectF &rect, const QBrush &brush);

    // A transparent row across the painter's clip.
    explicit PixelStrip(const QPainter &p);

    // The device pixels drawRects() would fill for `box` (unclipped; empty if none).
    QRect pixels(const QRectF &box) const;
    // Device columns [x0, x1) take `color` (premultiplied), clipped to the row.
    void fill(int x0, int x1, QRgb premultiplied);
    // The row over device rows [top, bottom), then cleared for the next band.
    void draw(QPainter &p, int top, int bottom);

private:
    QPoint m_offset; // device = logical + offset
    QRect m_clip;    // the rasterizer's clip, in device pixels
    QRgb *m_pixels;
};

} // namespace conlab
