#pragma once

#include "laneindex.h"
#include "timelinelayout.h"

#include <QPolygonF>

#include <vector>

class QPainter;

namespace conlab {

class TraceIndex;

// A counter row: the counter's value over time as a step line over a shaded area, with the
// value written on each level wide enough to hold it. Values within one pixel column fold into
// one upright stroke from their least to their greatest.
class CounterPainter
{
public:
    CounterPainter(const TimelineLayout &layout, qint64 end, const TraceIndex &index);

    void paint(QPainter &p, const TimelineLayout::Row &row) const;

private:
    struct Label
    {
        QPointF at;  // where the level starts
        double value;
        qreal next;  // where the next level starts
    };
    // The step line, the boxes under it and the levels that may carry a number.
    struct Shape
    {
        QPolygonF line;
        std::vector<QRectF> fill;
        std::vector<Label> labels;
    };
    void shape(const LaneIndex::Counter &counter, const QRectF &box, double lo, double hi, Shape &out) const;
    void paintLine(QPainter &p, const QRectF &box, const Shape &shape) const;
    void paintValues(QPainter &p, const TimelineLayout::Row &row, const std::vector<Label> &labels) const;

    const TimelineLayout &m_layout;
    qint64 m_end;
    const TraceIndex &m_index;
};

} // namespace conlab
