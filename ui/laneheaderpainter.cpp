#include "laneheaderpainter.h"

#include "laneicon.h"
#include "textcache.h"
#include "timelinetheme.h"
#include "tracequery.h"
#include "trianglesprites.h"

#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

#include <cmath>


namespace conlab {

namespace {

QRectF headerRowRect(const TimelineLayout &layout, const TimelineLayout::Row &row)
{
    const QRectF h = layout.headerRect();
    return {h.left(), row.top, h.width(), row.height};
}

qreal indentOf(const TimelineLayout &layout, const TimelineLayout::Row &row)
{
    return layout.metrics().fontSize * 0.6 + row.depth * layout.metrics().indent;
}

void drawElided(QPainter &p, const QFont &font, const QColor &color, QPointF at, qreal width, const QString &text)
{
    p.setPen(color);
    TextCache::draw(p, font, at, TextCache::elided(font, text, qMax<qreal>(0, width)));
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

void LaneHeaderPainter::paint(QPainter &p, const Trace &trace, const TimelineLayout &layout, bool arrows)
{
    // One clip for the whole column.
    const QRectF header = layout.headerRect();
    p.save();
    p.setClipRect(header);
    for (const TimelineLayout::Row &row : layout.rows()) {
        if (row.bottom() < header.top() || row.top > header.bottom())
            continue;
        const RowTexts texts = rowTexts(trace, row);
        if (!paintKept(p, trace, layout, row, texts, arrows))
            paintRow(p, trace, layout, row, texts, arrows);
    }
    p.setClipping(false);
    p.setPen(QPen(TimelineTheme::separator(), 0));
    p.drawLine(QPointF(header.right(), header.top()), QPointF(header.right(), header.bottom()));
    p.restore();
}

bool LaneHeaderPainter::paintKept(QPainter &p, const Trace &trace, const TimelineLayout &layout,
                                  const TimelineLayout::Row &row, const RowTexts &texts, bool arrows)
{
    // A raster painter on an image (a picture, the window's backing store) moved, or scaled by
    // the screen's pixel ratio, with the column's edges on whole device pixels. The picture is
    // made in the image's format: Qt chooses how to draw text by the format it draws into.
    const QTransform &t = p.deviceTransform();
    const qreal ratio = t.m11();
    const QPaintDevice *device = p.paintEngine() ? p.paintEngine()->paintDevice() : nullptr;
    if (!device || device->devType() != QInternal::Image || p.paintEngine()->type() != QPaintEngine::Raster ||
        t.type() > QTransform::TxScale || ratio < 1 || t.m22() != ratio)
        return false;
    const QImage::Format format = static_cast<const QImage *>(device)->format();
    const QRectF d = t.mapRect(headerRowRect(layout, row));
    if (d.left() != std::floor(d.left()) || d.right() != std::floor(d.right()))
        return false;
    // The row's whole device rows, and a margin of a row around them: the row is kept only if
    // its drawing stays in those whole rows, where nothing lies under it but the plain colour
    // of its process's band or of the column (the lines between groups run in the gaps).
    const QRect inner(QPoint(int(d.left()), int(std::ceil(d.top()))),
                      QPoint(int(d.right()) - 1, int(std::floor(d.bottom())) - 1));
    const QColor plain = row.group % 2 == 1 ? TimelineTheme::bandBackground() : TimelineTheme::headerBackground();
    if (inner.isEmpty() || plain.alpha() != 255)
        return false;
    const QRect outer = inner.adjusted(-1, -1, 1, 1);
    const QPointF fraction = d.topLeft() - QPointF(outer.topLeft());
    const TimelineMetrics &m = layout.metrics();
    const Lane *lane = trace.lane(row.lane);
    const double numbers[] = {fraction.x(), fraction.y(), ratio, d.width(), d.height(), m.fontSize, m.indent};
    const qint32 flags[] = {qint32(row.kind), row.lane, lane ? qint32(lane->kind) : -1, row.depth, row.collapsed,
                            arrows, qint32(p.renderHints()), qint32(plain.rgba()),
                            qint32(TimelineTheme::laneColor(row.lane).rgba()), qint32(TimelineTheme::text().rgba()),
                            qint32(TimelineTheme::mutedText().rgba()), qint32(format), qint32(texts.first.size())};
    QByteArray key(reinterpret_cast<const char *>(numbers), sizeof numbers);
    key.append(reinterpret_cast<const char *>(flags), sizeof flags);
    key.append(reinterpret_cast<const char *>(texts.first.constData()), texts.first.size() * 2);
    key.append(reinterpret_cast<const char *>(texts.second.constData()), texts.second.size() * 2);
    // A row is the same picture at every repaint while its words, size and colours stay: made
    // once, by the same drawing, and drawn as an image after. A null image: the row's drawing
    // reaches past its whole rows, and it is drawn every time.
    static QHash<QByteArray, QImage> kept;
    auto it = kept.constFind(key);
    if (it == kept.cend()) {
        if (kept.size() >= 512)
            kept.clear();
        QImage canvas(outer.size(), format);
        canvas.fill(plain);
        {
            QPainter q(&canvas);
            q.setRenderHints(p.renderHints());
            q.setTransform(t * QTransform::fromTranslate(-outer.left(), -outer.top()));
            paintRow(q, trace, layout, row, texts, arrows);
        }
        const QRect own = inner.translated(-outer.topLeft());
        bool inside = true;
        for (int y = 0; y < canvas.height() && inside; ++y) {
            const bool rowInside = y >= own.top() && y <= own.bottom();
            for (int x = 0; x < canvas.width(); ++x) {
                if ((!rowInside || x < own.left() || x > own.right()) && canvas.pixel(x, y) != plain.rgba()) {
                    inside = false;
                    break;
                }
            }
        }
        QImage image;
        if (inside) {
            image = canvas.copy(own);
            image.setDevicePixelRatio(ratio);
        }
        it = kept.insert(key, image);
    }
    if (it->isNull())
        return false;
    p.drawImage(QPointF((inner.left() - t.dx()) / ratio, (inner.top() - t.dy()) / ratio), *it);
    return true;
}

void LaneHeaderPainter::paintRow(QPainter &p, const Trace &trace, const TimelineLayout &layout,
                                 const TimelineLayout::Row &row, const RowTexts &texts, bool arrows)
{
    if (row.kind == TimelineLayout::Row::Lane)
        paintLane(p, trace, layout, row, texts, arrows);
    else
        paintCounter(p, layout, row, texts);
}

void LaneHeaderPainter::paintArrow(QPainter &p, const QRectF &arrow, bool collapsed)
{
    const QPointF c = arrow.center();
    const qreal s = arrow.width() * 0.32;
    const QPointF corners[] = {collapsed ? c + QPointF(-s * 0.6, -s) : c + QPointF(-s, -s * 0.6),
                               collapsed ? c + QPointF(s * 0.9, 0) : c + QPointF(s, -s * 0.6),
                               collapsed ? c + QPointF(-s * 0.6, s) : c + QPointF(0, s * 0.9)};
    // The same few sub-pixel positions in every row: a ready image each, where one serves.
    if (TriangleSprites::suits(p)) {
        TriangleSprites::fill(p, corners[0], corners[1], corners[2], TimelineTheme::mutedText());
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

void LaneHeaderPainter::paintLane(QPainter &p, const Trace &trace, const TimelineLayout &layout,
                                  const TimelineLayout::Row &row, const RowTexts &texts, bool arrows)
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
        paintArrow(p, arrow, row.collapsed);
    const qreal iconSize = row.collapsed ? fs * 0.9 : fs * 1.25;
    const QRectF icon(arrow.right() + fs * 0.45, arrow.center().y() - iconSize / 2, iconSize, iconSize);
    LaneIcon::paint(p, icon, lane->kind, TimelineTheme::text());
    const qreal textLeft = icon.right() + fs * 0.5;
    const qreal width = r.right() - textLeft - fs * 0.5;
    const QString &name = texts.first;
    if (row.collapsed) {
        const QFont f = TimelineTheme::font(fs * 0.85, true);
        drawElided(p, f, TimelineTheme::text(), QPointF(textLeft, r.center().y() + fs * 0.3), width, name);
        return;
    }
    const QFont nameFont = TimelineTheme::font(fs * 1.1, true);
    drawElided(p, nameFont, TimelineTheme::text(), QPointF(textLeft, arrow.center().y() + fs * 0.4), width, name);
    drawElided(p, TimelineTheme::font(fs * 0.85), TimelineTheme::mutedText(),
               QPointF(textLeft, r.top() + r.height() * 0.78), width, texts.second);
}

void LaneHeaderPainter::paintCounter(QPainter &p, const TimelineLayout &layout, const TimelineLayout::Row &row,
                                     const RowTexts &texts)
{
    const qreal fs = layout.metrics().fontSize;
    const QRectF r = headerRowRect(layout, row);
    const qreal left = r.left() + indentOf(layout, row) + fs * 1.4;
    const qreal baseline = r.center().y() + fs * 0.35;
    const QString &valueText = texts.first;
    const QFont valueFont = TimelineTheme::font(fs * 1.0, true);
    const qreal valueWidth = TextCache::width(valueFont, valueText);
    p.setPen(TimelineTheme::text());
    TextCache::drawAsText(p, valueFont, QPointF(r.right() - fs * 0.6 - valueWidth, baseline), valueText);
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
               r.right() - left - valueWidth - fs * 1.2, texts.second);
}

} // namespace conlab
