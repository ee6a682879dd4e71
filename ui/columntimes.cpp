#include "columntimes.h"

#include "pixelmath.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace conlab {

namespace {

// The first t with layout.x(t) >= column, from a guess: x only grows with t, so the answer is
// bracketed by doubling steps, then found by halving.
qint64 firstAt(const TimelineLayout &layout, qreal column, qint64 guess)
{
    qint64 lo, hi; // x(lo) < column <= x(hi)
    qint64 step = 1;
    if (layout.x(guess) >= column) {
        hi = guess;
        lo = guess - step;
        while (layout.x(lo) >= column) {
            hi = lo;
            step *= 2;
            lo = hi - step;
        }
    } else {
        lo = guess;
        hi = guess + step;
        while (layout.x(hi) < column) {
            lo = hi;
            step *= 2;
            hi = lo + step;
        }
    }
    while (hi - lo > 1) {
        const qint64 mid = lo + (hi - lo) / 2;
        (layout.x(mid) >= column ? hi : lo) = mid;
    }
    return hi;
}

} // namespace

ColumnTimes::ColumnTimes(const TimelineLayout &layout)
{
    const QRectF plot = layout.plotRect();
    m_first = int(PixelMath::floor(plot.left() - 2));
    const int last = int(PixelMath::floor(plot.right())) + 2;
    m_starts.reserve(size_t(qMax(0, last - m_first)) + 2);
    m_starts.push_back(std::numeric_limits<qint64>::min());
    const double nsPerPixel = layout.nsPerPixel();
    for (int c = m_first + 1; c <= last; ++c) {
        const double guess = double(layout.from()) + (c - plot.left()) * nsPerPixel;
        const qint64 start = firstAt(layout, c, qint64(std::llround(guess)));
        m_starts.push_back(qMax(start, m_starts.back()));
    }
    m_starts.push_back(std::numeric_limits<qint64>::max());
}

int ColumnTimes::indexOf(qint64 t) const
{
    return int(std::upper_bound(m_starts.begin(), m_starts.end() - 1, t) - m_starts.begin()) - 1;
}

} // namespace conlab
