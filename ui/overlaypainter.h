#pragma once

#include "timelinelayout.h"

#include <QCoreApplication>
#include <QPolygonF>

#include <vector>

class QPainter;

namespace conlab {

class TraceIndex;

// Everything drawn over or beside the state bars but the arrows (FlowPainter): marks with their
// text, counter step lines, the selected span's outline and the "now" line.
class OverlayPainter
{
    Q_DECLARE_TR_FUNCTIONS(OverlayPainter)

public:
    OverlayPainter(const Trace &trace, const TimelineLayout &layout, qint64 end, const TraceIndex &index);

    void paintMarks(QPainter &p, const TimelineLayout::Row &row) const;
    void paintCounter(QPainter &p, const TimelineLayout::Row &row) const;
    void paintSelection(QPainter &p, int lane, int event) const;
    void paintNow(QPainter &p, qint64 now) const;
    void paintNowLabel(QPainter &p, qint64 now) const;

private:
    struct CounterLabel
    {
        QPointF at;  // where the level starts
        double value;
        qreal next;  // where the next level starts
    };
    void paintCounterValues(QPainter &p, const TimelineLayout::Row &row, const std::vector<CounterLabel> &labels) const;
    // A counter row's step line, the boxes under it and the levels that may carry a number.
    struct CounterShape
    {
        QPolygonF line;
        std::vector<QRectF> fill;
        std::vector<CounterLabel> labels;
    };
    CounterShape counterShape(const TimelineLayout::Row &row, const QRectF &box, double lo, double hi) const;
    void paintMarkLabels(QPainter &p, const QRectF &strip, const std::vector<const Event *> &marks) const;

    const Trace &m_trace;
    const TimelineLayout &m_layout;
    qint64 m_end;
    const TraceIndex &m_index;
};

} // namespace conlab
