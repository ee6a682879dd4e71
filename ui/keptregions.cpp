#include "keptregions.h"

#include "directtarget.h"

#include <algorithm>
#include <cstring>

namespace conlab {

KeptRegions::KeptRegions(qsizetype maxEntries)
    : m_max(maxEntries)
{
}

bool KeptRegions::plain(const DirectTarget &target, const QRect &region, QRgb *color)
{
    if (!target.valid() || region.isEmpty() || !target.clip().contains(region))
        return false;
    const QRgb c = target.row(region.top())[region.left()];
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

QByteArray KeptRegions::fullKey(const DirectTarget &target, const QRect &region, QRgb color, const QByteArray &key)
{
    const qint32 head[] = {qint32(target.image()->format()), region.width(), region.height(), qint32(color)};
    QByteArray full(reinterpret_cast<const char *>(head), sizeof head);
    full += key;
    return full;
}

bool KeptRegions::draw(const DirectTarget &target, const QRect &region, QRgb color, const QByteArray &key) const
{
    const auto it = m_kept.constFind(fullKey(target, region, color, key));
    if (it == m_kept.cend())
        return false;
    for (int y = 0; y < region.height(); ++y)
        std::memcpy(target.row(region.top() + y) + region.left(), it->constScanLine(y), size_t(region.width()) * 4);
    return true;
}

void KeptRegions::keep(const DirectTarget &target, const QRect &region, QRgb color, const QByteArray &key)
{
    if (m_kept.size() >= m_max)
        m_kept.clear();
    QImage picture(region.size(), QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < region.height(); ++y)
        std::memcpy(picture.scanLine(y), target.row(region.top() + y) + region.left(), size_t(region.width()) * 4);
    m_kept.insert(fullKey(target, region, color, key), picture);
}

KeptRegions::Surroundings::Surroundings(const DirectTarget &target, const QRect &region, int band)
    : m_target(target)
    , m_above(QRect(region.left(), region.top() - band, region.width(), band) & target.clip())
    , m_below(QRect(region.left(), region.bottom() + 1, region.width(), band) & target.clip())
    , m_before(pixels())
{
}

std::vector<QRgb> KeptRegions::Surroundings::pixels() const
{
    std::vector<QRgb> out;
    for (const QRect &r : {m_above, m_below}) {
        for (int y = r.top(); y <= r.bottom() && !r.isEmpty(); ++y)
            out.insert(out.end(), m_target.row(y) + r.left(), m_target.row(y) + r.left() + r.width());
    }
    return out;
}

bool KeptRegions::Surroundings::unchanged() const
{
    return pixels() == m_before;
}

} // namespace conlab
