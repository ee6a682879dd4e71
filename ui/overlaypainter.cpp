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
#include <cmath>

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
