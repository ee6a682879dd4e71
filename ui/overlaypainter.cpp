#include "overlaypainter.h"

#include "spanfolder.h"
#include "timelinetheme.h"
#include "tracequery.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace conlab {

OverlayPainter::OverlayPainter(const Trace &trace, const TimelineLayout &layout, qint64 end)
    : m_trace(trace)
    , m_layout(layout)
    , m_end(end)
{
}

void OverlayPainter::paintMarks(QPainter &p, const TimelineLayout::Row &row) const
{
    const QRectF strip = m_layout.markRect(row);
    if (strip.height() <= 0)
        return;
    const qreal fs = m_layout.metrics().fontSize;
    const QFont font = TimelineTheme::font(qMin(fs * 0.88, strip.height() * 0.8));
    const QFont bold = TimelineTheme::font(qMin(fs * 0.88, strip.height() * 0.8), true);
    const qreal nsPerPx = m_layout.nsPerPixel();
    const auto events = m_trace.range(row.lane, m_layout.from() - qint64(nsPerPx * 400), m_layout.to() + 1);
    std::vector<const Event *> marks;
    for (const Event &e : events) {
        if (e.type == EventType::Mark)
            marks.push_back(&e);
    }
    const qreal s = strip.height() * 0.26;
    qreal textEnd = strip.left() - 1e6; // right end of the last text drawn: texts never overlap
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    for (size_t i = 0; i < marks.size(); ++i) {
        const Event &e = *marks[i];
        const qreal x = m_layout.x(e.t);
        QPainterPath tri; // points down at the bar: "this happened here"
        tri.moveTo(x - s * 0.8, strip.bottom() - s * 1.3);
        tri.lineTo(x + s * 0.8, strip.bottom() - s * 1.3);
        tri.lineTo(x, strip.bottom());
        tri.closeSubpath();
        p.fillPath(tri, TimelineTheme::markColor());
        const QFont &f = e.aux == int(MarkKind::Result) ? bold : font;
        const QFontMetricsF fm(f);
        const QString full = m_trace.label(e.label);
        const qreal gap = s * 1.2;
        const qreal next = i + 1 < marks.size() ? m_layout.x(marks[i + 1]->t) : strip.right() + 1e6;
        const qreal right = qMin(next, strip.right()) - gap;
        const qreal width = fm.horizontalAdvance(full);
        qreal left = qMax(x + gap, textEnd + gap);
        // Near the right edge, a label that does not fit after its mark goes before it.
        if (left + width > right && i + 1 == marks.size() && x - gap - width >= qMax(textEnd + gap, strip.left()))
            left = x - gap - width;
        else if (left > x + gap + fs) // pushed too far from its own mark to read as its label
            continue;
        const qreal room = left < x ? width : right - left;
        if (room < fs * 2.5)
            continue;
        const QString text = fm.elidedText(full, Qt::ElideRight, room);
        if (text.isEmpty() || text == QStringLiteral("…"))
            continue;
        p.setFont(f);
        p.setPen(TimelineTheme::text());
        p.drawText(QPointF(left, strip.bottom() - s * 1.3 - fm.descent()), text);
        textEnd = left + fm.horizontalAdvance(text);
    }
    p.restore();
}

void OverlayPainter::paintCounter(QPainter &p, const TimelineLayout::Row &row) const
{
    const QRectF box = m_layout.barRect(row);
    auto [lo, hi] = TraceQuery::counterRange(m_trace, row.lane, row.counter);
    lo = qMin(lo, 0.0);
    hi = qMax(hi, lo + 1);
    auto yOf = [&](double v) { return box.bottom() - (v - lo) / (hi - lo) * box.height(); };
    const auto &ev = m_trace.events(row.lane);
    int first = m_trace.lastAtOrBefore(row.lane, m_layout.from());
    while (first > 0 && !(ev[size_t(first)].type == EventType::Counter && ev[size_t(first)].label == row.counter))
        --first;
    QPolygonF line;
    std::vector<double> values;
    for (size_t i = size_t(qMax(0, first)); i < ev.size(); ++i) {
        const Event &e = ev[i];
        if (e.type != EventType::Counter || e.label != row.counter)
            continue;
        const qreal x = qBound(box.left() - 2, m_layout.x(e.t), box.right() + 2);
        if (!line.isEmpty())
            line << QPointF(x, line.last().y());
        line << QPointF(x, yOf(e.value));
        values.push_back(e.value);
        if (e.t > m_layout.to())
            break;
    }
    if (line.isEmpty())
        return;
    line << QPointF(qMin(m_layout.x(m_end), box.right() + 2), line.last().y());
    QPolygonF area = line;
    area << QPointF(line.last().x(), yOf(lo)) << QPointF(line.first().x(), yOf(lo));
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(Qt::NoPen);
    p.setBrush(TimelineTheme::counterFill());
    p.drawPolygon(area);
    p.setPen(QPen(TimelineTheme::counterLine(), qMax<qreal>(1.5, m_layout.metrics().fontSize * 0.14)));
    p.setBrush(Qt::NoBrush);
    p.drawPolyline(line);
    p.restore();
    paintCounterValues(p, row, line, values);
}

void OverlayPainter::paintCounterValues(QPainter &p, const TimelineLayout::Row &row, const QPolygonF &line,
                                        const std::vector<double> &values) const
{
    const QRectF box = m_layout.rowRect(row);
    const qreal fs = m_layout.metrics().fontSize;
    const QFont font = TimelineTheme::font(fs * 0.85, true);
    const QFontMetricsF fm(font);
    p.setFont(font);
    p.setPen(TimelineTheme::text());
    // Point k of the polyline is value k's step up (points alternate: step, level); label each
    // level where it is wide enough, above the line or below it if the line is near the top.
    for (size_t k = 0; k < values.size(); ++k) {
        const QPointF at = line[int(k == 0 ? 0 : 2 * k)];
        const qreal next = 2 * k + 1 < size_t(line.size()) ? line[int(2 * k + 1)].x() : box.right();
        const QString text = QString::number(values[k], 'g', 10);
        const qreal w = fm.horizontalAdvance(text);
        if (next - at.x() < w + fs * 0.6 || at.x() + fs * 0.3 > box.right())
            continue;
        const qreal y = at.y() - fm.descent() - fs * 0.15 - fm.ascent() < box.top() ? at.y() + fm.ascent() + fs * 0.1
                                                                                      : at.y() - fm.descent() - fs * 0.15;
        p.drawText(QPointF(at.x() + fs * 0.3, y), text);
    }
}

void OverlayPainter::paintFlows(QPainter &p) const
{
    const QRectF plot = m_layout.plotRect();
    for (const TraceQuery::Flow &f : TraceQuery::flows(m_trace)) {
        const TimelineLayout::Row *a = m_layout.laneRow(f.fromLane);
        const TimelineLayout::Row *b = m_layout.laneRow(f.toLane);
        if (!a || !b || !m_layout.isVisible(qMin(f.fromT, f.toT), qMax(f.fromT, f.toT)))
            continue;
        if (f.sameLane()) {
            paintArc(p, *a, m_layout.x(f.fromT), m_layout.x(f.toT));
            continue;
        }
        const QRectF ba = m_layout.barRect(*a), bb = m_layout.barRect(*b);
        const bool down = b->top > a->top;
        const QPointF from(m_layout.x(f.fromT), down ? ba.bottom() : ba.top());
        const QPointF to(m_layout.x(f.toT), down ? bb.top() : bb.bottom());
        if (qMax(from.x(), to.x()) < plot.left() || qMin(from.x(), to.x()) > plot.right())
            continue;
        paintArrow(p, from, to);
    }
}

void OverlayPainter::paintArrow(QPainter &p, QPointF from, QPointF to) const
{
    const qreal fs = m_layout.metrics().fontSize;
    const qreal dy = to.y() - from.y();
    QPainterPath path(from);
    path.cubicTo(from + QPointF(0, dy * 0.5), to - QPointF(0, dy * 0.5), to);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(TimelineTheme::flowArrow(), qMax<qreal>(1.2, fs * 0.12), Qt::SolidLine, Qt::RoundCap));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    const qreal s = fs * 0.45;
    const qreal dir = dy >= 0 ? 1 : -1;
    QPainterPath head;
    head.moveTo(to);
    head.lineTo(to + QPointF(-s * 0.6, -dir * s));
    head.lineTo(to + QPointF(s * 0.6, -dir * s));
    head.closeSubpath();
    p.fillPath(head, TimelineTheme::flowArrow());
    p.restore();
}

// An arrow that leaves a lane and comes back to it later: an arc over the bar, through the
// marks' strip, from the read to the act it misled, in the colour of damage. It carries no
// text: the damage mark at its end says what went wrong.
void OverlayPainter::paintArc(QPainter &p, const TimelineLayout::Row &row, qreal from, qreal to) const
{
    const QRectF bar = m_layout.barRect(row);
    const QRectF strip = m_layout.markRect(row);
    const qreal fs = m_layout.metrics().fontSize;
    const QRectF plot = m_layout.plotRect();
    // Read and act can share a pixel when zoomed out: keep the arc wide enough to see.
    from = qMin(from, to - fs * 1.2);
    if (to < plot.left() || from > plot.right())
        return;
    const qreal rise = qMax(strip.height() * 0.85, fs * 0.8);
    const QPointF a(from, bar.top()), b(to, bar.top());
    QPainterPath path(a);
    path.cubicTo(a - QPointF(0, rise * 1.3), b - QPointF(0, rise * 1.3), b - QPointF(0, fs * 0.35));
    p.save();
    p.setClipRect(plot.adjusted(0, -strip.height(), 0, 0));
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(TimelineTheme::damage(), qMax<qreal>(1.6, fs * 0.16), Qt::SolidLine, Qt::RoundCap));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    p.setBrush(TimelineTheme::damage());
    p.drawEllipse(a, fs * 0.18, fs * 0.18);
    const qreal s = fs * 0.45;
    QPainterPath head;
    head.moveTo(b);
    head.lineTo(b + QPointF(-s * 0.6, -s));
    head.lineTo(b + QPointF(s * 0.6, -s));
    head.closeSubpath();
    p.fillPath(head, TimelineTheme::damage());
    p.restore();
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
