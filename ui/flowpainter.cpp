#include "flowpainter.h"

#include "denselines.h"
#include "rowraster.h"
#include "timelinetheme.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace conlab {

FlowPainter::FlowPainter(const TimelineLayout &layout, const FlowIndex &flows)
    : m_layout(layout)
    , m_flows(flows)
{
}

std::vector<FlowPainter::LaneRow> FlowPainter::laneRows() const
{
    std::vector<LaneRow> rows; // by lane: each pair of lanes looks up two
    for (const TimelineLayout::Row &r : m_layout.rows()) {
        if (r.kind != TimelineLayout::Row::Lane)
            continue;
        if (size_t(r.lane) >= rows.size())
            rows.resize(size_t(r.lane) + 1);
        const QRectF bar = m_layout.barRect(r);
        rows[size_t(r.lane)] = {&r, bar.top(), bar.bottom()};
    }
    return rows;
}

void FlowPainter::collect(const std::vector<LaneRow> &rows, std::vector<Arrow> &arrows, std::vector<Arc> &arcs) const
{
    const QRectF plot = m_layout.plotRect();
    auto rowOf = [&rows](int lane) { return lane >= 0 && size_t(lane) < rows.size() ? &rows[size_t(lane)] : nullptr; };
    for (const FlowIndex::Pair &pair : m_flows.pairs()) {
        const LaneRow *a = rowOf(pair.fromLane);
        const LaneRow *b = rowOf(pair.toLane);
        if (!a || !b || !a->row || !b->row)
            continue;
        // Both rows above the view, or both below: nothing of their arrows shows.
        if ((a->barBottom < plot.top() && b->barBottom < plot.top()) ||
            (a->barTop > plot.bottom() && b->barTop > plot.bottom()))
            continue;
        const bool down = b->row->top > a->row->top;
        const qreal y1 = down ? a->barBottom : a->barTop, y2 = down ? b->barTop : b->barBottom;
        const bool rowsOut = qMax(y1, y2) < plot.top() || qMin(y1, y2) > plot.bottom();
        for (const FlowIndex::Arrow &f : m_flows.arrows(pair, m_layout.from(), m_layout.to())) {
            if (!m_layout.isVisible(f.start(), f.end()))
                continue;
            const qreal x1 = m_layout.x(f.fromT), x2 = m_layout.x(f.toT);
            if (pair.fromLane == pair.toLane) {
                arcs.push_back({a->row, x1, x2, f.order});
                continue;
            }
            if (rowsOut || qMax(x1, x2) < plot.left() || qMin(x1, x2) > plot.right())
                continue;
            arrows.push_back({QLineF(x1, y1, x2, y2), f.order});
        }
    }
}

void FlowPainter::paint(QPainter &p) const
{
    // Kept between repaints: tens of thousands of arrows in view would be fresh pages each time.
    static thread_local std::vector<Arrow> arrows;
    static thread_local std::vector<Arc> arcs;
    arrows.clear();
    arcs.clear();
    collect(laneRows(), arrows, arcs);
    // Drawn in the order of their earlier ends, as they were recorded.
    std::sort(arcs.begin(), arcs.end(), [](const Arc &a, const Arc &b) { return a.order < b.order; });
    for (const Arc &arc : arcs)
        paintArc(p, *arc.row, arc.from, arc.to);
    // More than one arrow to every 16 pixels and curves and heads run into a smear: each
    // arrow becomes one thin straight line, the same pixel line drawn once. A run has a
    // handful of arrows; this is for traces of thousands.
    if (qreal(arrows.size()) > m_layout.plotRect().width() / 16) {
        paintDense(p, arrows);
        return;
    }
    std::sort(arrows.begin(), arrows.end(), [](const Arrow &a, const Arrow &b) { return a.order < b.order; });
    for (const Arrow &a : arrows)
        paintArrow(p, a.line.p1(), a.line.p2());
}

void FlowPainter::paintDense(QPainter &p, std::vector<Arrow> &arrows) const
{
    const QRectF plot = m_layout.plotRect();
    // An arrow to a lane out of view shows as a stub toward it, two rows long: a whole view's
    // height of lines to lanes no one can see would cover what is in view.
    const qreal stub = m_layout.metrics().laneHeight * 2;
    DenseLines dense(plot.left(), plot.right());
    for (Arrow &a : arrows) {
        QLineF &l = a.line;
        const bool outFrom = l.y1() < plot.top() || l.y1() > plot.bottom();
        const bool outTo = l.y2() < plot.top() || l.y2() > plot.bottom();
        if (outFrom != outTo && qAbs(l.dy()) > stub) {
            const qreal k = stub / qAbs(l.dy());
            if (outFrom)
                l.setP1(l.p2() + (l.p1() - l.p2()) * k);
            else
                l.setP2(l.p1() + (l.p2() - l.p1()) * k);
        }
        dense.add(l);
    }
    dense.finish();
    static thread_local std::vector<QLineF> lines;
    lines.clear();
    if (!RowRaster::suits(p, dense.count())) {
        dense.lines(lines);
        paintLines(p, lines);
        return;
    }
    // Upright ones between the same two rows (the many short hand-offs of a busy run) are
    // written into one image per pair of rows.
    static thread_local std::vector<DenseLines::Band> bands;
    dense.split(bands, lines);
    const QRgb color = TimelineTheme::flowArrow().rgb();
    for (const DenseLines::Band &b : bands) {
        const QRectF band(QPointF(plot.left(), qMax(b.top, plot.top())),
                          QPointF(plot.right(), qMin(b.bottom + 1, plot.bottom())));
        // A few arrows, or a band as tall as the view: lines cost less than the image.
        if (band.height() <= 0 || b.xs.size() < 64 || band.height() > plot.width() / 8) {
            for (qreal x : b.xs)
                lines.emplace_back(x, b.top, x, b.bottom);
            continue;
        }
        RowRaster raster(p, band);
        raster.fillColumns(b.xs, b.top, b.bottom + 1, color);
        raster.draw(p);
    }
    paintLines(p, lines);
}

void FlowPainter::paintLines(QPainter &p, const std::vector<QLineF> &lines) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(QPen(TimelineTheme::flowArrow(), 0));
    p.drawLines(lines.data(), int(lines.size()));
    p.restore();
}

void FlowPainter::paintArrow(QPainter &p, QPointF from, QPointF to) const
{
    const qreal fs = m_layout.metrics().fontSize;
    const qreal dy = to.y() - from.y();
    // The curve as short straight pieces, only those in view: an arrow to a lane far above or
    // below costs what shows of it, not its whole length.
    const QRectF keep = m_layout.plotRect().adjusted(-fs, -fs, fs, fs);
    const int n = int(qBound<qreal>(8, qAbs(dy) / 6, 400));
    const QPointF c1 = from + QPointF(0, dy * 0.5), c2 = to - QPointF(0, dy * 0.5);
    QPolygonF piece;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(TimelineTheme::flowArrow(), qMax<qreal>(1.2, fs * 0.12), Qt::SolidLine, Qt::RoundCap));
    p.setBrush(Qt::NoBrush);
    QPointF prev = from;
    for (int i = 1; i <= n; ++i) {
        const qreal t = qreal(i) / n, u = 1 - t;
        const QPointF pt = u * u * u * from + 3 * u * u * t * c1 + 3 * u * t * t * c2 + t * t * t * to;
        const bool shown = (prev.y() >= keep.top() || pt.y() >= keep.top()) &&
                           (prev.y() <= keep.bottom() || pt.y() <= keep.bottom());
        if (shown) {
            if (piece.isEmpty())
                piece << prev;
            piece << pt;
        } else if (!piece.isEmpty()) {
            p.drawPolyline(piece);
            piece.clear();
        }
        prev = pt;
    }
    if (!piece.isEmpty())
        p.drawPolyline(piece);
    if (keep.contains(to)) {
        const qreal s = fs * 0.45;
        const qreal dir = dy >= 0 ? 1 : -1;
        const QPointF head[] = {to, to + QPointF(-s * 0.6, -dir * s), to + QPointF(s * 0.6, -dir * s)};
        p.setPen(Qt::NoPen);
        p.setBrush(TimelineTheme::flowArrow());
        p.drawPolygon(head, 3);
    }
    p.restore();
}

// An arrow that leaves a lane and comes back to it later: an arc over the bar, through the
// marks' strip, from the read to the act it misled, in the colour of damage. It carries no
// text: the damage mark at its end says what went wrong.
void FlowPainter::paintArc(QPainter &p, const TimelineLayout::Row &row, qreal from, qreal to) const
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

} // namespace conlab
