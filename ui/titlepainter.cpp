#include "titlepainter.h"

#include "timelinetheme.h"

#include <QFontMetricsF>
#include <QPainter>

namespace conlab {

qreal TitlePainter::fontSize(const QSizeF &logicalSize)
{
    const qreal scale = qMin(logicalSize.width() / 1920, logicalSize.height() / 1080) * 1.6;
    return 17 * qBound<qreal>(0.8, scale, 1.0);
}

qreal TitlePainter::height(qreal width, const QStringList &lines, qreal fontSize)
{
    const QFont fonts[] = {TimelineTheme::font(fontSize * 1.75, true), TimelineTheme::font(fontSize * 1.1),
                           TimelineTheme::font(fontSize * 1.0)};
    qreal y = 0;
    for (int i = 0; i < 3 && i < lines.size(); ++i) {
        const QFontMetricsF fm(fonts[i]);
        if (i < 2)
            y += fm.height() + fontSize * (i == 0 ? 0.45 : 0.3);
        else
            y += fm.boundingRect(QRectF(0, 0, width, fm.height() * 4), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                                 lines[i])
                     .height();
    }
    return y;
}

qreal TitlePainter::paint(QPainter &p, const QRectF &area, const QStringList &lines, qreal fontSize)
{
    const QFont fonts[] = {TimelineTheme::font(fontSize * 1.75, true), TimelineTheme::font(fontSize * 1.1),
                           TimelineTheme::font(fontSize * 1.0)};
    const QColor colors[] = {TimelineTheme::text(), TimelineTheme::text(), TimelineTheme::mutedText()};
    qreal y = area.top();
    p.save();
    for (int i = 0; i < 3 && i < lines.size(); ++i) {
        const QFontMetricsF fm(fonts[i]);
        p.setFont(fonts[i]);
        p.setPen(colors[i]);
        if (i < 2) {
            p.drawText(QPointF(area.left(), y + fm.ascent()), fm.elidedText(lines[i], Qt::ElideRight, area.width()));
            y += fm.height() + fontSize * (i == 0 ? 0.45 : 0.3);
        } else {
            const QRectF box(area.left(), y, area.width(), fm.height() * 4);
            const QRectF used = fm.boundingRect(box, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, lines[i]);
            p.drawText(box, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, lines[i]);
            y += used.height();
        }
    }
    p.restore();
    return y - area.top();
}

} // namespace conlab
