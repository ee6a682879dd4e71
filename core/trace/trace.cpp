#include "trace.h"

#include <algorithm>

namespace conlab {

namespace {
const std::vector<Event> kNoEvents;
bool earlier(const Event &a, const Event &b)
{
    return a.t < b.t;
}
} // namespace

Trace::Trace()
    : m_strings(std::make_shared<StringTable>())
{
}

Trace::Trace(std::shared_ptr<StringTable> strings)
    : m_strings(std::move(strings))
{
}

void Trace::setLane(const Lane &lane)
{
    if (lane.id < 0)
        return;
    if (size_t(lane.id) >= m_lanes.size()) {
        const size_t old = m_lanes.size();
        m_lanes.resize(size_t(lane.id) + 1);
        for (size_t i = old; i < m_lanes.size(); ++i)
            m_lanes[i].id = int(i);
        m_events.resize(m_lanes.size());
    }
    m_lanes[size_t(lane.id)] = lane;
}

void Trace::append(const Event &e)
{
    if (e.lane < 0)
        return;
    if (size_t(e.lane) >= m_events.size()) {
        Lane placeholder;
        placeholder.id = e.lane;
        setLane(placeholder);
    }
    auto &v = m_events[size_t(e.lane)];
    if (v.empty() || v.back().t <= e.t)
        v.push_back(e);
    else
        v.insert(std::upper_bound(v.begin(), v.end(), e, earlier), e);
    ++m_eventCount;
    m_end = std::max(m_end, e.t);
}

void Trace::append(std::span<const Event> events)
{
    for (const Event &e : events)
        append(e);
    growAhead(events.size());
}

// Lanes recorded at the same pace fill up together, so they would all double, and copy all
// their events, in the same frame: a hitch of 100 ms at a few million events. Growing lanes
// early, from three quarters full, a bounded amount per batch (a few times the batch itself,
// enough to keep ahead of the filling), spreads those copies over many frames. The price: a
// live lane is 37-75 % full instead of 50-100 % (squeeze() gives it back).
void Trace::growAhead(size_t batchEvents)
{
    constexpr size_t kSmall = 4096; // small lanes grow cheaply when they must
    size_t budget = std::max<size_t>(size_t(4) << 20, 6 * batchEvents * sizeof(Event));
    for (size_t k = 0; k < m_events.size(); ++k) {
        m_growCursor = (m_growCursor + 1) % m_events.size();
        auto &v = m_events[m_growCursor];
        const size_t bytes = v.size() * sizeof(Event);
        if (v.size() < kSmall || v.size() * 4 < v.capacity() * 3 || bytes > budget)
            continue;
        v.reserve(v.capacity() * 2);
        budget -= bytes;
    }
}

void Trace::setEvents(int lane, std::vector<Event> events)
{
    if (lane < 0)
        return;
    if (size_t(lane) >= m_events.size()) {
        Lane placeholder;
        placeholder.id = lane;
        setLane(placeholder);
    }
    bool sorted = true;
    for (size_t i = 0; i < events.size(); ++i) { // one pass: order checked, lane set
        events[i].lane = lane;
        sorted &= i == 0 || !earlier(events[i], events[i - 1]);
    }
    if (!sorted)
        std::stable_sort(events.begin(), events.end(), earlier);
    if (events.capacity() > events.size())
        events.shrink_to_fit();
    auto &v = m_events[size_t(lane)];
    m_eventCount -= v.size();
    v = std::move(events);
    m_eventCount += v.size();
    if (!v.empty())
        m_end = std::max(m_end, v.back().t);
}

void Trace::squeeze()
{
    for (auto &v : m_events)
        v.shrink_to_fit();
}

size_t Trace::eventBytes() const
{
    size_t bytes = 0;
    for (const auto &v : m_events)
        bytes += v.capacity() * sizeof(Event);
    return bytes;
}

const Lane *Trace::lane(int id) const
{
    if (id < 0 || size_t(id) >= m_lanes.size())
        return nullptr;
    return &m_lanes[size_t(id)];
}

const std::vector<Event> &Trace::events(int lane) const
{
    if (lane < 0 || size_t(lane) >= m_events.size())
        return kNoEvents;
    return m_events[size_t(lane)];
}

std::span<const Event> Trace::range(int lane, qint64 from, qint64 to) const
{
    const auto &v = events(lane);
    auto lo = std::lower_bound(v.begin(), v.end(), from, [](const Event &e, qint64 t) { return e.t < t; });
    auto hi = std::lower_bound(lo, v.end(), to, [](const Event &e, qint64 t) { return e.t < t; });
    return {lo, hi};
}

int Trace::lastAtOrBefore(int lane, qint64 t) const
{
    const auto &v = events(lane);
    auto it = std::upper_bound(v.begin(), v.end(), t, [](qint64 tt, const Event &e) { return tt < e.t; });
    return int(it - v.begin()) - 1;
}

void Trace::setEndTime(qint64 t)
{
    m_end = std::max(m_end, t);
}

} // namespace conlab
