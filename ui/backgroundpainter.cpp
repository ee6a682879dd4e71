#include "backgroundpainter.h"

#include "axispainter.h"
#include "directtarget.h"
#include "pixelmath.h"
#include "pixelstrip.h"
#include "timeaxis.h"
#include "timelinetheme.h"

#include <QPaintEngine>
#include <QPainter>

#include <algorithm>
#include <cstring>

namespace conlab {

namespace {

bool whole(const QRectF &r)
{
    return PixelMath::whole(r.left()) && PixelMath::whole(r.top()) && PixelMath::whole(r.right()) &&
           PixelMath::whole(r.bottom());
}

} // namespace

BackgroundPainter::BackgroundPainter(const TimelineLayout &layout, qint64 unitNs)
    : m_layout(layout)
    , m_unitNs(unitNs)
{
}

bool BackgroundPainter::onWholePixels(const QPainter &p) const
{
    return DirectTarget::wholePixels(p) && whole(m_layout.area()) && whole(m_layout.plotRect());
}

void BackgroundPainter::paint(QPainter &p) const
{
    // On whole pixels a grid line is one column of pixels: the grid goes into the rows that
    // fill the background, so the view is filled once instead of once and then a line at a
    // time (each a call per pixel). Only the plot and the names' column are filled: the axis
    // and its corner, drawn later, fill the rest of the area.
    if (onWholePixels(p)) {
        makeBrushes(p);
        p.save();
        p.setBrushOrigin(m_layout.area().left(), 0);
        PixelStrip::fillRows(p, m_layout.plotRect(), m_background);
        p.fillRect(m_layout.headerRect(), TimelineTheme::headerBackground());
        paintBands(p, m_band, QPen(m_separator, 0), true);
        p.restore();
        return;
    }
    p.fillRect(m_layout.area(), TimelineTheme::background());
    p.fillRect(m_layout.headerRect(), TimelineTheme::headerBackground());
    paintBands(p, TimelineTheme::bandBackground(), QPen(TimelineTheme::separator(), 0), false);
    AxisPainter::paintGrid(p, m_layout, m_unitNs);
}

void BackgroundPainter::paintRows(QPainter &p, int top, int bottom) const
{
    const QRectF area = m_layout.area();
    const QRectF rows = QRectF(area.left(), top, area.width(), bottom - top) & area;
    if (rows.isEmpty())
        return;
    makeBrushes(p);
    // The clip is the area's, as paint() is drawn with, cut to these rows.
    p.save();
    p.setClipRect(rows);
    const QRectF plot = m_layout.plotRect() & rows, header = m_layout.headerRect() & rows;
    const QColor headerColor = TimelineTheme::headerBackground();
    if (const DirectTarget target(p); target.valid() && headerColor.alpha() == 255) {
        // Opaque rows on whole pixels: the background's row copied in and the names' column
        // filled, each pixel written once as the fills write it.
        const QPoint offset = target.offset();
        const QRect plotPixels = plot.toRect().translated(offset) & target.clip();
        const QRect headerPixels = header.toRect().translated(offset) & target.clip();
        const QImage texture = m_background.textureImage();
        const QRgb *source = reinterpret_cast<const QRgb *>(texture.constScanLine(0)) +
                             (plotPixels.left() - int(area.left()) - offset.x());
        for (int y = plotPixels.top(); y <= plotPixels.bottom() && !plotPixels.isEmpty(); ++y)
            std::memcpy(target.row(y) + plotPixels.left(), source, size_t(plotPixels.width()) * sizeof(QRgb));
        for (int y = headerPixels.top(); y <= headerPixels.bottom() && !headerPixels.isEmpty(); ++y)
            std::fill_n(target.row(y) + headerPixels.left(), headerPixels.width(), headerColor.rgba());
    } else {
        p.setBrushOrigin(area.left(), 0);
        PixelStrip::fillRows(p, plot, m_background);
        p.fillRect(header, headerColor);
    }
    paintBands(p, m_band, QPen(m_separator, 0), true);
    p.restore();
}

void BackgroundPainter::makeBrushes(const QPainter &p) const
{
    if (m_columns && m_columnsFor == p.deviceTransform().dx())
        return;
    m_columns = gridColumns(p);
    m_columnsFor = p.deviceTransform().dx();
    m_background = QBrush(gridRow(*m_columns, TimelineTheme::background()));
    m_band = QBrush(gridRow(*m_columns, TimelineTheme::bandBackground()));
    m_separator = QBrush(gridRow(*m_columns, TimelineTheme::separator()));
}

std::vector<BackgroundPainter::GridColumn> BackgroundPainter::gridColumns(const QPainter &p) const
{
    const QRectF area = m_layout.area(), plot = m_layout.plotRect();
    const int left = int(area.left()), dx = int(p.deviceTransform().dx()), width = qMax(1, int(area.width()));
    std::vector<GridColumn> columns;
    for (const TimeAxis::Tick &tick : TimeAxis::ticks(m_layout.from(), m_layout.to(), plot.width(), m_unitNs,
                                                      AxisPainter::minLabelSpacing(m_layout), false)) {
        const qreal x = m_layout.x(tick.t);
        if (x < plot.left() || x > plot.right())
            continue;
        // The column a hairline at x fills, on the device.
        const int column = int(PixelMath::floor(x + dx)) - dx - left;
        if (column >= 0 && column < width)
            columns.push_back({column, tick.major});
    }
    return columns;
}

QImage BackgroundPainter::gridRow(const std::vector<GridColumn> &columns, const QColor &base) const
{
    QImage row(qMax(1, int(m_layout.area().width())), 1, QImage::Format_RGB32);
    row.fill(base);
    auto *pixels = reinterpret_cast<QRgb *>(row.scanLine(0));
    const QRgb major = TimelineTheme::majorGridLine().rgb(), minor = TimelineTheme::gridLine().rgb();
    for (const GridColumn &c : columns)
        pixels[c.column] = c.major ? major : minor;
    return row;
}

void BackgroundPainter::paintBands(QPainter &p, const QBrush &band, const QPen &separator, bool textured) const
{
    // Every other process group on a light band, so lanes visibly belong to their process.
    const QRectF area = m_layout.area();
    const auto &rows = m_layout.rows();
    for (size_t i = 0; i < rows.size();) {
        size_t j = i;
        while (j + 1 < rows.size() && rows[j + 1].group == rows[i].group)
            ++j;
        const QRectF rect(area.left(), rows[i].top, area.width(), rows[j].bottom() - rows[i].top);
        if (rows[i].group % 2 == 1 && textured)
            PixelStrip::fillRows(p, rect, band);
        else if (rows[i].group % 2 == 1)
            p.fillRect(rect, band);
        p.setPen(separator);
        if (rows[i].group > 0)
            p.drawLine(QPointF(area.left(), rect.top() - m_layout.metrics().groupGap / 2),
                       QPointF(area.right(), rect.top() - m_layout.metrics().groupGap / 2));
        i = j + 1;
    }
}

} // namespace conlab
