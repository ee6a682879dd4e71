#pragma once

#include "timelinelayout.h"

#include <QCoreApplication>

#include <vector>

class QPainter;

namespace conlab {

class TraceIndex;

// Everything drawn over the state bars but the arrows (FlowPainter): marks with their text, the
// selected span's outline and the "now" line. Counter rows are CounterPainter's.
class OverlayPainter
{
    Q_DECLARE_TR_FUNCTIONS(OverlayPainter)

public:
    OverlayPainter(const Trace &trace, const TimelineLayout &layout, qint64 end, const TraceIndex &index);

    void paintMarks(QPainter &p, const TimelineLayout::Row &row) const;
    void paintSelection(QPainter &p, int lane, int event) const;
    void paintNow(QPainter &p, qint64 now) const;
    void paintNowLabel(QPainter &p, qint64 now) const;

private:
    void paintMarkLabels(QPainter &p, const QRectF &strip, const std::vector<const Event *> &marks) const;

    const Trace &m_trace;
    const TimelineLayout &m_layout;
    qint64 m_end;
    const TraceIndex &m_index;
};

} // namespace conlab
