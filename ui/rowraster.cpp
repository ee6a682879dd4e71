#include "rowraster.h"

#include "pixelmath.h"

#include <QPaintEngine>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace conlab {

namespace {

constexpr size_t kMinBoxes = 600;
constexpr int kTile = 64; // columns written together: a few cache lines of each row, all in the cache

// Kept from one raster to the next (there is one at a time): fresh memory of a few hundred
// kilobytes for each band of each repaint would be fresh pages, each a fault.
struct Scratch
{
    std::vector<RowRaster::Box> boxes;
    std::vector<int> tileStart; // per tile, where its boxes begin in `byTile`
    std::vector<int> byTile;    // box numbers, tile by tile, each tile's in the order drawn
    std::vector<QRgb> tile;     // one tile, row by row
    std::vector<QRgb> image;
};

Scratch &scratch()
{
    static thread_local Scratch s;
    return s;
}

// A box in a tile. Most are a pixel or two wide and many rows tall: those get a loop of their
// own, as a general one spends more on setting up each row than on its pixels.
void fillBox(QRgb *at, int width, int height, QRgb color)
{
    QRgb *const end = at + size_t(height) * kTile;
    if (width == 1) {
        for (; at != end; at += kTile)
            at[0] = color;
    } else if (width == 2) {
        for (; at != end; at += kTile)
            at[0] = at[1] = color;
    } else {
        for (; at != end; at += kTile)
            std::fill_n(at, width, color);
    }
}

} // namespace

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
    , m_width(qMax(1, int(std::ceil(area.width() * m_sx))))
    , m_height(qMax(1, int(std::ceil(area.height() * m_sy))))
{
    scratch().boxes.clear();
}

void RowRaster::fill(const QRectF &box, QRgb premultiplied)
{
    const int x0 = qMax(0, int(PixelMath::round((box.left() - m_area.left()) * m_sx)));
    const int x1 = qMin(m_width, qMax(x0 + 1, int(PixelMath::round((box.right() - m_area.left()) * m_sx))));
    const int y0 = qMax(0, int(PixelMath::round((box.top() - m_area.top()) * m_sy)));
    const int y1 = qMin(m_height, qMax(y0 + 1, int(PixelMath::round((box.bottom() - m_area.top()) * m_sy))));
    if (x1 <= x0 || y1 <= y0)
        return;
    // A box of the colour of the one before it that meets it in a column or a row makes one
    // box with it (a step line's strokes do, end to end): the same pixels, fewer to write.
    std::vector<Box> &boxes = scratch().boxes;
    if (!boxes.empty() && boxes.back().color == premultiplied) {
        Box &last = boxes.back();
        if (last.x0 == x0 && last.x1 == x1 && y0 <= last.y1 && y1 >= last.y0) {
            last.y0 = qMin(last.y0, y0);
            last.y1 = qMax(last.y1, y1);
            return;
        }
        if (last.y0 == y0 && last.y1 == y1 && x0 <= last.x1 && x1 >= last.x0) {
            last.x0 = qMin(last.x0, x0);
            last.x1 = qMax(last.x1, x1);
            return;
        }
    }
    boxes.push_back({x0, x1, y0, y1, premultiplied});
}

// Boxes sorted into the tiles they touch (a wide box into each), keeping their order.
void RowRaster::sortIntoTiles() const
{
    Scratch &s = scratch();
    const int tiles = (m_width + kTile - 1) / kTile;
    s.tileStart.assign(size_t(tiles) + 1, 0);
    for (const Box &b : s.boxes) {
        for (int t = b.x0 / kTile; t <= (b.x1 - 1) / kTile; ++t)
            ++s.tileStart[size_t(t) + 1];
    }
    for (int t = 0; t < tiles; ++t)
        s.tileStart[size_t(t) + 1] += s.tileStart[size_t(t)];
    s.byTile.resize(size_t(s.tileStart[size_t(tiles)]));
    std::vector<int> next(s.tileStart.begin(), s.tileStart.end() - 1);
    for (size_t i = 0; i < s.boxes.size(); ++i) {
        const Box &b = s.boxes[i];
        for (int t = b.x0 / kTile; t <= (b.x1 - 1) / kTile; ++t)
            s.byTile[size_t(next[size_t(t)]++)] = int(i);
    }
}

// Each tile is filled in a small buffer that stays in the cache, then copied out row by row:
// writing a box a pixel wide straight into the image would touch a new cache line per row.
void RowRaster::rasterize() const
{
    Scratch &s = scratch();
    sortIntoTiles();
    s.image.resize(size_t(m_width) * size_t(m_height));
    s.tile.resize(size_t(kTile) * size_t(m_height));
    for (int t0 = 0; t0 < m_width; t0 += kTile) {
        const int t1 = qMin(m_width, t0 + kTile);
        QRgb *tile = s.tile.data();
        std::fill(s.tile.begin(), s.tile.end(), 0); // transparent
        const int number = t0 / kTile;
        for (int k = s.tileStart[size_t(number)]; k < s.tileStart[size_t(number) + 1]; ++k) {
            const Box &b = s.boxes[size_t(s.byTile[size_t(k)])];
            const int x0 = qMax(b.x0, t0) - t0, x1 = qMin(b.x1, t1) - t0;
            fillBox(tile + size_t(b.y0) * kTile + x0, x1 - x0, b.y1 - b.y0, b.color);
        }
        QRgb *out = s.image.data() + t0;
        if (t1 - t0 == kTile) { // a fixed length: copied without a call per row
            for (int y = 0; y < m_height; ++y, out += m_width)
                std::copy(tile + size_t(y) * kTile, tile + size_t(y + 1) * kTile, out);
        } else {
            for (int y = 0; y < m_height; ++y, out += m_width)
                std::copy_n(tile + size_t(y) * kTile, t1 - t0, out);
        }
    }
}

void RowRaster::fillColumns(const std::vector<qreal> &xs, qreal top, qreal bottom, QRgb premultiplied)
{
    // Every column spans the same rows: one row is written, and drawn down those rows.
    const QRectF first(0, top, 1, bottom - top);
    m_rowsFrom = qMax(0, int(PixelMath::round((first.top() - m_area.top()) * m_sy)));
    m_rowsTo = qMin(m_height, qMax(m_rowsFrom + 1, int(PixelMath::round((first.bottom() - m_area.top()) * m_sy))));
    Scratch &s = scratch();
    s.image.assign(size_t(m_width), 0); // transparent
    for (const qreal x : xs) {
        const int x0 = qMax(0, int(PixelMath::round((x - m_area.left()) * m_sx)));
        const int x1 = qMin(m_width, qMax(x0 + 1, int(PixelMath::round((x + 1 - m_area.left()) * m_sx))));
        for (int c = x0; c < x1; ++c)
            s.image[size_t(c)] = premultiplied;
    }
    m_columnsOnly = true;
}

void RowRaster::draw(QPainter &p) const
{
    // Rows of columns with the band on whole device pixels: their one row is repeated down the
    // rows they span (the rest of the band would be transparent anyway).
    const QPointF at = p.deviceTransform().map(m_area.topLeft());
    if (m_columnsOnly && p.deviceTransform().type() <= QTransform::TxScale &&
        at == QPointF(PixelMath::floor(at.x()), PixelMath::floor(at.y()))) {
        if (m_rowsTo > m_rowsFrom)
            drawRowDown(p);
        return;
    }
    Scratch &s = scratch();
    if (m_columnsOnly) {
        s.image.resize(size_t(m_width) * size_t(m_height));
        std::fill(s.image.begin() + m_width, s.image.end(), 0);
        for (int y = m_rowsFrom; y < m_rowsTo; ++y)
            std::copy_n(s.image.data(), m_width, s.image.data() + size_t(y) * size_t(m_width));
        if (m_rowsFrom > 0)
            std::fill_n(s.image.data(), m_width, 0);
    } else {
        rasterize();
    }
    const QImage image(reinterpret_cast<const uchar *>(s.image.data()), m_width, m_height, qsizetype(m_width) * 4,
                       QImage::Format_ARGB32_Premultiplied);
    p.save();
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    p.drawImage(QRectF(m_area.topLeft(), QSizeF(m_width / m_sx, m_height / m_sy)), image);
    p.restore();
}

void RowRaster::drawRowDown(QPainter &p) const
{
    const QImage row(reinterpret_cast<const uchar *>(scratch().image.data()), m_width, 1, qsizetype(m_width) * 4,
                     QImage::Format_ARGB32_Premultiplied);
    // The row as a brush's texture, repeated down the rows: each pixel blended as drawing the
    // row over every one of them would blend it, and far cheaper than stretching the row as an
    // image (a scaled draw works out a source pixel for every pixel it writes). The row has
    // the device's pixels: the brush is scaled back so that one texel is one device pixel.
    // In slices of 64 rows: Qt's raster engine hands a texture fill of a hundred rows or more to
    // its thread pool, and the painting is measured (and felt) on the painting thread.
    constexpr int kRows = 64;
    QBrush brush(row);
    brush.setTransform(QTransform::fromScale(1 / m_sx, 1 / m_sy));
    p.save();
    p.setBrushOrigin(m_area.left(), 0);
    for (int y = m_rowsFrom; y < m_rowsTo; y += kRows)
        p.fillRect(QRectF(m_area.left(), m_area.top() + y / m_sy, m_width / m_sx, qMin(kRows, m_rowsTo - y) / m_sy),
                   brush);
    p.restore();
}

} // namespace conlab
