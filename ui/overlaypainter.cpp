#include "overlaypainter.h"

#include "rowraster.h"
#include "spanfolder.h"
#include "textcache.h"
#include "timelinetheme.h"
#include "traceindex.h"
#include "tracequery.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <map>
#include <cmath>
#include <tuple>

namespace conlab {

OverlayPainter::OverlayPainter(const Trace &trace, const TimelineLayout &layout, qint64 end, const TraceIndex &index)
    : m_trace(trace)
    , m_layout(layout)
    , m_end(end)
    , m_index(index)
{
}

void OverlayPainter::paintMarks(QPainter &p, const TimelineLayout::Row &row) const
{
    const QRectF strip = m_layout.markRect(row);
    if (strip.height() <= 0)
        return;
    const qreal nsPerPx = m_layout.nsPerPixel();
    const auto events = m_trace.range(row.lane, m_layout.from() - qint64(nsPerPx * 400), m_layout.to() + 1);
    std::vector<const Event *> marks;
    for (const Event &e : events) {
        if (e.type == EventType::Mark)
            marks.push_back(&e);
    }
    if (marks.empty())
        return;
    const qreal s = strip.height() * 0.26;
    const qreal top = strip.bottom() - s * 1.3;
    // Triangles closer than their own width overlap: a run of them is filled as one shape, so a
    // thousand prints in view cost one fill, and look as they would drawn one by one.
    QPainterPath shapes;
    qreal runStart = m_layout.x(marks.front()->t), runEnd = runStart;
    auto closeRun = [&] {
        const QPointF pts[] = {{runStart - s * 0.8, top}, {runEnd + s * 0.8, top}, {runEnd, strip.bottom()},
                               {runStart, strip.bottom()}};
        shapes.addPolygon(QPolygonF(std::begin(pts), std::end(pts)));
        shapes.closeSubpath();
    };
    for (size_t i = 1; i < marks.size(); ++i) {
        const qreal x = m_layout.x(marks[i]->t);
        if (x - runEnd > s * 1.6) {
            closeRun();
            runStart = x;
        }
        runEnd = x;
    }
    closeRun();
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.fillPath(shapes, TimelineTheme::markColor());
    paintMarkLabels(p, strip, marks);
    p.restore();
}

void OverlayPainter::paintMarkLabels(QPainter &p, const QRectF &strip, const std::vector<const Event *> &marks) const
{
    const qreal fs = m_layout.metrics().fontSize;
    const QFont font = TimelineTheme::font(qMin(fs * 0.88, strip.height() * 0.8));
    const QFont bold = TimelineTheme::font(qMin(fs * 0.88, strip.height() * 0.8), true);
    const qreal s = strip.height() * 0.26;
    const qreal gap = s * 1.2;
    qreal textEnd = strip.left() - 1e6; // right end of the last text drawn: texts never overlap
    for (size_t i = 0; i < marks.size(); ++i) {
        const Event &e = *marks[i];
        const qreal x = m_layout.x(e.t);
        const bool last = i + 1 == marks.size();
        const qreal next = last ? strip.right() + 1e6 : m_layout.x(marks[i + 1]->t);
        const qreal right = qMin(next, strip.right()) - gap;
        qreal left = qMax(x + gap, textEnd + gap);
        // Too little room after the mark (or pushed too far from it): no text, and no cost of
        // measuring one. Only the last mark may put its text before it.
        if (!last && (left > x + gap + fs || right - left < fs * 2.5))
            continue;
        const QFont &f = e.aux == int(MarkKind::Result) ? bold : font;
        const QFontMetricsF fm(f);
        const QString full = m_trace.label(e.label);
        const qreal width = TextCache::width(f, full);
        // Near the right edge, a label that does not fit after its mark goes before it.
        if (left + width > right && last && x - gap - width >= qMax(textEnd + gap, strip.left()))
            left = x - gap - width;
        else if (left > x + gap + fs) // pushed too far from its own mark to read as its label
            continue;
        const qreal room = left < x ? width : right - left;
        if (room < fs * 2.5)
            continue;
        const QString text = TextCache::elided(f, full, room);
        if (text.isEmpty() || text == QStringLiteral("…"))
            continue;
        p.setPen(TimelineTheme::text());
        TextCache::draw(p, f, QPointF(left, strip.bottom() - s * 1.3 - fm.descent()), text);
        textEnd = left + TextCache::width(f, text);
    }
}

OverlayPainter::CounterShape OverlayPainter::counterShape(const TimelineLayout::Row &row, const QRectF &box, double lo,
                                                          double hi) const
{
    auto yOf = [&](double v) { return box.bottom() - (v - lo) / (hi - lo) * box.height(); };
    const auto &ev = m_trace.events(row.lane);
    int first = m_trace.lastAtOrBefore(row.lane, m_layout.from());
    while (first > 0 && !(ev[size_t(first)].type == EventType::Counter && ev[size_t(first)].label == row.counter))
        --first;
    // Values within one pixel column fold into one vertical stroke from their least to their
    // greatest; a column of a single value keeps its step and may carry its number.
    CounterShape shape;
    QPolygonF &line = shape.line;
    const qreal base = yOf(lo);
    auto fillTo = [&](qreal x) { // the area under each level, one box each
        const qreal x0 = std::round(line.last().x()), x1 = std::round(x);
        if (x1 > x0)
            shape.fill.emplace_back(x0, line.last().y(), x1 - x0, base - line.last().y());
    };
    qreal column = 0;
    double last = 0, low = 0, high = 0;
    int inColumn = 0;
    auto flush = [&] {
        if (inColumn == 0)
            return;
        if (!shape.labels.empty() && shape.labels.back().next < 0)
            shape.labels.back().next = column; // the level before ends here
        if (!line.isEmpty()) {
            fillTo(column);
            line << QPointF(column, line.last().y());
        }
        if (inColumn > 1)
            line << QPointF(column, yOf(low)) << QPointF(column, yOf(high));
        line << QPointF(column, yOf(last));
        if (inColumn == 1)
            shape.labels.push_back({line.last(), last, -1});
    };
    for (size_t i = size_t(qMax(0, first)); i < ev.size(); ++i) {
        const Event &e = ev[i];
        if (e.type != EventType::Counter || e.label != row.counter)
            continue;
        const qreal x = qBound(box.left() - 2, m_layout.x(e.t), box.right() + 2);
        if (inColumn > 0 && std::floor(x) == std::floor(column)) {
            low = qMin(low, e.value);
            high = qMax(high, e.value);
            last = e.value;
            ++inColumn;
        } else {
            flush();
            column = x;
            last = low = high = e.value;
            inColumn = 1;
        }
        if (e.t > m_layout.to())
            break;
    }
    flush();
    if (line.isEmpty())
        return shape;
    const qreal end = qMin(m_layout.x(m_end), box.right() + 2);
    fillTo(end);
    line << QPointF(end, line.last().y());
    if (!shape.labels.empty() && shape.labels.back().next < 0)
        shape.labels.back().next = end;
    return shape;
}

void OverlayPainter::paintCounter(QPainter &p, const TimelineLayout::Row &row) const
{
    const QRectF box = m_layout.barRect(row);
    auto [lo, hi] = m_index.counterRange(row.lane, row.counter);
    lo = qMin(lo, 0.0);
    hi = qMax(hi, lo + 1);
    const CounterShape shape = counterShape(row, box, lo, hi);
    const QPolygonF &line = shape.line;
    if (line.isEmpty())
        return;
    // The step line is only level and upright strokes: boxes too, which cost far less than a
    // thick pen along thousands of corners.
    const qreal w = qMax<qreal>(1.5, m_layout.metrics().fontSize * 0.14);
    std::vector<QRectF> strokes;
    strokes.reserve(size_t(line.size()));
    for (qsizetype i = 1; i < line.size(); ++i) {
        const QPointF a = line[i - 1], b = line[i];
        strokes.emplace_back(QPointF(qMin(a.x(), b.x()) - w / 2, qMin(a.y(), b.y()) - w / 2),
                             QPointF(qMax(a.x(), b.x()) + w / 2, qMax(a.y(), b.y()) + w / 2));
    }
    if (RowRaster::suits(p, strokes.size())) {
        RowRaster raster(p, box.adjusted(0, -w, 0, w).intersected(m_layout.plotRect().adjusted(-2, 0, 2, 0)));
        const QRgb fillColor = qPremultiply(TimelineTheme::counterFill().rgba());
        for (const QRectF &r : shape.fill)
            raster.fill(r, fillColor);
        for (const QRectF &r : strokes)
            raster.fill(r, TimelineTheme::counterLine().rgb());
        raster.draw(p);
    } else {
        p.save();
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setPen(Qt::NoPen);
        p.setBrush(TimelineTheme::counterFill());
        p.drawRects(shape.fill.data(), int(shape.fill.size()));
        p.setBrush(TimelineTheme::counterLine());
        p.drawRects(strokes.data(), int(strokes.size()));
        p.restore();
    }
    paintCounterValues(p, row, shape.labels);
}

void OverlayPainter::paintCounterValues(QPainter &p, const TimelineLayout::Row &row,
                                        const std::vector<CounterLabel> &labels) const
{
    const QRectF box = m_layout.rowRect(row);
    const qreal fs = m_layout.metrics().fontSize;
    const QFont font = TimelineTheme::font(fs * 0.85, true);
    const QFontMetricsF fm(font);
    const qreal digit = fm.horizontalAdvance(QLatin1Char('0'));
    p.setFont(font);
    p.setPen(TimelineTheme::text());
    // Label each level where it is wide enough, above the line or below it if the line is near
    // the top. A level too short for one digit is passed over before its text is made.
    for (const CounterLabel &l : labels) {
        const QPointF at = l.at;
        const qreal next = qMin(l.next, box.right());
        if (next - at.x() < digit + fs * 0.6 || at.x() + fs * 0.3 > box.right())
            continue;
        const QString text = QString::number(l.value, 'g', 10);
        const qreal w = TextCache::width(font, text);
        if (next - at.x() < w + fs * 0.6)
            continue;
        const qreal y = at.y() - fm.descent() - fs * 0.15 - fm.ascent() < box.top() ? at.y() + fm.ascent() + fs * 0.1
                                                                                      : at.y() - fm.descent() - fs * 0.15;
        TextCache::draw(p, font, QPointF(at.x() + fs * 0.3, y), text);
    }
}

void OverlayPainter::paintFlows(QPainter &p) const
{
    const QRectF plot = m_layout.plotRect();
    struct LaneRow
    {
        const TimelineLayout::Row *row = nullptr;
        qreal barTop = 0;
        qreal barBottom = 0;
    };
    std::vector<LaneRow> rows; // by lane: each arrow looks up two, of tens of thousands
    for (const TimelineLayout::Row &r : m_layout.rows()) {
        if (r.kind != TimelineLayout::Row::Lane)
            continue;
        if (size_t(r.lane) >= rows.size())
            rows.resize(size_t(r.lane) + 1);
        const QRectF bar = m_layout.barRect(r);
        rows[size_t(r.lane)] = {&r, bar.top(), bar.bottom()};
    }
    auto rowOf = [&rows](int lane) { return lane >= 0 && size_t(lane) < rows.size() ? &rows[size_t(lane)] : nullptr; };
    std::vector<QLineF> arrows;
    for (const TraceQuery::Flow &f : m_index.flows(m_layout.from(), m_layout.to())) {
        const LaneRow *a = rowOf(f.fromLane);
        const LaneRow *b = rowOf(f.toLane);
        if (!a || !b || !a->row || !b->row)
            continue;
        // Both rows above the view, or both below: nothing of the arrow shows.
        if ((a->barBottom < plot.top() && b->barBottom < plot.top()) ||
            (a->barTop > plot.bottom() && b->barTop > plot.bottom()) ||
            !m_layout.isVisible(qMin(f.fromT, f.toT), qMax(f.fromT, f.toT)))
            continue;
        if (f.sameLane()) {
            paintArc(p, *a->row, m_layout.x(f.fromT), m_layout.x(f.toT));
            continue;
        }
        const bool down = b->row->top > a->row->top;
        const QPointF from(m_layout.x(f.fromT), down ? a->barBottom : a->barTop);
        const QPointF to(m_layout.x(f.toT), down ? b->barTop : b->barBottom);
        if (qMax(from.x(), to.x()) < plot.left() || qMin(from.x(), to.x()) > plot.right() ||
            qMax(from.y(), to.y()) < plot.top() || qMin(from.y(), to.y()) > plot.bottom())
            continue;
        arrows.emplace_back(from, to);
    }
    // More than one arrow to every 16 pixels and curves and heads run into a smear: each
    // arrow becomes one thin straight line, the same pixel line drawn once. A run has a
    // handful of arrows; this is for traces of thousands.
    if (qreal(arrows.size()) > plot.width() / 16) {
        // An arrow to a lane out of view shows as a stub toward it, two rows long: a whole
        // view's height of lines to lanes no one can see would cover what is in view.
        const qreal stub = m_layout.metrics().laneHeight * 2;
        for (QLineF &l : arrows) {
            const bool outFrom = l.y1() < plot.top() || l.y1() > plot.bottom();
            const bool outTo = l.y2() < plot.top() || l.y2() > plot.bottom();
            if (outFrom == outTo || qAbs(l.dy()) <= stub)
                continue;
            const qreal k = stub / qAbs(l.dy());
            if (outFrom)
                l.setP1(l.p2() + (l.p1() - l.p2()) * k);
            else
                l.setP2(l.p1() + (l.p2() - l.p1()) * k);
        }
        paintDenseFlows(p, arrows);
        return;
    }
    for (const QLineF &l : arrows)
        paintArrow(p, l.p1(), l.p2());
}

void OverlayPainter::paintDenseFlows(QPainter &p, std::vector<QLineF> &lines) const
{
    // Ends snapped to every other pixel: neighbours this close read as one stroke anyway.
    const auto snap = [](qreal v) { return 2 * std::round(v / 2); };
    for (QLineF &l : lines)
        l = QLineF(snap(l.x1()), std::round(l.y1()), snap(l.x2()), std::round(l.y2()));
    const auto key = [](const QLineF &l) { return std::tuple(l.x1(), l.y1(), l.x2(), l.y2()); };
    std::sort(lines.begin(), lines.end(), [&](const QLineF &a, const QLineF &b) { return key(a) < key(b); });
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
    // Upright ones between the same two rows (the many short hand-offs of a busy run) are
    // written into one image per pair of rows.
    if (RowRaster::suits(p, lines.size())) {
        std::map<std::pair<qreal, qreal>, std::vector<qreal>> upright;
        std::vector<QLineF> slanted;
        for (const QLineF &l : lines) {
            if (l.x1() == l.x2())
                upright[{qMin(l.y1(), l.y2()), qMax(l.y1(), l.y2())}].push_back(l.x1());
            else
                slanted.push_back(l);
        }
        const QRectF plot = m_layout.plotRect();
        const QRgb color = TimelineTheme::flowArrow().rgb();
        for (const auto &[ys, xs] : upright) {
            const QRectF band(QPointF(plot.left(), qMax(ys.first, plot.top())),
                              QPointF(plot.right(), qMin(ys.second + 1, plot.bottom())));
            // A few arrows, or a band as tall as the view: lines cost less than the image.
            if (band.height() <= 0 || xs.size() < 64 || band.height() > plot.width() / 8) {
                for (qreal x : xs)
                    slanted.emplace_back(x, ys.first, x, ys.second);
                continue;
            }
            RowRaster raster(p, band);
            for (qreal x : xs)
                raster.fill(QRectF(x, ys.first, 1, ys.second - ys.first + 1), color);
            raster.draw(p);
        }
        lines.swap(slanted);
    }
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(QPen(TimelineTheme::flowArrow(), 0));
    p.drawLines(lines.data(), int(lines.size()));
    p.restore();
}

void OverlayPainter::paintArrow(QPainter &p, QPointF from, QPointF to) const
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
