#include "markpainter.h"

#include "pixelmath.h"
#include "textcache.h"
#include "timelinetheme.h"
#include "traceindex.h"
#include "trianglesprites.h"

#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace conlab {

namespace {

// Runs filled by one call on the raster engine: its antialiased filler slows down sharply past a
// dozen shapes at a time (it runs out of its working memory and starts over in halves).
constexpr int kRunsPerFill = 6;

} // namespace

MarkPainter::MarkPainter(const Trace &trace, const TimelineLayout &layout, const TraceIndex &index)
    : m_trace(trace)
    , m_layout(layout)
    , m_index(index)
{
}

void MarkPainter::paint(QPainter &p, const TimelineLayout::Row &row) const
{
    const QRectF strip = m_layout.markRect(row);
    if (strip.height() <= 0)
        return;
    // From well before the view: a mark just left of it may have its text reach into it.
    const LaneIndex::Marks &marks = m_index.lane(row.lane).marks();
    const qint64 from = m_layout.from() - qint64(m_layout.nsPerPixel() * 400);
    const auto first = std::lower_bound(marks.t.begin(), marks.t.end(), from);
    const auto last = std::lower_bound(first, marks.t.end(), m_layout.to() + 1);
    if (first == last)
        return;
    const size_t begin = size_t(first - marks.t.begin()), count = size_t(last - first);
    const std::span<const qint64> times(marks.t.data() + begin, count);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    paintShapes(p, strip, times);
    paintLabels(p, strip, row.lane, times, std::span<const qint32>(marks.event.data() + begin, count));
    p.restore();
}

void MarkPainter::paintShapes(QPainter &p, const QRectF &strip, std::span<const qint64> times) const
{
    const qreal s = strip.height() * 0.26;
    // Triangles closer than their own width overlap: a run of them is filled as one shape, so a
    // thousand prints in view cost one fill, and look as they would drawn one by one.
    static thread_local std::vector<Run> runs;
    runs.clear();
    qreal runStart = m_layout.x(times.front()), runEnd = runStart;
    for (size_t i = 1; i < times.size(); ++i) {
        const qreal x = m_layout.x(times[i]);
        if (x - runEnd > s * 1.6) {
            runs.push_back({runStart, runEnd});
            runStart = x;
        }
        runEnd = x;
    }
    runs.push_back({runStart, runEnd});
    // On the raster engine the runs are filled in parts, each ending where a clear pixel column
    // lies before the next run: no pixel is shared, so the parts give the pixels the whole
    // would. A part that is a lone triangle is drawn from a ready image where one serves.
    const QTransform device = p.deviceTransform();
    const bool inParts = device.type() <= QTransform::TxScale && p.paintEngine()->type() == QPaintEngine::Raster;
    const bool sprites = TriangleSprites::suits(p);
    auto column = [&device](qreal x) { return PixelMath::floor(x * device.m11() + device.dx()); };
    QPainterPath shapes;
    int inPath = 0;
    for (size_t i = 0; i < runs.size();) {
        size_t j = i + 1; // runs i … j - 1 share pixels
        while (j < runs.size() && !(inParts && column(runs[j].start - s * 0.8) - 1 > column(runs[j - 1].end + s * 0.8) + 1))
            ++j;
        if (sprites && j == i + 1 && runs[i].start == runs[i].end) {
            const qreal x = runs[i].start, top = strip.bottom() - s * 1.3;
            TriangleSprites::fill(p, {x - s * 0.8, top}, {x + s * 0.8, top}, {x, strip.bottom()},
                                  TimelineTheme::markColor());
        } else if (sprites && j == i + 1 && runs[i].end - runs[i].start < s * 16) {
            // A short run alone in its part: its trapezoid from a ready image too.
            const Run &r = runs[i];
            const qreal top = strip.bottom() - s * 1.3;
            TriangleSprites::fill(p, {r.start - s * 0.8, top}, {r.end + s * 0.8, top}, {r.end, strip.bottom()},
                                  {r.start, strip.bottom()}, TimelineTheme::markColor());
        } else {
            for (; i < j; ++i, ++inPath)
                addRun(shapes, strip, runs[i]);
        }
        i = j;
        if (inPath >= kRunsPerFill || (i == runs.size() && inPath > 0)) {
            const bool smooth = p.testRenderHint(QPainter::Antialiasing);
            p.setRenderHint(QPainter::Antialiasing, true);
            p.fillPath(shapes, TimelineTheme::markColor());
            p.setRenderHint(QPainter::Antialiasing, smooth);
            shapes.clear();
            inPath = 0;
        }
    }
}

void MarkPainter::addRun(QPainterPath &shapes, const QRectF &strip, const Run &run)
{
    const qreal s = strip.height() * 0.26;
    const qreal top = strip.bottom() - s * 1.3;
    const QPointF pts[] = {{run.start - s * 0.8, top}, {run.end + s * 0.8, top}, {run.end, strip.bottom()},
                           {run.start, strip.bottom()}};
    shapes.addPolygon(QPolygonF(std::begin(pts), std::end(pts)));
    shapes.closeSubpath();
}

void MarkPainter::paintLabels(QPainter &p, const QRectF &strip, int lane, std::span<const qint64> times,
                              std::span<const qint32> events) const
{
    const qreal fs = m_layout.metrics().fontSize;
    const QFont font = TimelineTheme::font(qMin(fs * 0.88, strip.height() * 0.8));
    const QFont bold = TimelineTheme::font(qMin(fs * 0.88, strip.height() * 0.8), true);
    const qreal s = strip.height() * 0.26;
    const qreal gap = s * 1.2;
    // Marks closer than this (with a margin for rounding) leave no room for a text between
    // them: they are passed over without placing them.
    const double tooClose = (fs * 2.5 + 2 * gap) * m_layout.nsPerPixel() * (1 - 1e-6);
    const qreal descent = QFontMetricsF(font).descent(), boldDescent = QFontMetricsF(bold).descent();
    const auto &ev = m_trace.events(lane);
    qreal textEnd = strip.left() - 1e6; // right end of the last text drawn: texts never overlap
    bool penSet = false;
    for (size_t i = 0; i < times.size(); ++i) {
        const bool last = i + 1 == times.size();
        if (!last && double(times[i + 1] - times[i]) < tooClose)
            continue;
        const Event &e = ev[size_t(events[i])];
        const qreal x = m_layout.x(e.t);
        const qreal next = last ? strip.right() + 1e6 : m_layout.x(times[i + 1]);
        const qreal right = qMin(next, strip.right()) - gap;
        qreal left = qMax(x + gap, textEnd + gap);
        // Too little room after the mark (or pushed too far from it): no text, and no cost of
        // measuring one. Only the last mark may put its text before it.
        if (!last && (left > x + gap + fs || right - left < fs * 2.5))
            continue;
        const QFont &f = e.aux == int(MarkKind::Result) ? bold : font;
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
        if (!penSet) { // one pen for all of them
            p.setPen(TimelineTheme::text());
            penSet = true;
        }
        const qreal drawn = TextCache::drawFitted(
            p, f, QPointF(left, strip.bottom() - s * 1.3 - (&f == &bold ? boldDescent : descent)), full, room);
        if (drawn >= 0)
            textEnd = left + drawn;
    }
}

} // namespace conlab
