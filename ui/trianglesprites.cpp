#include "trianglesprites.h"

#include "pixelmath.h"

#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>

namespace conlab {

namespace {

constexpr qsizetype kMaxSprites = 2048;

// Corners in 1/64 device pixel from the image's top left (four; a triangle's last is its
// first), the colour and the pixel ratio the image is drawn at: all that decides the pixels.
struct Key
{
    std::array<int, 10> v;
    bool operator==(const Key &o) const { return v == o.v; }
};

size_t qHash(const Key &k, size_t seed = 0)
{
    return qHashRange(k.v.begin(), k.v.end(), seed);
}

// Where the filler puts a coordinate: on the 1/64-pixel grid, rounded as qRound does.
int fixed26Dot6(qreal v)
{
    return qRound(v * 64);
}

QImage render(const Key &key, int count, int width, int height)
{
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainterPath path;
    const auto &v = key.v;
    QPolygonF corners;
    for (int i = 0; i < count; ++i)
        corners << QPointF(v[size_t(2 * i)] / 64.0, v[size_t(2 * i + 1)] / 64.0);
    path.addPolygon(corners);
    path.closeSubpath();
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.fillPath(path, QColor::fromRgba(QRgb(v[8])));
    return image;
}

} // namespace

bool TriangleSprites::suits(const QPainter &p)
{
    // On a high-density screen the painter is scaled by the pixel ratio: the images are made
    // at the device's resolution and drawn with that ratio, one image pixel to a device pixel.
    const QTransform &t = p.deviceTransform();
    return PixelMath::wholePixels(p) || (p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster &&
                                         t.type() == QTransform::TxScale && t.m11() == t.m22() && t.m11() > 1);
}

void TriangleSprites::fill(QPainter &p, QPointF a, QPointF b, QPointF c, const QColor &color)
{
    const QPointF corners[] = {a, b, c};
    fill(p, corners, 3, color);
}

void TriangleSprites::fill(QPainter &p, QPointF a, QPointF b, QPointF c, QPointF d, const QColor &color)
{
    const QPointF corners[] = {a, b, c, d};
    fill(p, corners, 4, color);
}

void TriangleSprites::fill(QPainter &p, const QPointF *corners, int count, const QColor &color)
{
    const QTransform &t = p.deviceTransform();
    const qreal ratio = t.m11(); // 1, or the pixel ratio (suits())
    int x[4], y[4];
    for (int i = 0; i < count; ++i) {
        x[i] = fixed26Dot6(corners[i].x() * ratio + t.dx());
        y[i] = fixed26Dot6(corners[i].y() * ratio + t.dy());
    }
    // The image's top left: a whole pixel, a pixel clear of the corners on every side.
    const int left = (*std::min_element(x, x + count) >> 6) - 1, top = (*std::min_element(y, y + count) >> 6) - 1;
    const int right = (*std::max_element(x, x + count) >> 6) + 2, bottom = (*std::max_element(y, y + count) >> 6) + 2;
    Key key{};
    for (int i = 0; i < 4; ++i) {
        key.v[size_t(2 * i)] = x[i < count ? i : 0] - left * 64;
        key.v[size_t(2 * i + 1)] = y[i < count ? i : 0] - top * 64;
    }
    key.v[8] = int(color.rgba());
    key.v[9] = qRound(ratio * 64);
    // Kept for the process: a few dozen positions of one shape serve every repaint.
    static thread_local QHash<Key, QImage> sprites;
    auto it = sprites.constFind(key);
    if (it == sprites.cend()) {
        if (sprites.size() >= kMaxSprites)
            sprites.clear();
        QImage image = render(key, count, right - left, bottom - top);
        image.setDevicePixelRatio(ratio);
        it = sprites.insert(key, image);
    }
    p.drawImage(QPointF((left - t.dx()) / ratio, (top - t.dy()) / ratio), *it);
}

} // namespace conlab
