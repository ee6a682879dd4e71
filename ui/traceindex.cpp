#include "traceindex.h"

#include <algorithm>
#include <limits>

namespace conlab {

namespace {
const std::vector<int> kNone;

qint64 flowStart(const TraceQuery::Flow &f)
{
    return qMin(f.fromT, f.toT);
}
} // namespace

void TraceIndex::update(const Trace &trace)
{
    if (m_trace == &trace && m_events == trace.eventCount() && m_lanes == trace.lanes().size() &&
        m_end == trace.endTime())
        return;
    m_trace = &trace;
    m_events = trace.eventCount();
    m_lanes = trace.lanes().size();
    m_end = trace.endTime();
    m_counters.assign(m_lanes, {});
    m_ranges.assign(m_lanes, {});
    for (const Lane &lane : trace.lanes()) {
        auto &names = m_counters[size_t(lane.id)];
        auto &ranges = m_ranges[size_t(lane.id)];
        for (const Event &e : trace.events(lane.id)) {
            if (e.type != EventType::Counter)
                continue;
            const auto it = std::find(names.begin(), names.end(), e.label);
            if (it == names.end()) {
                names.push_back(e.label);
                ranges.push_back({e.value, e.value});
                continue;
            }
            auto &r = ranges[size_t(it - names.begin())];
            r = {qMin(r.first, e.value), qMax(r.second, e.value)};
        }
    }
    constexpr qint64 kOpen = std::numeric_limits<qint64>::max();
    m_holds.assign(m_lanes, {});
    for (const Lane &lane : trace.lanes()) {
        LaneHolds &h = m_holds[size_t(lane.id)];
        for (const TraceQuery::Hold &hold : TraceQuery::holds(trace, lane.id, std::numeric_limits<qint64>::min(), kOpen, kOpen)) {
            if (hold.end == kOpen) {
                h.open.push_back(hold);
                continue;
            }
            h.closed.push_back(hold);
            h.longest = qMax(h.longest, hold.end - hold.start);
        }
        std::stable_sort(h.closed.begin(), h.closed.end(),
                         [](const TraceQuery::Hold &a, const TraceQuery::Hold &b) { return a.start < b.start; });
    }
    m_flows = TraceQuery::flows(trace);
    std::stable_sort(m_flows.begin(), m_flows.end(),
                     [](const TraceQuery::Flow &a, const TraceQuery::Flow &b) { return flowStart(a) < flowStart(b); });
    m_longestFlow = 0;
    for (const TraceQuery::Flow &f : m_flows)
        m_longestFlow = qMax(m_longestFlow, qAbs(f.toT - f.fromT));
}

const std::vector<int> &TraceIndex::counters(int lane) const
{
    return lane >= 0 && size_t(lane) < m_counters.size() ? m_counters[size_t(lane)] : kNone;
}

std::vector<TraceQuery::Hold> TraceIndex::holds(int lane, qint64 from, qint64 to, qint64 end) const
{
    std::vector<TraceQuery::Hold> out;
    if (lane < 0 || size_t(lane) >= m_holds.size())
        return out;
    const LaneHolds &h = m_holds[size_t(lane)];
    // A band reaching `from` starts at most the longest band's length before it.
    auto it = std::lower_bound(h.closed.begin(), h.closed.end(), from - h.longest,
                               [](const TraceQuery::Hold &b, qint64 t) { return b.start < t; });
    for (; it != h.closed.end() && it->start <= to; ++it) {
        if (it->end >= from)
            out.push_back(*it);
    }
    for (TraceQuery::Hold b : h.open) {
        if (b.start <= to) {
            b.end = qMax(b.start, end);
            out.push_back(b);
        }
    }
    return out;
}

std::pair<double, double> TraceIndex::counterRange(int lane, int name) const
{
    const auto &names = counters(lane);
    const auto it = std::find(names.begin(), names.end(), name);
    return it == names.end() ? std::pair<double, double>{0, 0} : m_ranges[size_t(lane)][size_t(it - names.begin())];
}

std::span<const TraceQuery::Flow> TraceIndex::flows(qint64 from, qint64 to) const
{
    // Every arrow that reaches `from` starts at most the longest arrow's length before it.
    const auto lo = std::lower_bound(m_flows.begin(), m_flows.end(), from - m_longestFlow,
                                     [](const TraceQuery::Flow &f, qint64 t) { return flowStart(f) < t; });
    const auto hi = std::upper_bound(lo, m_flows.end(), to,
                                     [](qint64 t, const TraceQuery::Flow &f) { return t < flowStart(f); });
    return {lo, hi};
}

} // namespace conlab
