#pragma once

#include "timelinelayout.h"

#include <QColor>
#include <QBrush>
#include <QImage>

#include <optional>
#include <vector>

class QPainter;

namespace conlab {

// What lies under the rows: the area's background, the lane names' column, every other process
// group on a light band, the lines between groups, and the time grid across the plot.
class BackgroundPainter
{
public:
    BackgroundPainter(const TimelineLayout &layout, qint64 unitNs);

    void paint(QPainter &p) const;
    // Whether paintRows() serves this painter (whole pixels on the raster engine).
    bool paintsInRows(const QPainter &p) const { return onWholePixels(p); }
    // The background of the rows [top, bottom) alone (whole pixels), so a row's contents can
    // be drawn over it while its pixels are still in the processor's cache; rows painted
    // this way one after the other give the picture paint() gives.
    // Drawn inside the area's clip, whatever the painter's clip is.
    void paintRows(QPainter &p, int top, int bottom) const;

private:
    // Whole pixels only: the area, the plot and the translation.
    bool onWholePixels(const QPainter &p) const;
    // A grid line's column in a row across the area, and whether it is a major tick's.
    struct GridColumn
    {
        int column;
        bool major;
    };
    std::vector<GridColumn> gridColumns(const QPainter &p) const;
    // The rows that fill the background, the bands and the separators, with the grid in them.
    void makeBrushes(const QPainter &p) const;
    // One row across the area in `base`, with the grid's pixel in each of `columns`: filling
    // with it draws the background and the grid over it in one pass.
    QImage gridRow(const std::vector<GridColumn> &columns, const QColor &base) const;
    // `textured`: the band's brush is a row with the grid in it, filled as PixelStrip does.
    void paintBands(QPainter &p, const QBrush &band, const QPen &separator, bool textured) const;

    const TimelineLayout &m_layout;
    qint64 m_unitNs;
    // Made at the first rows painted (they depend on where the painter puts whole pixels).
    mutable std::optional<std::vector<GridColumn>> m_columns;
    mutable qreal m_columnsFor = 0;
    mutable QBrush m_background, m_band, m_separator;
};

} // namespace conlab
