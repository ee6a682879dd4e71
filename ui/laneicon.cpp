#include "laneicon.h"

#include <QPainter>
#include <QPainterPath>

namespace conlab {

namespace {

// A window: a process is a program with its own memory.
void processIcon(QPainter &p, const QRectF &r, bool main)
{
    const qreal w = r.width();
    p.drawRoundedRect(r, w * 0.12, w * 0.12);
    p.drawLine(QPointF(r.left(), r.top() + w * 0.28), QPointF(r.right(), r.top() + w * 0.28));
    if (main) { // the program itself: a play mark in the window
        QPainterPath tri;
        const QPointF c(r.center().x(), r.top() + w * 0.64);
        const qreal s = w * 0.2;
        tri.moveTo(c + QPointF(-s * 0.8, -s));
        tri.lineTo(c + QPointF(s, 0));
        tri.lineTo(c + QPointF(-s * 0.8, s));
        tri.closeSubpath();
        p.fillPath(tri, p.pen().color());
    }
}

// A wavy thread.
void threadIcon(QPainter &p, const QRectF &r)
{
    QPainterPath path;
    const qreal h = r.height();
    path.moveTo(r.left(), r.center().y());
    path.cubicTo(r.left() + r.width() * 0.25, r.top() + h * 0.05, r.left() + r.width() * 0.25, r.bottom() - h * 0.05,
                 r.center().x(), r.center().y());
    path.cubicTo(r.right() - r.width() * 0.25, r.top() + h * 0.05, r.right() - r.width() * 0.25,
                 r.bottom() - h * 0.05, r.right(), r.center().y());
    p.drawPath(path);
}

// Three workers in a pool: one busy (filled).
void poolIcon(QPainter &p, const QRectF &r)
{
    const qreal d = r.width() * 0.3;
    for (int i = 0; i < 3; ++i) {
        const QRectF dot(r.left() + i * r.width() * 0.35, r.center().y() - d / 2, d, d);
        if (i == 0)
            p.setBrush(p.pen().color());
        p.drawEllipse(dot);
        p.setBrush(Qt::NoBrush);
    }
}

// An arc with a gap: a coroutine runs, pauses at an await, resumes.
void coroutineIcon(QPainter &p, const QRectF &r)
{
    const QRectF c = r.adjusted(r.width() * 0.1, r.height() * 0.1, -r.width() * 0.1, -r.height() * 0.1);
    p.drawArc(c, 100 * 16, 250 * 16);
    const QPointF tip(c.center().x() + c.width() / 2 * 0.34, c.top() + c.height() * 0.03);
    p.drawLine(tip, tip + QPointF(-c.width() * 0.28, -c.height() * 0.1));
    p.drawLine(tip, tip + QPointF(-c.width() * 0.16, c.height() * 0.22));
}

// A closed loop with an arrow.
void eventLoopIcon(QPainter &p, const QRectF &r)
{
    const QRectF c = r.adjusted(r.width() * 0.1, r.height() * 0.1, -r.width() * 0.1, -r.height() * 0.1);
    p.drawEllipse(c);
    const QPointF tip(c.center().x(), c.top());
    p.drawLine(tip, tip + QPointF(-c.width() * 0.22, -c.height() * 0.16));
    p.drawLine(tip, tip + QPointF(-c.width() * 0.22, c.height() * 0.16));
}

} // namespace

void LaneIcon::paint(QPainter &p, const QRectF &box, LaneKind kind, const QColor &color)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    QPen pen(color, qMax<qreal>(1.2, box.width() / 11));
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    const QRectF r = box.adjusted(pen.widthF() / 2, pen.widthF() / 2, -pen.widthF() / 2, -pen.widthF() / 2);
    switch (kind) {
    case LaneKind::Main: processIcon(p, r, true); break;
    case LaneKind::Process: processIcon(p, r, false); break;
    case LaneKind::Thread: threadIcon(p, r); break;
    case LaneKind::PoolWorker: poolIcon(p, r); break;
    case LaneKind::Coroutine: coroutineIcon(p, r); break;
    case LaneKind::EventLoop: eventLoopIcon(p, r); break;
    }
    p.restore();
}

} // namespace conlab
