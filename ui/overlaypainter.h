#pragma once

#include "timelinelayout.h"

#include <QCoreApplication>

class QPainter;

namespace conlab {

// What is drawn over everything else in the plot: the selected span's outline and the "now"
// line with its label on the axis.
class OverlayPainter
{
    Q_DECLARE_TR_FUNCTIONS(OverlayPainter)

public:
    OverlayPainter(const Trace &trace, const TimelineLayout &layout, qint64 end);

    void paintSelection(QPainter &p, int lane, int event) const;
    void paintNow(QPainter &p, qint64 now) const;
    void paintNowLabel(QPainter &p, qint64 now) const;

private:
    const Trace &m_trace;
    const TimelineLayout &m_layout;
    qint64 m_end;
};

} // namespace conlab
