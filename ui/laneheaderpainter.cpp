#include "laneheaderpainter.h"

#include "directtarget.h"
#include "hairlines.h"
#include "keptregions.h"
#include "laneicon.h"
#include "textcache.h"
#include "timelinetheme.h"
#include "tracequery.h"
#include "trianglesprites.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>


namespace conlab {

namespace {

bool g_keptRows = true;

QRectF headerRowRect(const TimelineLayout &layout, const TimelineLayout::Row &row)
{
    const QRectF h = layout.headerRect();
    return {h.left(), row.top, h.width(), row.height};
}

qreal indentOf(const TimelineLayout &layout, const TimelineLayout::Row &row)
{
    return layout.metrics().fontSize * 0.6 + row.depth * layout.metrics().indent;
}

void drawElided(QPainter &p, const QFont &font, const QColor &color, QPointF at, qreal width, const QString &text,
                const DirectTarget &target)
{
    p.setPen(color);
    TextCache::draw(p, font, at, TextCache::elided(font, text, qMax<qreal>(0, width)), &target);
}

} // namespace

QRectF LaneHeaderPainter::arrowRect(const TimelineLayout &layout, const TimelineLayout::Row &row)
{
    const qreal fs = layout.metrics().fontSize;
    const QRectF r = headerRowRect(layout, row);
    const qreal s = fs * 0.9;
    const qreal cy = row.collapsed ? r.center().y() : r.top() + r.height() * 0.42 - fs * 0.35;
    return {r.left() + indentOf(layout, row), cy - s / 2, s, s};
}

QString LaneHeaderPainter::idText(const Trace &trace, const Lane &lane)
{
    if (lane.pid == 0 && lane.tid == 0)
        return lane.kind == LaneKind::Coroutine ? tr("no thread of its own") : tr("starting");
    if (lane.kind == LaneKind::Main || lane.kind == LaneKind::Process)
        return tr("pid %1").arg(lane.pid);
    if (lane.kind == LaneKind::Coroutine)
        return {};
    const Lane *root = trace.lane(TimelineLayout::groupRoot(trace, lane.id));
    if (root && root->pid != lane.pid) // a thread in another process than its group says
        return tr("pid %1 · tid %2").arg(lane.pid).arg(lane.tid);
    return tr("tid %1").arg(lane.tid);
}

void LaneHeaderPainter::setKeptRows(bool on)
{
    g_keptRows = on;
}

void LaneHeaderPainter::paint(QPainter &p, const Trace &trace, const TimelineLayout &layout, bool arrows)
{
    Rows rows(p, trace, layout, arrows);
    if (!rows.direct()) {
        paintAll(p, trace, layout, arrows);
        return;
    }
    for (const TimelineLayout::Row &row : layout.rows())
        rows.paint(row);
    rows.finish();
}

void LaneHeaderPainter::paintAll(QPainter &p, const Trace &trace, const TimelineLayout &layout, bool arrows)
{
    // Drawn by Qt throughout (an SVG, a scaled picture): one clip for the whole column.
    const QRectF header = layout.headerRect();
    const DirectTarget none(p);
    p.save();
    p.setClipRect(header);
    for (const TimelineLayout::Row &row : layout.rows()) {
        if (row.bottom() < header.top() || row.top > header.bottom())
            continue;
        paintRow(p, trace, layout, row, rowTexts(trace, row), arrows, none);
    }
    p.setClipping(false);
    p.setPen(QPen(TimelineTheme::separator(), 0));
    p.drawLine(QPointF(header.right(), header.top()), QPointF(header.right(), header.bottom()));
    p.restore();
}

namespace {

DirectTarget clippedTo(QPainter &p, const QRectF &clip)
{
    if (!DirectTarget(p).valid()) // drawn by Qt (an SVG): the painter is not touched
        return DirectTarget(p);
    p.save();
    p.setClipRect(clip);
    const DirectTarget target(p);
    p.restore();
    return target;
}

} // namespace

LaneHeaderPainter::Rows::Rows(QPainter &p, const Trace &trace, const TimelineLayout &layout, bool arrows)
    : m_p(p)
    , m_trace(trace)
    , m_layout(layout)
    , m_arrows(arrows)
    , m_header(layout.headerRect())
    , m_target(clippedTo(p, m_header))
{
}

void LaneHeaderPainter::Rows::paint(const TimelineLayout::Row &row)
{
    if (row.bottom() < m_header.top() || row.top > m_header.bottom())
        return;
    // A row is the same picture at every repaint while its words, size and colours stay: a
    // pan or a zoom copies it from the last one.
    static KeptRegions kept;
    const RowTexts texts = rowTexts(m_trace, row);
    auto draw = [&](QPainter &q, const DirectTarget &on) { paintRow(q, m_trace, m_layout, row, texts, m_arrows, on); };
    const QRectF device = headerRowRect(m_layout, row).translated(m_target.offset());
    const QRect region = device.toAlignedRect();
    const QRect visible = region & m_target.clip();
    QRgb plain = 0;
    if (g_keptRows && m_target.valid() && KeptRegions::plain(m_target, visible, m_rowsPlain, &plain)) {
        const QByteArray key =
            rowKey(m_p, m_trace, m_layout, row, texts, m_arrows, device.topLeft() - QPointF(region.topLeft()));
        if (kept.draw(m_target, m_p, region, visible, plain, key, draw)) {
            m_rowsPlain = true;
            return;
        }
    }
    m_p.save();
    m_p.setClipRect(m_header);
    draw(m_p, m_target);
    m_p.restore();
    m_rowsPlain = false;
}

void LaneHeaderPainter::Rows::finish()
{
    m_p.save();
    m_p.setClipping(false);
    m_p.setPen(QPen(TimelineTheme::separator(), 0));
    Hairlines::drawLine(m_p, QLineF(m_header.right(), m_header.top(), m_header.right(), m_header.bottom()));
    m_p.restore();
}

void LaneHeaderPainter::paintRow(QPainter &p, const Trace &trace, const TimelineLayout &layout,
                                 const TimelineLayout::Row &row, const RowTexts &texts, bool arrows,
                                 const DirectTarget &target)
{
    if (row.kind == TimelineLayout::Row::Lane)
        paintLane(p, trace, layout, row, texts, arrows, target);
    else
        paintCounter(p, layout, row, texts, target);
}

void LaneHeaderPainter::paintArrow(QPainter &p, const QRectF &arrow, bool collapsed, const DirectTarget &target)
{
    const QPointF c = arrow.center();
    const qreal s = arrow.width() * 0.32;
    const QPointF corners[] = {collapsed ? c + QPointF(-s * 0.6, -s) : c + QPointF(-s, -s * 0.6),
                               collapsed ? c + QPointF(s * 0.9, 0) : c + QPointF(s, -s * 0.6),
                               collapsed ? c + QPointF(-s * 0.6, s) : c + QPointF(0, s * 0.9)};
    // The same few sub-pixel positions in every row: a ready image each, where one serves.
    if (TriangleSprites::suits(p)) {
        TriangleSprites::fill(p, corners[0], corners[1], corners[2], TimelineTheme::mutedText(), &target);
        return;
    }
    QPainterPath tri;
    tri.moveTo(corners[0]);
    tri.lineTo(corners[1]);
    tri.lineTo(corners[2]);
    tri.closeSubpath();
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.fillPath(tri, TimelineTheme::mutedText());
    p.restore();
}

LaneHeaderPainter::RowTexts LaneHeaderPainter::rowTexts(const Trace &trace, const TimelineLayout::Row &row)
{
    if (row.kind == TimelineLayout::Row::Counter) {
        double value = 0;
        RowTexts texts{{}, trace.label(row.counter)};
        if (TraceQuery::lastCounterValue(trace, row.lane, row.counter, &value))
            texts.first = QStringLiteral("= ") + TextCache::number(value);
        return texts;
    }
    const Lane *lane = trace.lane(row.lane);
    if (!lane)
        return {};
    RowTexts texts{lane->name.isEmpty() ? tr("lane %1").arg(lane->id) : lane->name,
                   TimelineTheme::laneKindTitle(lane->kind)};
    if (const QString ids = idText(trace, *lane); !ids.isEmpty())
        texts.second += QStringLiteral(" · ") + ids;
    return texts;
}

QByteArray LaneHeaderPainter::rowKey(const QPainter &p, const Trace &trace, const TimelineLayout &layout,
                                     const TimelineLayout::Row &row, const RowTexts &texts, bool arrows,
                                     QPointF fraction)
{
    const TimelineMetrics &m = layout.metrics();
    const double numbers[] = {fraction.x(), fraction.y(), layout.headerRect().width(), row.height, m.fontSize,
                              m.indent};
    const Lane *lane = trace.lane(row.lane);
    const qint32 flags[] = {qint32(row.kind), row.lane, lane ? qint32(lane->kind) : -1, row.depth, row.collapsed,
                            arrows, qint32(p.renderHints()),
                            qint32(TimelineTheme::laneColor(row.lane).rgba()), qint32(TimelineTheme::text().rgba()),
                            qint32(TimelineTheme::mutedText().rgba()), qint32(texts.first.size())};
    QByteArray key(reinterpret_cast<const char *>(numbers), sizeof numbers);
    key.append(reinterpret_cast<const char *>(flags), sizeof flags);
    key.append(reinterpret_cast<const char *>(texts.first.constData()), texts.first.size() * 2);
    key.append(reinterpret_cast<const char *>(texts.second.constData()), texts.second.size() * 2);
    return key;
}

void LaneHeaderPainter::paintLane(QPainter &p, const Trace &trace, const TimelineLayout &layout,
                                  const TimelineLayout::Row &row, const RowTexts &texts, bool arrows,
                                  const DirectTarget &target)
{
    const Lane *lane = trace.lane(row.lane);
    if (!lane)
        return;
    const qreal fs = layout.metrics().fontSize;
    const QRectF r = headerRowRect(layout, row);
    const QColor laneColor = TimelineTheme::laneColor(row.lane);
    p.fillRect(QRectF(r.left(), r.top() + 1, fs * 0.3, r.height() - 2), laneColor); // ties the lane to its source tag

    const QRectF arrow = arrowRect(layout, row);
    if (arrows)
        paintArrow(p, arrow, row.collapsed, target);
    const qreal iconSize = row.collapsed ? fs * 0.9 : fs * 1.25;
    const QRectF icon(arrow.right() + fs * 0.45, arrow.center().y() - iconSize / 2, iconSize, iconSize);
    LaneIcon::paint(p, icon, lane->kind, TimelineTheme::text());
    const qreal textLeft = icon.right() + fs * 0.5;
    const qreal width = r.right() - textLeft - fs * 0.5;
    const QString &name = texts.first;
    if (row.collapsed) {
        const QFont f = TimelineTheme::font(fs * 0.85, true);
        drawElided(p, f, TimelineTheme::text(), QPointF(textLeft, r.center().y() + fs * 0.3), width, name, target);
        return;
    }
    const QFont nameFont = TimelineTheme::font(fs * 1.1, true);
    drawElided(p, nameFont, TimelineTheme::text(), QPointF(textLeft, arrow.center().y() + fs * 0.4), width, name,
               target);
    drawElided(p, TimelineTheme::font(fs * 0.85), TimelineTheme::mutedText(),
               QPointF(textLeft, r.top() + r.height() * 0.78), width, texts.second, target);
}

void LaneHeaderPainter::paintCounter(QPainter &p, const TimelineLayout &layout, const TimelineLayout::Row &row,
                                     const RowTexts &texts, const DirectTarget &target)
{
    const qreal fs = layout.metrics().fontSize;
    const QRectF r = headerRowRect(layout, row);
    const qreal left = r.left() + indentOf(layout, row) + fs * 1.4;
    const qreal baseline = r.center().y() + fs * 0.35;
    const QString &valueText = texts.first;
    const QFont valueFont = TimelineTheme::font(fs * 1.0, true);
    const qreal valueWidth = TextCache::width(valueFont, valueText);
    p.setPen(TimelineTheme::text());
    TextCache::drawAsText(p, valueFont, QPointF(r.right() - fs * 0.6 - valueWidth, baseline), valueText, &target);
    // A small step glyph says "this row is a value over time".
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(TimelineTheme::mutedText(), qMax<qreal>(1, fs * 0.1)));
    const qreal g = fs * 0.8;
    const QPointF o(left - fs * 1.2, r.center().y() + g / 2);
    const QPointF steps[] = {o, o + QPointF(g * 0.33, 0), o + QPointF(g * 0.33, -g * 0.5),
                             o + QPointF(g * 0.66, -g * 0.5), o + QPointF(g * 0.66, -g),
                             o + QPointF(g, -g)};
    p.drawPolyline(steps, 6);
    p.restore();
    drawElided(p, TimelineTheme::font(fs * 0.95), TimelineTheme::mutedText(), QPointF(left, baseline),
               r.right() - left - valueWidth - fs * 1.2, texts.second, target);
}

} // namespace conlab
