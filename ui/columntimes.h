#pragma once

#include "timelinelayout.h"

#include <vector>

namespace conlab {

// Where each pixel column of the plot begins in time: the first nanosecond whose x (exactly as
// TimelineLayout::x computes it) falls in the column. With it, which column a time falls in is
// a comparison of integers, not a division and a rounding; folding a lane's spans then divides
// only for the spans that reach into another column. Columns run from two pixels left of the
// plot (where SpanFolder clamps) to a pixel past its right edge.
class ColumnTimes
{
public:
    explicit ColumnTimes(const TimelineLayout &layout);

    // The leftmost column: every time left of it counts as in it.
    int first() const { return m_first; }
    // Columns first() + 1 … first() + count() - 1 have a start; column first() + i spans
    // [start(i), start(i + 1)).
    int count() const { return int(m_starts.size()) - 1; }
    qint64 start(int i) const { return m_starts[size_t(i)]; }
    // The column index i (0 … count() - 1) holding time t.
    int indexOf(qint64 t) const;

private:
    int m_first = 0;
    std::vector<qint64> m_starts; // by index; [0] is the far past, the last the far future
};

} // namespace conlab
