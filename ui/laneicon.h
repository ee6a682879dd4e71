#pragma once

#include "trace/event.h"

#include <QColor>
#include <QRectF>

class QPainter;

namespace conlab {

// Small line icons for lane kinds, drawn as vectors so they stay sharp at any export size.
class LaneIcon
{
public:
    static void paint(QPainter &p, const QRectF &box, LaneKind kind, const QColor &color);
};

} // namespace conlab
