#pragma once

#include "timelinelayout.h"

class QBrush;
class QPainter;
class QPen;

namespace conlab {

// What lies under the rows: the area's background, the lane names' column, every other process
// group on a light band, the lines between groups, and the time grid across the plot.
class BackgroundPainter
{
public:
    BackgroundPainter(const TimelineLayout &layout, qint64 unitNs);

    void paint(QPainter &p) const;

private:
    void paintBands(QPainter &p, const QBrush &band, const QPen &separator) const;

    const TimelineLayout &m_layout;
    qint64 m_unitNs;
};

} // namespace conlab
