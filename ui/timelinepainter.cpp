#include "timelinepainter.h"

#include "axispainter.h"
#include "laneheaderpainter.h"
#include "overlaypainter.h"
#include "spanfolder.h"
#include "timelinetheme.h"
#include "tracequery.h"

#include <QFontMetricsF>
#include <QPainter>

namespace conlab {

TimelinePainter::TimelinePainter(const Trace &trace, const TimelineLayout &layout, const TimelinePaintOptions &options)
    : m_trace(trace)
    , m_layout(layout)
    , m_options(options)
{
}

qint64 TimelinePainter::unitOf(const Trace &trace)
{
    return trace.parameters.value(QStringLiteral("unit-ms")).toLongLong() * 1'000'000;
}

qint64 TimelinePainter::endTime() const
{
    return qMax(m_trace.endTime(), m_options.now);
}

void TimelinePainter::paint(QPainter &p) const
{
    p.save();
    p.setClipRect(m_layout.area());
    paintBackground(p);
    AxisPainter::paintGrid(p, m_layout, m_options.unitNs);
    const QRectF plot = m_layout.plotRect();
    OverlayPainter overlay(m_trace, m_layout, endTime());
    p.save();
    p.setClipRect(plot);
    for (const TimelineLayout::Row &row : m_layout.rows()) {
        if (row.bottom() < plot.top() || row.top > plot.bottom())
            continue;
        if (row.kind == TimelineLayout::Row::Counter) {
            overlay.paintCounter(p, row);
            continue;
        }
        paintSpans(p, row);
        paintHolds(p, row);
        overlay.paintMarks(p, row);
    }
    overlay.paintFlows(p);
    overlay.paintSelection(p, m_options.selectedLane, m_options.selectedEvent);
    if (m_options.now >= 0)
        overlay.paintNow(p, m_options.now);
    p.restore();
    LaneHeaderPainter::paint(p, m_trace, m_layout, m_options.arrows);
    AxisPainter::paintAxis(p, m_layout, m_options.unitNs);
    AxisPainter::paintCorner(p, m_layout, m_options.unitNs);
    if (m_options.now >= 0)
        overlay.paintNowLabel(p, m_options.now);
    p.restore();
}

void TimelinePainter::paintBackground(QPainter &p) const
{
    p.fillRect(m_layout.area(), TimelineTheme::background());
    p.fillRect(m_layout.headerRect(), TimelineTheme::headerBackground());
    // Every other process group on a light band, so lanes visibly belong to their process.
    const QRectF area = m_layout.area();
    const auto &rows = m_layout.rows();
    for (size_t i = 0; i < rows.size();) {
        size_t j = i;
        while (j + 1 < rows.size() && rows[j + 1].group == rows[i].group)
            ++j;
        const QRectF band(area.left(), rows[i].top, area.width(), rows[j].bottom() - rows[i].top);
        if (rows[i].group % 2 == 1)
            p.fillRect(band, TimelineTheme::bandBackground());
        p.setPen(QPen(TimelineTheme::separator(), 0));
        if (rows[i].group > 0)
            p.drawLine(QPointF(area.left(), band.top() - m_layout.metrics().groupGap / 2),
                       QPointF(area.right(), band.top() - m_layout.metrics().groupGap / 2));
        i = j + 1;
    }
}

void TimelinePainter::paintSpans(QPainter &p, const TimelineLayout::Row &row) const
{
    const QRectF bar = m_layout.barRect(row);
    const auto pieces = SpanFolder::pieces(m_trace, row.lane, m_layout, endTime());
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false); // boxes on whole pixels: no soft seams between spans
    p.setPen(Qt::NoPen);
    // At least one pixel of the device, even where a layout pixel is less (small pictures).
    const qreal minWidth = qMax<qreal>(1, 1 / qMax<qreal>(1e-6, p.deviceTransform().m11()));
    // Folded slivers last, so a wide neighbour never paints over them.
    for (const bool folded : {false, true}) {
        for (const SpanFolder::Piece &piece : pieces) {
            if (piece.folded != folded)
                continue;
            const QRectF box(QPointF(std::round(piece.x0), bar.top()), QPointF(std::round(piece.x1), bar.bottom()));
            const QRectF shown = box.width() >= minWidth ? box : QRectF(box.left(), box.top(), minWidth, box.height());
            p.fillRect(shown, TimelineTheme::stateColor(piece.state));
        }
    }
    p.restore();
    if (row.collapsed)
        return;
    const auto &events = m_trace.events(row.lane);
    for (const SpanFolder::Piece &piece : pieces) {
        if (piece.folded || piece.x1 - piece.x0 < m_layout.metrics().fontSize * 3)
            continue;
        const Event &e = events[size_t(piece.event)];
        QString text = TimelineTheme::stateTitle(piece.state);
        if (e.label >= 0)
            text += QStringLiteral(": ") + m_trace.label(e.label);
        const QRectF box(QPointF(piece.x0, bar.top()), QPointF(piece.x1, bar.bottom()));
        paintSpanLabel(p, box.intersected(m_layout.plotRect()), text, TimelineTheme::stateColor(piece.state));
    }
}

void TimelinePainter::paintSpanLabel(QPainter &p, const QRectF &box, const QString &text, const QColor &fill) const
{
    const qreal fs = m_layout.metrics().fontSize;
    const QFont font = TimelineTheme::font(qMin(fs * 0.9, box.height() * 0.62));
    const QFontMetricsF fm(font);
    const qreal pad = fs * 0.45;
    const QString shown = fm.elidedText(text, Qt::ElideRight, box.width() - 2 * pad);
    if (shown.isEmpty() || shown == QStringLiteral("…"))
        return;
    p.setFont(font);
    p.setPen(TimelineTheme::textOn(fill));
    p.drawText(QPointF(box.left() + pad, box.center().y() + (fm.ascent() - fm.descent()) / 2), shown);
}

void TimelinePainter::paintHolds(QPainter &p, const TimelineLayout::Row &row) const
{
    if (row.collapsed)
        return;
    const QRectF band = m_layout.holdRect(row);
    const qreal fs = m_layout.metrics().fontSize;
    for (const TraceQuery::Hold &h : TraceQuery::holds(m_trace, row.lane, m_layout.from(), m_layout.to(), endTime())) {
        const qreal x0 = qMax(m_layout.x(h.start), band.left() - 2);
        const qreal x1 = qMin(qMax(m_layout.x(h.end), x0 + 1), band.right() + 2);
        // A lock taken while holding another sits lower and lighter, so both stay visible.
        const qreal inset = h.level > 0 ? band.height() * 0.45 : 0;
        const QRectF box(QPointF(std::round(x0), band.top() + inset), QPointF(std::round(x1), band.bottom()));
        const QColor fill = h.level > 0 ? TimelineTheme::mutedText() : TimelineTheme::holdBand();
        p.fillRect(box, fill);
        if (h.level == 0 && box.height() >= fs * 0.75 && h.label >= 0) {
            const QFont font = TimelineTheme::font(box.height() * 0.8);
            const QFontMetricsF fm(font);
            const QString text = fm.elidedText(tr("holds %1").arg(m_trace.label(h.label)), Qt::ElideRight,
                                               box.width() - fs * 0.6);
            if (text.size() > 3) {
                p.setFont(font);
                p.setPen(Qt::white);
                p.drawText(QPointF(box.left() + fs * 0.3, box.center().y() + (fm.ascent() - fm.descent()) / 2), text);
            }
        }
    }
}

} // namespace conlab
