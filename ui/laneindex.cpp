#include "laneindex.h"

#include <algorithm>
#include <limits>

namespace conlab {

namespace {

template <typename T>
size_t bytesOf(const std::vector<T> &v)
{
    return v.capacity() * sizeof(T);
}

} // namespace

LaneIndex::LaneIndex(const Trace &trace, int lane)
{
    const auto &events = trace.events(lane);
    size_t states = 0, marks = 0;
    for (const Event &e : events) {
        states += e.type == EventType::State ? 1 : 0;
        marks += e.type == EventType::Mark ? 1 : 0;
    }
    // Sized exactly: the arrays of a big trace are kept as long as it is shown.
    m_states.t.reserve(states);
    m_states.state.reserve(states);
    m_states.event.reserve(states);
    m_marks.t.reserve(marks);
    m_marks.event.reserve(marks);
    for (size_t i = 0; i < events.size(); ++i) {
        const Event &e = events[i];
        if (e.type == EventType::State) {
            m_states.t.push_back(e.t);
            m_states.state.push_back(e.state);
            m_states.event.push_back(qint32(i));
        } else if (e.type == EventType::Mark) {
            m_marks.t.push_back(e.t);
            m_marks.event.push_back(qint32(i));
        } else if (e.type == EventType::Counter) {
            auto it = std::find_if(m_counters.begin(), m_counters.end(),
                                   [&e](const Counter &c) { return c.name == e.label; });
            if (it == m_counters.end()) {
                m_counters.push_back({e.label, e.value, e.value, {}, {}});
                it = m_counters.end() - 1;
            }
            it->lo = qMin(it->lo, e.value);
            it->hi = qMax(it->hi, e.value);
            it->t.push_back(e.t);
            it->value.push_back(e.value);
        }
    }
    for (Counter &c : m_counters) {
        c.t.shrink_to_fit();
        c.value.shrink_to_fit();
    }
    constexpr qint64 kOpen = std::numeric_limits<qint64>::max();
    for (const TraceQuery::Hold &hold :
         TraceQuery::holds(trace, lane, std::numeric_limits<qint64>::min(), kOpen, kOpen)) {
        if (hold.end == kOpen) {
            m_openHolds.push_back(hold);
            continue;
        }
        m_closedHolds.push_back(hold);
        m_longestHold = qMax(m_longestHold, hold.end - hold.start);
    }
    std::stable_sort(m_closedHolds.begin(), m_closedHolds.end(),
                     [](const TraceQuery::Hold &a, const TraceQuery::Hold &b) { return a.start < b.start; });
    m_closedHolds.shrink_to_fit();
}

const LaneIndex::Counter *LaneIndex::counter(int name) const
{
    const auto it =
        std::find_if(m_counters.begin(), m_counters.end(), [name](const Counter &c) { return c.name == name; });
    return it == m_counters.end() ? nullptr : &*it;
}

void LaneIndex::holds(qint64 from, qint64 to, qint64 end, std::vector<TraceQuery::Hold> &out) const
{
    out.clear();
    // A band reaching `from` starts at most the longest band's length before it.
    auto it = std::lower_bound(m_closedHolds.begin(), m_closedHolds.end(), from - m_longestHold,
                               [](const TraceQuery::Hold &b, qint64 t) { return b.start < t; });
    for (; it != m_closedHolds.end() && it->start <= to; ++it) {
        if (it->end >= from)
            out.push_back(*it);
    }
    for (TraceQuery::Hold b : m_openHolds) {
        if (b.start <= to) {
            b.end = qMax(b.start, end);
            out.push_back(b);
        }
    }
}

size_t LaneIndex::bytes() const
{
    size_t n = sizeof(*this) + bytesOf(m_states.t) + bytesOf(m_states.state) + bytesOf(m_states.event) +
               bytesOf(m_marks.t) + bytesOf(m_marks.event) + bytesOf(m_counters) + bytesOf(m_closedHolds) +
               bytesOf(m_openHolds);
    for (const Counter &c : m_counters)
        n += bytesOf(c.t) + bytesOf(c.value);
    return n;
}

} // namespace conlab
