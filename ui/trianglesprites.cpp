#include "trianglesprites.h"

#include "directtarget.h"
#include "pixelmath.h"

#include <QHash>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>

namespace conlab {

namespace {

constexpr qsizetype kMaxSprites = 2048;

// Corners in 1/64 pixel from the image's top left, and the colour: all that decides the pixels.
struct Key
{
    std::array<int, 7> v;
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

QImage render(const Key &key, int width, int height)
{
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainterPath path;
    const auto &v = key.v;
    const QPointF corners[] = {{v[0] / 64.0, v[1] / 64.0}, {v[2] / 64.0, v[3] / 64.0}, {v[4] / 64.0, v[5] / 64.0}};
    path.addPolygon(QPolygonF(std::begin(corners), std::end(corners)));
    path.closeSubpath();
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.fillPath(path, QColor::fromRgba(QRgb(v[6])));
    return image;
}

} // namespace

bool TriangleSprites::suits(const QPainter &p)
{
    const QTransform t = p.deviceTransform();
    return p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster &&
           t.type() <= QTransform::TxTranslate && t.dx() == PixelMath::floor(t.dx()) &&
           t.dy() == PixelMath::floor(t.dy());
}

void TriangleSprites::fill(QPainter &p, QPointF a, QPointF b, QPointF c, const QColor &color,
                           const DirectTarget *target)
{
    const QPointF offset(p.deviceTransform().dx(), p.deviceTransform().dy());
    int x[3], y[3];
    const QPointF corners[] = {a + offset, b + offset, c + offset};
    for (int i = 0; i < 3; ++i) {
        x[i] = fixed26Dot6(corners[i].x());
        y[i] = fixed26Dot6(corners[i].y());
    }
    // The image's top left: a whole pixel, a pixel clear of the corners on every side.
    const int left = (std::min({x[0], x[1], x[2]}) >> 6) - 1, top = (std::min({y[0], y[1], y[2]}) >> 6) - 1;
    const int right = (std::max({x[0], x[1], x[2]}) >> 6) + 2, bottom = (std::max({y[0], y[1], y[2]}) >> 6) + 2;
    const Key key{{x[0] - left * 64, y[0] - top * 64, x[1] - left * 64, y[1] - top * 64,
                  x[2] - left * 64, y[2] - top * 64, int(color.rgba())}};
    // Kept for the process: a few dozen positions of one triangle serve every repaint.
    static thread_local QHash<Key, QImage> sprites;
    auto it = sprites.constFind(key);
    if (it == sprites.cend()) {
        if (sprites.size() >= kMaxSprites)
            sprites.clear();
        it = sprites.insert(key, render(key, right - left, bottom - top));
    }
    // Blended straight into the image where it can be: drawImage()'s own rule, without its
    // set-up per call.
    if (target && target->valid() && target->offset() == offset.toPoint()) {
        target->blendImage(left, top, *it);
        return;
    }
    p.drawImage(QPointF(left, top) - offset, *it);
}

} // namespace conlab
