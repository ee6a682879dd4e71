#pragma once

#include "timelinelayout.h"

#include <QCoreApplication>

class QPainter;

namespace conlab {

// Everything drawn over or beside the state bars: marks with their text, counter step lines,
// flow arrows between lanes, the selected span's outline and the "now" line.
class OverlayPainter
{
    Q_DECLARE_TR_FUNCTIONS(OverlayPainter)

public:
    OverlayPainter(const Trace &trace, const TimelineLayout &layout, qint64 end);

    void paintMarks(QPainter &p, const TimelineLayout::Row &row) const;
    void paintCounter(QPainter &p, const TimelineLayout::Row &row) const;
    void paintFlows(QPainter &p) const;
    void paintSelection(QPainter &p, int lane, int event) const;
    void paintNow(QPainter &p, qint64 now) const;
    void paintNowLabel(QPainter &p, qint64 now) const;

private:
    void paintArrow(QPainter &p, QPointF from, QPointF to) const;
    void paintArc(QPainter &p, const TimelineLayout::Row &row, qreal from, qreal to) const;
    void paintCounterValues(QPainter &p, const TimelineLayout::Row &row, const QPolygonF &line,
                            const std::vector<double> &values) const;

    const Trace &m_trace;
    const TimelineLayout &m_layout;
    qint64 m_end;
};

} // namespace conlab
