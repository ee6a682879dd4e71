#include "counterpainter.h"

#include "pixelmath.h"
#include "rowraster.h"
#include "textcache.h"
#include "timelinetheme.h"
#include "traceindex.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace conlab {

CounterPainter::CounterPainter(const TimelineLayout &layout, qint64 end, const TraceIndex &index)
    : m_layout(layout)
    , m_end(end)
    , m_index(index)
{
}

void CounterPainter::shape(const LaneIndex::Counter &counter, const QRectF &box, double lo, double hi,
                           Shape &shape) const
{
    auto yOf = [&](double v) { return box.bottom() - (v - lo) / (hi - lo) * box.height(); };
    // From the last value at or before the view's start (or the first value).
    const auto &ts = counter.t;
    size_t first = size_t(std::upper_bound(ts.begin(), ts.end(), m_layout.from()) - ts.begin());
    first = first > 0 ? first - 1 : 0;
    QPolygonF &line = shape.line;
    const qreal base = yOf(lo);
    auto fillTo = [&](qreal x) { // the area under each level, one box each
        const qreal x0 = PixelMath::round(line.last().x()), x1 = PixelMath::round(x);
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
    for (size_t i = first; i < ts.size(); ++i) {
        const double value = counter.value[i];
        const qreal x = qBound(box.left() - 2, m_layout.x(ts[i]), box.right() + 2);
        if (inColumn > 0 && PixelMath::floor(x) == PixelMath::floor(column)) {
            low = qMin(low, value);
            high = qMax(high, value);
            last = value;
            ++inColumn;
        } else {
            flush();
            column = x;
            last = low = high = value;
            inColumn = 1;
        }
        if (ts[i] > m_layout.to())
            break;
    }
    flush();
    if (line.isEmpty())
        return;
    const qreal end = qMin(m_layout.x(m_end), box.right() + 2);
    fillTo(end);
    line << QPointF(end, line.last().y());
    if (!shape.labels.empty() && shape.labels.back().next < 0)
        shape.labels.back().next = end;
}

void CounterPainter::paint(QPainter &p, const TimelineLayout::Row &row) const
{
    const LaneIndex::Counter *counter = m_index.lane(row.lane).counter(row.counter);
    if (!counter)
        return;
    const QRectF box = m_layout.barRect(row);
    const double lo = qMin(counter->lo, 0.0);
    const double hi = qMax(counter->hi, lo + 1);
    // Kept between repaints: thousands of corners and boxes per row would be fresh pages.
    static thread_local Shape shape;
    shape.line.clear();
    shape.fill.clear();
    shape.labels.clear();
    this->shape(*counter, box, lo, hi, shape);
    if (shape.line.isEmpty())
        return;
    paintLine(p, box, shape);
    paintValues(p, row, shape.labels);
}

void CounterPainter::paintLine(QPainter &p, const QRectF &box, const Shape &shape) const
{
    // The step line is only level and upright strokes: boxes too, which cost far less than a
    // thick pen along thousands of corners.
    const QPolygonF &line = shape.line;
    const qreal w = qMax<qreal>(1.5, m_layout.metrics().fontSize * 0.14);
    static thread_local std::vector<QRectF> strokes;
    strokes.clear();
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
        return;
    }
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(Qt::NoPen);
    p.setBrush(TimelineTheme::counterFill());
    p.drawRects(shape.fill.data(), int(shape.fill.size()));
    p.setBrush(TimelineTheme::counterLine());
    p.drawRects(strokes.data(), int(strokes.size()));
    p.restore();
}

void CounterPainter::paintValues(QPainter &p, const TimelineLayout::Row &row, const std::vector<Label> &labels) const
{
    const QRectF box = m_layout.rowRect(row);
    const qreal fs = m_layout.metrics().fontSize;
    const QFont font = TimelineTheme::font(fs * 0.85, true);
    const QFontMetricsF fm(font);
    const qreal digit = fm.horizontalAdvance(QLatin1Char('0'));
    p.setPen(TimelineTheme::text());
    // Label each level where it is wide enough, above the line or below it if the line is near
    // the top. A level too short for one digit is passed over before its text is made.
    for (const Label &l : labels) {
        const QPointF at = l.at;
        const qreal next = qMin(l.next, box.right());
        if (next - at.x() < digit + fs * 0.6 || at.x() + fs * 0.3 > box.right())
            continue;
        const QString text = TextCache::number(l.value);
        const qreal w = TextCache::width(font, text);
        if (next - at.x() < w + fs * 0.6)
            continue;
        const qreal y = at.y() - fm.descent() - fs * 0.15 - fm.ascent() < box.top() ? at.y() + fm.ascent() + fs * 0.1
                                                                                      : at.y() - fm.descent() - fs * 0.15;
        TextCache::draw(p, font, QPointF(at.x() + fs * 0.3, y), text);
    }
}

} // namespace conlab
