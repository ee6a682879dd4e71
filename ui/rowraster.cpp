#include "rowraster.h"

#include <QPaintEngine>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace conlab {

namespace {
constexpr size_t kMinBoxes = 600;
}

bool RowRaster::suits(const QPainter &p, size_t boxes)
{
    const QTransform t = p.deviceTransform();
    return boxes > kMinBoxes && p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster &&
           t.type() <= QTransform::TxScale && t.m11() >= 1 && t.m22() >= 1;
}

RowRaster::RowRaster(const QPainter &p, const QRectF &area)
    : m_area(area)
    , m_sx(p.deviceTransform().m11())
    , m_sy(p.deviceTransform().m22())
    , m_image(qMax(1, int(std::ceil(area.width() * m_sx))), qMax(1, int(std::ceil(area.height() * m_sy))),
              QImage::Format_ARGB32_Premultiplied)
{
    m_image.fill(Qt::transparent);
    m_bits = m_image.bits();
    m_stride = m_image.bytesPerLine();
}

void RowRaster::fill(const QRectF &box, QRgb premultiplied)
{
    const int x0 = qMax(0, int(std::round((box.left() - m_area.left()) * m_sx)));
    const int x1 = qMin(m_image.width(), qMax(x0 + 1, int(std::round((box.right() - m_area.left()) * m_sx))));
    const int y0 = qMax(0, int(std::round((box.top() - m_area.top()) * m_sy)));
    const int y1 = qMin(m_image.height(), qMax(y0 + 1, int(std::round((box.bottom() - m_area.top()) * m_sy))));
    for (int y = y0; y < y1; ++y) {
        auto *line = reinterpret_cast<QRgb *>(m_bits + y * m_stride);
        std::fill(line + x0, line + qMax(x0, x1), premultiplied);
    }
}

void RowRaster::draw(QPainter &p) const
{
    p.save();
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    p.drawImage(QRectF(m_area.topLeft(), QSizeF(m_image.width() / m_sx, m_image.height() / m_sy)), m_image);
    p.restore();
}

} // namespace conlab
