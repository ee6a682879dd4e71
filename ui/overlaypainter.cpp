#include "overlaypainter.h"

#include "spanfolder.h"
#include "timelinetheme.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace conlab {

OverlayPainter::OverlayPainter(const Trace &trace, const TimelineLayout &layout, qint64 end)
    : m_trace(trace)
    , m_layout(layout)
    , m_end(end)
{
}

void OverlayPainter::paintSelection(QPainter &p, int lane, int event) const
{
    const TimelineLayout::Row *row = m_layout.laneRow(lane);
    if (!row || event < 0 || size_t(event) >= m_trace.events(lane).size())
        return;
    const qint64 start = m_trace.events(lane)[size_t(event)].t;
    const qint64 stop = SpanFolder::spanEnd(m_trace, lane, event, m_end);
    const QRectF bar = m_layout.barRect(*row);
    const qreal x0 = qMax(m_layout.x(start), bar.left() - 4);
    const qreal x1 = qMin(qMax(m_layout.x(stop), x0 + 1), bar.right() + 4);
    const QRectF box(QPointF(std::floor(x0) - 1.5, bar.top() - 1.5), QPointF(std::ceil(x1) + 1.5, bar.bottom() + 1.5));
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(Qt::white, 3));
    p.drawRect(box);
    p.setPen(QPen(TimelineTheme::selection(), 2));
    p.drawRect(box.adjusted(-1.5, -1.5, 1.5, 1.5));
    p.restore();
}

void OverlayPainter::paintNow(QPainter &p, qint64 now) const
{
    const QRectF plot = m_layout.plotRect();
    const qreal x = m_layout.x(now);
    if (x < plot.left() || x > plot.right())
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(QPen(TimelineTheme::nowLine(), qMax<qreal>(2, m_layout.metrics().fontSize * 0.15)));
    p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    p.restore();
}

void OverlayPainter::paintNowLabel(QPainter &p, qint64 now) const
{
    const QRectF axis = m_layout.axisRect();
    const qreal x = m_layout.x(now);
    if (x < axis.left() || x > axis.right())
        return;
    const qreal fs = m_layout.metrics().fontSize;
    const QFont font = TimelineTheme::font(fs * 0.85, true);
    const QFontMetricsF fm(font);
    const QString text = tr("now");
    const qreal w = fm.horizontalAdvance(text) + fs * 0.8;
    const QRectF pill(qMin(x - w / 2, axis.right() - w), axis.bottom() - fm.height() - fs * 0.3, w, fm.height());
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(Qt::NoPen);
    p.setBrush(TimelineTheme::nowLine());
    p.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(pill, Qt::AlignCenter, text);
    p.restore();
}

} // namespace conlab
