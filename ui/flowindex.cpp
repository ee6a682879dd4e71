#include "flowindex.h"

#include <algorithm>
#include <numeric>

namespace conlab {

FlowIndex::FlowIndex(const Trace &trace)
{
    const std::vector<TraceQuery::Flow> flows = TraceQuery::flows(trace);
    // Ranks by earlier end first, then a stable sort by pair keeps that order within each pair.
    std::vector<qint32> byStart(flows.size());
    std::iota(byStart.begin(), byStart.end(), 0);
    std::stable_sort(byStart.begin(), byStart.end(), [&flows](qint32 a, qint32 b) {
        return qMin(flows[size_t(a)].fromT, flows[size_t(a)].toT) < qMin(flows[size_t(b)].fromT, flows[size_t(b)].toT);
    });
    std::vector<qint32> byPair = byStart;
    std::stable_sort(byPair.begin(), byPair.end(), [&flows](qint32 a, qint32 b) {
        const TraceQuery::Flow &fa = flows[size_t(a)], &fb = flows[size_t(b)];
        return std::pair(fa.fromLane, fa.toLane) < std::pair(fb.fromLane, fb.toLane);
    });
    std::vector<qint32> rank(flows.size());
    for (size_t i = 0; i < byStart.size(); ++i)
        rank[size_t(byStart[i])] = qint32(i);
    m_arrows.reserve(flows.size());
    for (const qint32 i : byPair) {
        const TraceQuery::Flow &f = flows[size_t(i)];
        if (m_pairs.empty() || m_pairs.back().fromLane != f.fromLane || m_pairs.back().toLane != f.toLane)
            m_pairs.push_back({f.fromLane, f.toLane, 0, m_arrows.size(), m_arrows.size()});
        Pair &pair = m_pairs.back();
        m_arrows.push_back({f.fromT, f.toT, f.label, rank[size_t(i)]});
        pair.end = m_arrows.size();
        pair.longest = qMax(pair.longest, qAbs(f.toT - f.fromT));
    }
}

std::span<const FlowIndex::Arrow> FlowIndex::arrows(const Pair &pair, qint64 from, qint64 to) const
{
    const auto first = m_arrows.begin() + qsizetype(pair.begin), last = m_arrows.begin() + qsizetype(pair.end);
    // Every arrow that reaches `from` starts at most the pair's longest arrow before it.
    const auto lo = std::lower_bound(first, last, from - pair.longest,
                                     [](const Arrow &a, qint64 t) { return a.start() < t; });
    const auto hi = std::upper_bound(lo, last, to, [](qint64 t, const Arrow &a) { return t < a.start(); });
    return {lo, hi};
}

size_t FlowIndex::bytes() const
{
    return sizeof(*this) + m_pairs.capacity() * sizeof(Pair) + m_arrows.capacity() * sizeof(Arrow);
}

} // namespace conlab
