#include "timelinepainter.h"

#include "axispainter.h"
#include "backgroundpainter.h"
#include "captionpainter.h"
#include "columntimes.h"
#include "counterpainter.h"
#include "flowpainter.h"
#include "laneheaderpainter.h"
#include "markpainter.h"
#include "overlaypainter.h"
#include "pixelmath.h"
#include "spanfolder.h"
#include "textcache.h"
#include "timelinetheme.h"
#include "traceindex.h"
#include "tracequery.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

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
    if (m_options.endAtNow && m_options.now >= 0)
        return m_options.now;
    return qMax(m_trace.endTime(), m_options.now);
}

void TimelinePainter::paint(QPainter &p) const
{
    p.save();
    p.setClipRect(m_layout.area());
    BackgroundPainter(m_layout, m_options.unitNs).paint(p);
    const QRectF plot = m_layout.plotRect();
    TraceIndex ownIndex;
    if (!m_options.index)
        ownIndex.update(m_trace);
    const TraceIndex &index = m_options.index ? *m_options.index : ownIndex;
    const OverlayPainter overlay(m_trace, m_layout, endTime());
    const CounterPainter counters(m_layout, endTime(), index);
    const ColumnTimes columns(m_layout);
    const MarkPainter marks(m_trace, m_layout, index);
    p.save();
    p.setClipRect(plot);
    for (const TimelineLayout::Row &row : m_layout.rows()) {
        if (row.bottom() < plot.top() || row.top > plot.bottom())
            continue;
        if (row.kind == TimelineLayout::Row::Counter) {
            counters.paint(p, row);
            continue;
        }
        paintSpans(p, row, index, columns);
        paintHolds(p, row, index);
        marks.paint(p, row);
    }
    FlowPainter(m_layout, index.flows()).paint(p);
    overlay.paintSelection(p, m_options.selectedLane, m_options.selectedEvent);
    CaptionPainter(m_trace, m_layout).paint(p); // over everything of the run: a note must read
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

void TimelinePainter::paintSpans(QPainter &p, const TimelineLayout::Row &row, const TraceIndex &index,
                                 const ColumnTimes &columns) const
{
    const QRectF bar = m_layout.barRect(row);
    // Kept between repaints: a fresh vector of thousands of pieces per lane per frame costs
    // page faults.
    static thread_local std::vector<SpanFolder::Piece> pieces;
    SpanFolder::pieces(index.lane(row.lane).states(), m_layout, endTime(), columns, pieces);
    const qreal scale = p.deviceTransform().m11();
    const bool manyPieces =
        pieces.size() > kStripPieces && scale >= 1 && p.paintEngine()->type() == QPaintEngine::Raster;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false); // boxes on whole pixels: no soft seams between spans
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    p.setPen(Qt::NoPen);
    // Thousands of boxes a pixel or two wide: their colours go into a strip one pixel high,
    // stretched over the bar in one draw, instead of a fill per box (each a short run on every
    // row of the bar). Only where a layout pixel is at least a device pixel: shrunk, the strip
    // could drop a column, and a lone short span must never vanish.
    if (manyPieces)
        paintSpanStrip(p, bar, pieces);
    else
        paintSpanBoxes(p, bar, pieces, qMax<qreal>(1, 1 / qMax<qreal>(1e-6, scale)));
    p.restore();
    if (!row.collapsed)
        paintSpanLabels(p, row, pieces);
}

void TimelinePainter::paintSpanBoxes(QPainter &p, const QRectF &bar, const std::vector<SpanFolder::Piece> &pieces,
                                     qreal minWidth) const
{
    // One batch of boxes per state: a single brush change each, and in an SVG one group of
    // rectangles per colour instead of a styled group per box. Folded slivers go last, so a
    // wide neighbour never paints over them. Kept between repaints, as the pieces are.
    static thread_local std::array<std::vector<QRectF>, 2 * StateCount> boxes; // by folded, then state
    for (auto &b : boxes)
        b.clear();
    for (const SpanFolder::Piece &piece : pieces) {
        const qreal x0 = PixelMath::round(piece.x0);
        const qreal w = qMax(PixelMath::round(piece.x1) - x0, minWidth);
        boxes[size_t(piece.folded ? StateCount : 0) + size_t(piece.state)].push_back(
            QRectF(x0, bar.top(), w, bar.height()));
    }
    for (size_t b = 0; b < boxes.size(); ++b) {
        if (boxes[b].empty())
            continue;
        p.setBrush(TimelineTheme::stateColor(State(b % StateCount)));
        p.drawRects(boxes[b].data(), int(boxes[b].size()));
    }
}

void TimelinePainter::paintSpanStrip(QPainter &p, const QRectF &bar, const std::vector<SpanFolder::Piece> &pieces) const
{
    const QRectF plot = m_layout.plotRect();
    const int left = int(std::floor(plot.left()));
    const int width = int(std::ceil(plot.right())) - left;
    if (width <= 0)
        return;
    // On a screen of a whole pixel ratio (2) the strip has the device's columns, each of a
    // layout pixel's columns in its colour: one texel to a device pixel is Qt's plain tiled
    // fill, where a texture scaled by the painter has each pixel's texel worked out.
    const QTransform &t = p.deviceTransform();
    const int ratio = t.type() == QTransform::TxScale && t.m11() == t.m22() && t.m11() == std::floor(t.m11())
                          ? int(t.m11())
                          : 1;
    QImage strip(width * ratio, 1, QImage::Format_ARGB32_Premultiplied);
    strip.fill(Qt::transparent); // where no span is, the background shows
    auto *line = reinterpret_cast<QRgb *>(strip.scanLine(0));
    std::array<QRgb, StateCount> colors;
    for (int s = 0; s < StateCount; ++s)
        colors[size_t(s)] = TimelineTheme::stateColor(State(s)).rgb();
    for (const bool folded : {false, true}) {
        for (const SpanFolder::Piece &piece : pieces) {
            if (piece.folded != folded)
                continue;
            const int x0 = qMax(0, int(PixelMath::round(piece.x0)) - left);
            const int x1 =
                qMin(width, qMax(int(PixelMath::round(piece.x1)), int(PixelMath::round(piece.x0)) + 1) - left);
            std::fill(line + x0 * ratio, line + qMax(x0, x1) * ratio, colors[size_t(piece.state)]);
        }
    }
    // The strip as a brush's texture repeated down the bar's rows: a stretched image would
    // have its source pixel worked out for every pixel written.
    QBrush texture(strip);
    texture.setTransform(QTransform::fromScale(1.0 / ratio, 1.0 / ratio));
    p.setBrushOrigin(left, 0);
    p.fillRect(QRectF(left, bar.top(), width, bar.height()), texture);
}

void TimelinePainter::paintSpanLabels(QPainter &p, const TimelineLayout::Row &row,
                                      const std::vector<SpanFolder::Piece> &pieces) const
{
    const QRectF bar = m_layout.barRect(row);
    const auto &events = m_trace.events(row.lane);
    LabelStyle style;
    for (const SpanFolder::Piece &piece : pieces) {
        if (piece.folded || piece.x1 - piece.x0 < m_layout.metrics().fontSize * 3)
            continue;
        const Event &e = events[size_t(piece.event)];
        const QRectF box(QPointF(piece.x0, bar.top()), QPointF(piece.x1, bar.bottom()));
        const QColor fill = TimelineTheme::stateColor(piece.state);
        if (e.label < 0) {
            paintSpanLabel(p, box.intersected(m_layout.plotRect()), stateTitle(piece.state), fill, style);
            continue;
        }
        const QString text = stateTitle(piece.state) + QStringLiteral(": ") + m_trace.label(e.label);
        paintSpanLabel(p, box.intersected(m_layout.plotRect()), text, fill, style);
    }
}

const QString &TimelinePainter::stateTitle(State state) const
{
    QString &title = m_stateTitles[size_t(state)];
    if (title.isEmpty())
        title = TimelineTheme::stateTitle(state);
    return title;
}

void TimelinePainter::paintSpanLabel(QPainter &p, const QRectF &box, const QString &text, const QColor &fill,
                                     LabelStyle &style) const
{
    const qreal fs = m_layout.metrics().fontSize;
    if (box.height() != style.height) {
        style.height = box.height();
        style.font = TimelineTheme::font(qMin(fs * 0.9, box.height() * 0.62));
        const QFontMetricsF fm(style.font);
        style.baseline = (fm.ascent() - fm.descent()) / 2;
        style.pad = fs * 0.45;
    }
    const QString shown = TextCache::elided(style.font, text, box.width() - 2 * style.pad);
    if (shown.isEmpty() || shown == QStringLiteral("…"))
        return;
    // The pen set only when it changes: setting one costs more than most of a label.
    if (const QColor pen = TimelineTheme::textOn(fill); style.pen.color() != pen)
        style.pen = QPen(pen);
    if (p.pen() != style.pen)
        p.setPen(style.pen);
    // Over the box's own colour: from a picture of the label made once, where that serves.
    const QPointF at(box.left() + style.pad, box.center().y() + style.baseline);
    if (!TextCache::drawOver(p, style.font, at, shown, fill, box))
        TextCache::draw(p, style.font, at, shown);
}

void TimelinePainter::paintHolds(QPainter &p, const TimelineLayout::Row &row, const TraceIndex &index) const
{
    if (row.collapsed)
        return;
    const QRectF band = m_layout.holdRect(row);
    // Kept between repaints, as the pieces of the spans are.
    static thread_local std::vector<TraceQuery::Hold> holds;
    static thread_local std::vector<HoldBox> boxes;
    index.lane(row.lane).holds(m_layout.from(), m_layout.to(), endTime(), holds);
    boxes.clear();
    // Holds that meet within a pixel are one band: drawn (and labelled) once.
    for (const TraceQuery::Hold &h : holds) {
        const qreal x0 = PixelMath::round(qMax(m_layout.x(h.start), band.left() - 2));
        const qreal x1 = PixelMath::round(qMin(qMax(m_layout.x(h.end), x0 + 1), band.right() + 2));
        const int level = qMin(h.level, 1);
        auto same = std::find_if(boxes.rbegin(), boxes.rend(), [level](const HoldBox &b) { return b.level == level; });
        if (same != boxes.rend() && x0 <= same->rect.right()) {
            same->rect.setRight(qMax(same->rect.right(), x1));
            continue;
        }
        // A lock taken while holding another sits lower and lighter, so both stay visible.
        const qreal inset = level > 0 ? band.height() * 0.45 : 0;
        boxes.push_back(
            {QRectF(QPointF(x0, band.top() + inset), QPointF(qMax(x1, x0 + 1), band.bottom())), h.label, level});
    }
    for (const int level : {0, 1})
        paintHoldBoxes(p, boxes, level);
    paintHoldLabels(p, boxes);
}

void TimelinePainter::paintHoldBoxes(QPainter &p, const std::vector<HoldBox> &boxes, int level) const
{
    const QColor color = level > 0 ? TimelineTheme::mutedText() : TimelineTheme::holdBand();
    // One batch per level: one brush change each (and one group in an SVG).
    std::vector<QRectF> rects;
    for (const HoldBox &b : boxes) {
        if (b.level == level)
            rects.push_back(b.rect);
    }
    if (rects.empty())
        return;
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.drawRects(rects.data(), int(rects.size()));
    p.restore();
}

void TimelinePainter::paintHoldLabels(QPainter &p, const std::vector<HoldBox> &boxes) const
{
    const qreal fs = m_layout.metrics().fontSize;
    for (const HoldBox &b : boxes) {
        if (b.level > 0 || b.rect.height() < fs * 0.75 || b.label < 0 || b.rect.width() < fs * 3)
            continue;
        const QFont font = TimelineTheme::font(b.rect.height() * 0.8);
        const QFontMetricsF fm(font);
        const QString text =
            fm.elidedText(tr("holds %1").arg(m_trace.label(b.label)), Qt::ElideRight, b.rect.width() - fs * 0.6);
        if (text.size() > 3) {
            p.setFont(font);
            p.setPen(Qt::white);
            p.drawText(QPointF(b.rect.left() + fs * 0.3, b.rect.center().y() + (fm.ascent() - fm.descent()) / 2), text);
        }
    }
}

} // namespace conlab
