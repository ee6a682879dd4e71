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
