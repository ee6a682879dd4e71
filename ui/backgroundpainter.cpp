#include "backgroundpainter.h"

#include "axispainter.h"
#include "timelinetheme.h"

#include <QPainter>

namespace conlab {

BackgroundPainter::BackgroundPainter(const TimelineLayout &layout, qint64 unitNs)
    : m_layout(layout)
    , m_unitNs(unitNs)
{
}

void BackgroundPainter::paint(QPainter &p) const
{
    p.fillRect(m_layout.area(), TimelineTheme::background());
    p.fillRect(m_layout.headerRect(), TimelineTheme::headerBackground());
    paintBands(p, TimelineTheme::bandBackground(), QPen(TimelineTheme::separator(), 0));
    AxisPainter::paintGrid(p, m_layout, m_unitNs);
}

void BackgroundPainter::paintBands(QPainter &p, const QBrush &band, const QPen &separator) const
{
    // Every other process group on a light band, so lanes visibly belong to their process.
    const QRectF area = m_layout.area();
    const auto &rows = m_layout.rows();
    for (size_t i = 0; i < rows.size();) {
        size_t j = i;
        while (j + 1 < rows.size() && rows[j + 1].group == rows[i].group)
            ++j;
        const QRectF rect(area.left(), rows[i].top, area.width(), rows[j].bottom() - rows[i].top);
        if (rows[i].group % 2 == 1)
            p.fillRect(rect, band);
        p.setPen(separator);
        if (rows[i].group > 0)
            p.drawLine(QPointF(area.left(), rect.top() - m_layout.metrics().groupGap / 2),
                       QPointF(area.right(), rect.top() - m_layout.metrics().groupGap / 2));
        i = j + 1;
    }
}

} // namespace conlab
