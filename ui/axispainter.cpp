#include "axispainter.h"

#include "textcache.h"
#include "timeaxis.h"
#include "timelinetheme.h"

#include <QPainter>

#include <algorithm>
#include <vector>

namespace conlab {

qreal AxisPainter::minLabelSpacing(const TimelineLayout &layout)
{
    return layout.metrics().fontSize * 7;
}

void AxisPainter::paintGrid(QPainter &p, const TimelineLayout &layout, qint64 unitNs)
{
    const QRectF plot = layout.plotRect();
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false); // hairlines on whole pixels stay crisp
    for (const TimeAxis::Tick &tick :
         TimeAxis::ticks(layout.from(), layout.to(), plot.width(), unitNs, minLabelSpacing(layout), false)) {
        const qreal x = layout.x(tick.t);
        if (x < plot.left() || x > plot.right())
            continue;
        p.setPen(QPen(tick.major ? TimelineTheme::majorGridLine() : TimelineTheme::gridLine(), 0));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    p.restore();
}

void AxisPainter::paintAxis(QPainter &p, const TimelineLayout &layout, qint64 unitNs)
{
    const QRectF axis = layout.axisRect();
    const qreal fs = layout.metrics().fontSize;
    p.save();
    p.fillRect(axis, TimelineTheme::headerBackground());
    p.setClipRect(axis);
    const QFont unitFont = TimelineTheme::font(fs * 1.05, true);
    const QFont timeFont = TimelineTheme::font(fs * 0.92);
    const qreal line1 = axis.top() + axis.height() * 0.40;
    const qreal line2 = axis.top() + axis.height() * 0.78;
    const auto ticks = TimeAxis::ticks(layout.from(), layout.to(), axis.width(), unitNs, minLabelSpacing(layout));
    const bool hasUnits = std::any_of(ticks.begin(), ticks.end(), [](const auto &t) { return !t.units.isEmpty(); });
    // The tick marks in one call: one pen, lines that do not meet.
    std::vector<QLineF> marks;
    marks.reserve(ticks.size());
    for (const TimeAxis::Tick &tick : ticks) {
        const qreal x = layout.x(tick.t);
        const qreal len = tick.major ? axis.height() * 0.16 : axis.height() * 0.08;
        if (x >= axis.left() - 1 && x <= axis.right() + 1)
            marks.emplace_back(QPointF(x, axis.bottom() - len), QPointF(x, axis.bottom()));
    }
    p.setPen(QPen(TimelineTheme::mutedText(), 0));
    p.drawLines(marks.data(), int(marks.size()));
    for (const TimeAxis::Tick &tick : ticks) {
        const qreal x = layout.x(tick.t);
        if (x < axis.left() - 1 || x > axis.right() + 1 || !tick.major)
            continue;
        auto label = [&](const QString &text, const QFont &font, qreal baseline, const QColor &color) {
            const qreal w = TextCache::width(font, text);
            const qreal left = qBound(axis.left() + 2, x - w / 2, axis.right() - w - 2);
            p.setPen(color);
            TextCache::drawAsText(p, font, QPointF(left, baseline), text);
        };
        if (hasUnits) {
            label(tick.units, unitFont, line1, TimelineTheme::text());
            label(tick.time, timeFont, line2, TimelineTheme::mutedText());
        } else {
            label(tick.time, unitFont, line1 + (line2 - line1) / 2, TimelineTheme::text());
        }
    }
    p.setClipping(false);
    p.setPen(QPen(TimelineTheme::separator(), 0));
    p.drawLine(QLineF(axis.left(), axis.bottom(), axis.right(), axis.bottom()));
    p.restore();
}

void AxisPainter::paintCorner(QPainter &p, const TimelineLayout &layout, qint64 unitNs)
{
    const QRectF axis = layout.axisRect();
    const QRectF corner(layout.area().left(), axis.top(), layout.metrics().headerWidth, axis.height());
    const qreal fs = layout.metrics().fontSize;
    p.save();
    p.fillRect(corner, TimelineTheme::headerBackground());
    const qreal right = corner.right() - fs * 0.8;
    auto label = [&](const QString &text, const QFont &font, qreal baseline, const QColor &color) {
        p.setPen(color);
        TextCache::drawAsText(p, font, QPointF(right - TextCache::width(font, text), baseline), text);
    };
    if (unitNs > 0) {
        label(tr("units of %1").arg(TimeAxis::formatDuration(unitNs)), TimelineTheme::font(fs * 0.92, true),
              axis.top() + axis.height() * 0.40, TimelineTheme::text());
        label(tr("time"), TimelineTheme::font(fs * 0.92), axis.top() + axis.height() * 0.78, TimelineTheme::mutedText());
    } else {
        label(tr("time"), TimelineTheme::font(fs * 0.92), axis.top() + axis.height() * 0.59, TimelineTheme::mutedText());
    }
    p.setPen(QPen(TimelineTheme::separator(), 0));
    p.drawLine(QLineF(corner.left(), corner.bottom(), corner.right(), corner.bottom()));
    p.drawLine(QLineF(corner.right(), corner.top(), corner.right(), corner.bottom()));
    p.restore();
}

} // namespace conlab
