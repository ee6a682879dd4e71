#pragma once

#include "timelinelayout.h"

#include <QCoreApplication>
#include <QPointF>

namespace conlab {

// What is under a point of the timeline, and how to say it in words.
struct TimelineHit
{
    Q_DECLARE_TR_FUNCTIONS(TimelineHit)

public:
    enum Kind { None, Span, Mark, Counter, CollapseArrow, Header } kind = None;
    int lane = -1;
    int event = -1; // Span: its State event; Mark: the mark; Counter: the value in force
    qint64 start = 0;
    qint64 end = 0;

    // `end` is where the last spans stop (trace end, or now while live).
    static TimelineHit at(const Trace &trace, const TimelineLayout &layout, QPointF pos, qint64 end);
    // A few lines for a tooltip or the details line: lane, state, start, duration, label.
    QString describe(const Trace &trace, qint64 unitNs, bool richText) const;

private:
    static TimelineHit markAt(const Trace &trace, const TimelineLayout &layout, const TimelineLayout::Row &row,
                              qreal x);
    static TimelineHit spanAt(const Trace &trace, const TimelineLayout &layout, const TimelineLayout::Row &row,
                              qreal x, qint64 end);
    static TimelineHit counterAt(const Trace &trace, const TimelineLayout &layout, const TimelineLayout::Row &row,
                                 qreal x);
};

} // namespace conlab
