#pragma once

#include "timelinelayout.h"

#include <span>

class QPainter;
class QPainterPath;

namespace conlab {

class TraceIndex;

// A lane's marks (printed lines, notes, results): a small triangle at each over the bar, with
// its text where there is room for it.
class MarkPainter
{
public:
    MarkPainter(const Trace &trace, const TimelineLayout &layout, const TraceIndex &index);

    void paint(QPainter &p, const TimelineLayout::Row &row) const;

private:
    // Marks closer than their triangle's width, from the first's x to the last's.
    struct Run
    {
        qreal start;
        qreal end;
    };
    static void addRun(QPainterPath &shapes, const QRectF &strip, const Run &run);
    void paintShapes(QPainter &p, const QRectF &strip, std::span<const qint64> times) const;
    void paintLabels(QPainter &p, const QRectF &strip, int lane, std::span<const qint64> times,
                     std::span<const qint32> events) const;

    const Trace &m_trace;
    const TimelineLayout &m_layout;
    const TraceIndex &m_index;
};

} // namespace conlab
