#include "denselines.h"

#include "pixelmath.h"

#include <algorithm>
#include <bit>

namespace conlab {

namespace {

qreal snapEven(qreal v)
{
    return 2 * PixelMath::round(v / 2);
}

} // namespace

DenseLines::DenseLines(qreal left, qreal right)
    : m_base(snapEven(left) - 4)
    , m_slots(size_t(qMax<qreal>(0, (right - left) / 2)) + 8)
{
}

void DenseLines::add(const QLineF &line)
{
    // Neighbours this close read as one stroke anyway.
    const qreal x1 = snapEven(line.x1()), y1 = PixelMath::round(line.y1());
    const qreal x2 = snapEven(line.x2()), y2 = PixelMath::round(line.y2());
    if (m_last >= m_rows.size() || m_rows[m_last].y1 != y1 || m_rows[m_last].y2 != y2) {
        const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                     [y1, y2](const Rows &r) { return r.y1 == y1 && r.y2 == y2; });
        m_last = size_t(it - m_rows.begin());
        if (it == m_rows.end())
            m_rows.push_back({y1, y2, std::vector<quint64>((m_slots + 63) / 64, 0), {}});
    }
    Rows &rows = m_rows[m_last];
    if (x1 == x2) {
        const qreal slot = (x1 - m_base) / 2;
        if (slot >= 0 && slot < qreal(m_slots)) {
            const size_t s = size_t(slot);
            rows.bits[s / 64] |= quint64(1) << (s % 64);
            return;
        }
    }
    rows.ends.emplace_back(x1, x2);
}

void DenseLines::finish()
{
    for (Rows &rows : m_rows) {
        std::sort(rows.ends.begin(), rows.ends.end());
        rows.ends.erase(std::unique(rows.ends.begin(), rows.ends.end()), rows.ends.end());
    }
}

size_t DenseLines::count() const
{
    size_t n = 0;
    for (const Rows &rows : m_rows) {
        n += rows.ends.size();
        for (const quint64 word : rows.bits)
            n += size_t(std::popcount(word));
    }
    return n;
}

template <typename F>
void DenseLines::forEachUpright(const Rows &rows, F f) const
{
    for (size_t w = 0; w < rows.bits.size(); ++w) {
        for (quint64 word = rows.bits[w]; word; word &= word - 1)
            f(m_base + 2 * qreal(w * 64 + size_t(std::countr_zero(word))));
    }
}

void DenseLines::split(std::vector<Band> &bands, std::vector<QLineF> &slanted) const
{
    bands.clear();
    for (const Rows &rows : m_rows) {
        const qreal top = qMin(rows.y1, rows.y2), bottom = qMax(rows.y1, rows.y2);
        auto band = std::find_if(bands.begin(), bands.end(),
                                 [top, bottom](const Band &b) { return b.top == top && b.bottom == bottom; });
        if (band == bands.end())
            band = bands.insert(bands.end(), {top, bottom, {}});
        forEachUpright(rows, [band](qreal x) { band->xs.push_back(x); });
        for (const auto &[x1, x2] : rows.ends) {
            if (x1 == x2)
                band->xs.push_back(x1);
            else
                slanted.emplace_back(x1, rows.y1, x2, rows.y2);
        }
    }
    std::sort(bands.begin(), bands.end(),
              [](const Band &a, const Band &b) { return std::pair(a.top, a.bottom) < std::pair(b.top, b.bottom); });
}

void DenseLines::lines(std::vector<QLineF> &out) const
{
    for (const Rows &rows : m_rows) {
        forEachUpright(rows, [&out, &rows](qreal x) { out.emplace_back(x, rows.y1, x, rows.y2); });
        for (const auto &[x1, x2] : rows.ends)
            out.emplace_back(x1, rows.y1, x2, rows.y2);
    }
}

} // namespace conlab
