#include "pixelstrip.h"

#include "aliasedfill.h"
#include "directtarget.h"
#include "pixelmath.h"

#include <QImage>
#include <QPaintEngine>
#include <QPainter>

#include <algorithm>
#include <cstring>
#include <vector>

namespace conlab {

namespace {

// What the raster engine clips its rasterizer to: the device, the painter's clip and the
// system clip (a window's update region), all in device pixels.
QRect rasterClip(const QPainter &p, QPoint offset)
{
    const QPaintDevice *device = p.paintEngine()->paintDevice();
    QRect clip(0, 0, device->width(), device->height());
    if (p.hasClipping())
        clip &= p.clipBoundingRect().translated(offset).toAlignedRect();
    const QRegion system = p.paintEngine()->systemClip();
    if (!system.isEmpty())
        clip &= system.boundingRect();
    return clip;
}

std::vector<QRgb> &row()
{
    // Kept between strips (one is drawn before the next is made): no allocation per lane.
    static thread_local std::vector<QRgb> pixels;
    return pixels;
}

} // namespace

bool PixelStrip::suits(const QPainter &p)
{
    if (!DirectTarget::wholePixels(p) || !p.paintEngine()->paintDevice())
        return false;
    const QPaintEngine *engine = p.paintEngine();
    // A clip of several rectangles (or a path, or fractions of pixels) is clipped otherwise than
    // by its bounds.
    if (engine->systemClip().rectCount() > 1)
        return false;
    if (!p.hasClipping())
        return true;
    const QRectF clip = p.clipBoundingRect();
    return p.clipRegion().rectCount() <= 1 && PixelMath::whole(clip.left()) && PixelMath::whole(clip.top()) &&
           PixelMath::whole(clip.right()) && PixelMath::whole(clip.bottom());
}

void PixelStrip::fillRows(QPainter &p, const QRectF &rect, const QBrush &brush)
{
    constexpr int kRows = 64;
    const QPoint offset(int(p.deviceTransform().dx()), int(p.deviceTransform().dy()));
    // The device pixels fillRect() covers: the rect's edges rounded (checked against it). The
    // slices are drawn in the painter's coordinates, a whole number of pixels from those.
    const QRectF d = rect.translated(offset);
    const QRect pixels = QRect(QPoint(qRound(d.left()), qRound(d.top())), QPoint(qRound(d.right()), qRound(d.bottom())))
                             .normalized()
                             .adjusted(0, 0, -1, -1)
                             .translated(-offset);
    for (int y = pixels.top(); y <= pixels.bottom(); y += kRows)
        p.fillRect(QRect(pixels.left(), y, pixels.width(), qMin(kRows, pixels.bottom() + 1 - y)), brush);
}

PixelStrip::PixelStrip(const QPainter &p)
    : m_offset(int(p.deviceTransform().dx()), int(p.deviceTransform().dy()))
    , m_clip(rasterClip(p, m_offset))
{
    std::vector<QRgb> &pixels = row();
    pixels.assign(size_t(qMax(0, m_clip.width())), 0); // transparent: where no box is, what is under shows
    m_pixels = pixels.data();
}

QRect PixelStrip::pixels(const QRectF &box) const
{
    return AliasedFill::pixels(box, m_offset, m_clip);
}

void PixelStrip::fill(int x0, int x1, QRgb premultiplied)
{
    x0 = qMax(x0, m_clip.left()) - m_clip.left();
    x1 = qMin(x1, m_clip.right() + 1) - m_clip.left();
    if (x1 > x0)
        std::fill(m_pixels + x0, m_pixels + x1, premultiplied);
}

void PixelStrip::draw(QPainter &p, int top, int bottom)
{
    const int width = m_clip.width();
    const DirectTarget target(p);
    if (bottom > top && width > 0 && target.valid() && target.clip() == m_clip) {
        // Straight into the image: runs of opaque pixels copied, clear ones left, others
        // blended, row after row (the texture fill's own rule, without its work per row).
        static thread_local std::vector<std::pair<int, int>> opaque, blended;
        opaque.clear();
        blended.clear();
        for (int i = 0; i < width;) {
            int j = i + 1;
            if (m_pixels[i] == 0) {
                while (j < width && m_pixels[j] == 0)
                    ++j;
            } else if (m_pixels[i] >= 0xff000000u) {
                while (j < width && m_pixels[j] >= 0xff000000u)
                    ++j;
                opaque.emplace_back(i, j);
            } else {
                while (j < width && m_pixels[j] != 0 && m_pixels[j] < 0xff000000u)
                    ++j;
                blended.emplace_back(i, j);
            }
            i = j;
        }
        for (int y = qMax(top, m_clip.top()); y < qMin(bottom, m_clip.bottom() + 1); ++y) {
            QRgb *d = target.row(y) + m_clip.left();
            for (const auto &[a, b] : opaque)
                std::memcpy(d + a, m_pixels + a, size_t(b - a) * sizeof(QRgb));
            for (const auto &[a, b] : blended) {
                for (int i = a; i < b; ++i)
                    d[i] = DirectTarget::over(d[i], m_pixels[i]);
            }
        }
    } else if (bottom > top && width > 0) {
        // The row as a brush's texture, repeated down the rows: each pixel blended as drawing
        // the row over every one of them would blend it, at a quarter of the cost of a
        // stretched image.
        const QImage image(reinterpret_cast<const uchar *>(m_pixels), width, 1, qsizetype(width) * 4,
                           QImage::Format_ARGB32_Premultiplied);
        const QRect target = QRect(m_clip.left(), top, width, bottom - top).translated(-m_offset);
        p.save();
        p.setBrushOrigin(target.topLeft());
        fillRows(p, target, QBrush(image));
        p.restore();
    }
    std::fill_n(m_pixels, qMax(0, width), 0);
}

} // namespace conlab
