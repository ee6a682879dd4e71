#include "keptregions.h"

#include "directtarget.h"

#include <QPainter>

#include <algorithm>
#include <cstring>

namespace conlab {

namespace {

// Margin of plain pixels around a picture drawn alone: still plain afterwards, the drawing
// stayed inside its region.
constexpr int kMargin = 2;

bool plainRows(const QImage &image, const QRect &rows, QRgb color)
{
    for (int y = rows.top(); y <= rows.bottom(); ++y) {
        const auto *px = reinterpret_cast<const QRgb *>(image.constScanLine(y)) + rows.left();
        if (!std::all_of(px, px + rows.width(), [color](QRgb v) { return v == color; }))
            return false;
    }
    return true;
}

} // namespace

KeptRegions::KeptRegions(qsizetype maxEntries)
    : m_max(maxEntries)
{
}

bool KeptRegions::plain(const DirectTarget &target, const QRect &region, bool rowsPlain, QRgb *color)
{
    if (!target.valid() || region.isEmpty() || !target.clip().contains(region))
        return false;
    const QRgb c = target.row(region.top())[region.left()];
    if (rowsPlain) {
        for (int y = region.top(); y <= region.bottom(); ++y) {
            if (target.row(y)[region.left()] != c)
                return false;
        }
        *color = c;
        return true;
    }
    // The first row checked pixel by pixel, the others compared with it in one go each.
    const QRgb *first = target.row(region.top()) + region.left();
    if (!std::all_of(first, first + region.width(), [c](QRgb v) { return v == c; }))
        return false;
    for (int y = region.top() + 1; y <= region.bottom(); ++y) {
        if (std::memcmp(target.row(y) + region.left(), first, size_t(region.width()) * sizeof(QRgb)) != 0)
            return false;
    }
    *color = c;
    return true;
}

bool KeptRegions::draw(const DirectTarget &target, const QPainter &p, const QRect &region, const QRect &visible,
                       QRgb color, const QByteArray &key,
                       const std::function<void(QPainter &, const DirectTarget &)> &draw)
{
    const QImage::Format format = target.image()->format();
    const qint32 head[] = {qint32(format), region.width(), region.height(), qint32(color)};
    QByteArray full(reinterpret_cast<const char *>(head), sizeof head);
    full += key;
    auto it = m_kept.constFind(full);
    if (it == m_kept.cend()) {
        if (m_kept.size() >= m_max)
            m_kept.clear();
        // Drawn alone over the plain colour, with a margin that must stay plain.
        QImage picture(region.size() + QSize(2 * kMargin, 2 * kMargin), format);
        picture.fill(color);
        {
            QPainter q(&picture);
            q.setRenderHints(p.renderHints());
            q.translate(QPointF(target.offset() - region.topLeft() + QPoint(kMargin, kMargin)));
            const DirectTarget own(q);
            draw(q, own);
        }
        const QRect inside(QPoint(kMargin, kMargin), region.size());
        const bool stayed = plainRows(picture, QRect(0, 0, picture.width(), kMargin), color) &&
                            plainRows(picture, QRect(0, inside.bottom() + 1, picture.width(), kMargin), color) &&
                            plainRows(picture, QRect(0, kMargin, kMargin, region.height()), color) &&
                            plainRows(picture, QRect(inside.right() + 1, kMargin, kMargin, region.height()), color);
        it = m_kept.insert(full, stayed ? picture.copy(inside) : QImage());
    }
    if (it->isNull())
        return false;
    const QRect part = visible & region & target.clip();
    for (int y = part.top(); y <= part.bottom(); ++y)
        std::memcpy(target.row(y) + part.left(),
                    it->constScanLine(y - region.top()) + (part.left() - region.left()) * int(sizeof(QRgb)),
                    size_t(part.width()) * sizeof(QRgb));
    return true;
}

} // namespace conlab
