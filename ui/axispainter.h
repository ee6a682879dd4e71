#pragma once

#include "timelinelayout.h"

#include <QCoreApplication>

class QPainter;

namespace conlab {

// The time axis above the rows and the grid lines through them.
class AxisPainter
{
    Q_DECLARE_TR_FUNCTIONS(AxisPainter)

public:
    static void paintGrid(QPainter &p, const TimelineLayout &layout, qint64 unitNs);
    static void paintAxis(QPainter &p, const TimelineLayout &layout, qint64 unitNs);
    // The corner above the lane names: says what the two label lines of the axis are.
    static void paintCorner(QPainter &p, const TimelineLayout &layout, qint64 unitNs);
    static qreal minLabelSpacing(const TimelineLayout &layout);
};

} // namespace conlab
