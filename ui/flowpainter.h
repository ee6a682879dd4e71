#pragma once

#include "flowindex.h"
#include "timelinelayout.h"

#include <QLineF>

#include <vector>

class QPainter;

namespace conlab {

// The arrows between lanes: a curve with a head from the act on one lane to what it caused on
// another, an arc over the bar for an arrow that comes back to its own lane. Where they crowd
// (thousands in view) they become thin straight lines, each pixel line drawn once.
class FlowPainter
{
public:
    FlowPainter(const TimelineLayout &layout, const FlowIndex &flows);

    void paint(QPainter &p) const;

private:
    struct LaneRow
    {
        const TimelineLayout::Row *row = nullptr;
        qreal barTop = 0;
        qreal barBottom = 0;
    };
    struct Arrow
    {
        QLineF line;
        qint32 order; // FlowIndex::Arrow::order: the order they are drawn in
    };
    struct Arc
    {
        const TimelineLayout::Row *row;
        qreal from;
        qreal to;
        qint32 order;
    };
    std::vector<LaneRow> laneRows() const;
    void collect(const std::vector<LaneRow> &rows, std::vector<Arrow> &arrows, std::vector<Arc> &arcs) const;
    void paintDense(QPainter &p, std::vector<Arrow> &arrows) const;
    void paintLines(QPainter &p, const std::vector<QLineF> &lines) const;
    void paintArrow(QPainter &p, QPointF from, QPointF to) const;
    void paintArc(QPainter &p, const TimelineLayout::Row &row, qreal from, qreal to) const;

    const TimelineLayout &m_layout;
    const FlowIndex &m_flows;
};

} // namespace conlab
