#pragma once

#include "timelinelayout.h"

#include <QColor>
#include <QImage>

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
    // One row across the area in `base`, with the grid's pixel in each of `columns`: filling
    // with it draws the background and the grid over it in one pass.
    QImage gridRow(const std::vector<GridColumn> &columns, const QColor &base) const;
    // `textured`: the band's brush is a row with the grid in it, filled as PixelStrip does.
    void paintBands(QPainter &p, const QBrush &band, const QPen &separator, bool textured) const;

    const TimelineLayout &m_layout;
    qint64 m_unitNs;
};

} // namespace conlab
