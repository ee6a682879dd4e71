#include "legendpainter.h"

#include "timelinetheme.h"
#include "tracequery.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace conlab {

std::vector<LegendPainter::Item> LegendPainter::items(const Trace &trace)
{
    std::vector<Item> out;
    quint32 used = TraceQuery::statesUsed(trace);
    if (used == 0)
        used = (1u << int(State::Starting)) | (1u << int(State::Running)) | (1u << int(State::Sleeping)) |
               (1u << int(State::WaitingJoin)) | (1u << int(State::Done));
    for (int s = 0; s < StateCount; ++s) {
        if (used & (1u << s))
            out.push_back({Item::StateItem, State(s), TimelineTheme::stateTitle(State(s))});
    }
    if (TraceQuery::hasEvents(trace, EventType::HoldBegin))
        out.push_back({Item::Hold, State::Running, tr("holds a lock")});
    if (TraceQuery::hasEvents(trace, EventType::Mark))
        out.push_back({Item::Mark, State::Running, tr("prints a line")});
    if (TraceQuery::hasEvents(trace, EventType::Counter))
        out.push_back({Item::Counter, State::Running, tr("counter value")});
    if (TraceQuery::hasEvents(trace, EventType::FlowIn))
        out.push_back({Item::Flow, State::Running, tr("starts / hands over")});
    if (TraceQuery::hasSameLaneFlows(trace))
        out.push_back({Item::Damage, State::Running, tr("stale read → the act it misled")});
    return out;
}

qreal LegendPainter::itemWidth(const Item &item, qreal fontSize)
{
    const QFontMetricsF fm(TimelineTheme::font(fontSize));
    return fontSize * 1.6 + fm.horizontalAdvance(item.text) + fontSize * 1.4;
}

qreal LegendPainter::height(const std::vector<Item> &items, qreal width, qreal fontSize)
{
    const qreal lineHeight = fontSize * 1.7;
    qreal x = 0;
    int lines = items.empty() ? 0 : 1;
    for (const Item &item : items) {
        const qreal w = itemWidth(item, fontSize);
        if (x > 0 && x + w > width) {
            ++lines;
            x = 0;
        }
        x += w;
    }
    return lines * lineHeight;
}

void LegendPainter::paint(QPainter &p, const QRectF &rect, const std::vector<Item> &items, qreal fontSize)
{
    const qreal lineHeight = fontSize * 1.7;
    const QFont font = TimelineTheme::font(fontSize);
    const QFontMetricsF fm(font);
    qreal x = rect.left(), y = rect.top();
    p.save();
    for (const Item &item : items) {
        const qreal w = itemWidth(item, fontSize);
        if (x > rect.left() && x + w > rect.right()) {
            x = rect.left();
            y += lineHeight;
        }
        const QRectF swatch(x, y + (lineHeight - fontSize) / 2, fontSize * 1.25, fontSize);
        paintSwatch(p, swatch, item, fontSize);
        p.setFont(font);
        p.setPen(TimelineTheme::text());
        p.drawText(QPointF(swatch.right() + fontSize * 0.4, y + lineHeight / 2 + (fm.ascent() - fm.descent()) / 2),
                   item.text);
        x += w;
    }
    p.restore();
}

void LegendPainter::paintSwatch(QPainter &p, const QRectF &box, const Item &item, qreal fontSize)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    switch (item.kind) {
    case Item::StateItem:
        p.setPen(item.state == State::Done ? QPen(TimelineTheme::separator(), 1) : Qt::NoPen);
        p.setBrush(TimelineTheme::stateColor(item.state));
        p.drawRoundedRect(box, fontSize * 0.15, fontSize * 0.15);
        break;
    case Item::Hold:
        p.fillRect(QRectF(box.left(), box.center().y() - box.height() * 0.22, box.width(), box.height() * 0.44),
                   TimelineTheme::holdBand());
        break;
    case Item::Mark: {
        QPainterPath tri;
        tri.moveTo(box.center().x() - box.height() * 0.4, box.top() + box.height() * 0.15);
        tri.lineTo(box.center().x() + box.height() * 0.4, box.top() + box.height() * 0.15);
        tri.lineTo(box.center().x(), box.bottom() - box.height() * 0.1);
        tri.closeSubpath();
        p.fillPath(tri, TimelineTheme::markColor());
        break;
    }
    case Item::Counter: {
        p.setPen(QPen(TimelineTheme::counterLine(), qMax<qreal>(1.2, fontSize * 0.12)));
        const QPointF pts[] = {box.bottomLeft(), QPointF(box.left() + box.width() * 0.4, box.bottom()),
                               QPointF(box.left() + box.width() * 0.4, box.top() + box.height() * 0.3),
                               QPointF(box.right(), box.top() + box.height() * 0.3)};
        p.drawPolyline(pts, 4);
        break;
    }
    case Item::Flow: {
        p.setPen(QPen(TimelineTheme::flowArrow(), qMax<qreal>(1.2, fontSize * 0.12)));
        const QPointF a(box.left(), box.center().y()), b(box.right(), box.center().y());
        p.drawLine(a, b - QPointF(fontSize * 0.2, 0));
        QPainterPath head;
        head.moveTo(b);
        head.lineTo(b + QPointF(-fontSize * 0.45, -fontSize * 0.28));
        head.lineTo(b + QPointF(-fontSize * 0.45, fontSize * 0.28));
        head.closeSubpath();
        p.fillPath(head, TimelineTheme::flowArrow());
        break;
    }
    case Item::Damage: {
        p.setPen(QPen(TimelineTheme::damage(), qMax<qreal>(1.5, fontSize * 0.14)));
        QPainterPath arc(QPointF(box.left(), box.bottom()));
        arc.cubicTo(QPointF(box.left(), box.top()), QPointF(box.right(), box.top()),
                    QPointF(box.right() - fontSize * 0.1, box.bottom() - fontSize * 0.3));
        p.drawPath(arc);
        QPainterPath head;
        const QPointF b(box.right() - fontSize * 0.1, box.bottom() + fontSize * 0.05);
        head.moveTo(b);
        head.lineTo(b + QPointF(-fontSize * 0.28, -fontSize * 0.45));
        head.lineTo(b + QPointF(fontSize * 0.28, -fontSize * 0.45));
        head.closeSubpath();
        p.fillPath(head, TimelineTheme::damage());
        break;
    }
    }
    p.restore();
}

} // namespace conlab
