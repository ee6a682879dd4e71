#pragma once

#include "tracequery.h"

#include <span>
#include <vector>

namespace conlab {

// The arrows of a trace grouped by the pair of lanes they join, each group in order of its
// arrows' earlier ends. A repaint looks only at the pairs whose rows can show and, in each, only
// at the arrows of the visible time, found by binary search: a view of a dozen lanes out of
// sixty reads a fifth of the arrows of its time range instead of all of them.
class FlowIndex
{
public:
    struct Arrow
    {
        qint64 fromT = 0;
        qint64 toT = 0;
        qint32 label = -1;
        qint32 order = 0; // rank among all the trace's arrows by earlier end (ties: as recorded)
        qint64 start() const { return qMin(fromT, toT); }
        qint64 end() const { return qMax(fromT, toT); }
    };
    struct Pair
    {
        int fromLane = -1;
        int toLane = -1;
        qint64 longest = 0; // the longest arrow's length, for the search back from a range
        size_t begin = 0;   // its arrows in arrows()
        size_t end = 0;
    };

    FlowIndex() = default;
    explicit FlowIndex(const Trace &trace);

    const std::vector<Pair> &pairs() const { return m_pairs; }
    // The pair's arrows overlapping [from, to] in time may only be among these.
    std::span<const Arrow> arrows(const Pair &pair, qint64 from, qint64 to) const;
    size_t count() const { return m_arrows.size(); }
    size_t bytes() const;

private:
    std::vector<Pair> m_pairs;
    std::vector<Arrow> m_arrows; // by pair, then by start
};

} // namespace conlab
