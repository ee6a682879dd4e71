#include "traceindex.h"

#include <ctime>

namespace conlab {

namespace {

const std::vector<int> kNone;
const LaneIndex kNoLane;

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

} // namespace

void TraceIndex::update(const Trace &trace)
{
    if (m_trace == &trace && m_events == trace.eventCount() && m_laneCount == trace.lanes().size() &&
        m_end == trace.endTime())
        return;
    const double start = threadCpuMs();
    m_trace = &trace;
    m_events = trace.eventCount();
    m_laneCount = trace.lanes().size();
    m_end = trace.endTime();
    m_lanes.assign(m_laneCount, {});
    m_counters.assign(m_laneCount, {});
    for (const Lane &lane : trace.lanes()) {
        LaneIndex &index = m_lanes[size_t(lane.id)];
        index = LaneIndex(trace, lane.id);
        for (const LaneIndex::Counter &c : index.counters())
            m_counters[size_t(lane.id)].push_back(c.name);
    }
    m_flows = FlowIndex(trace);
    m_buildMs = threadCpuMs() - start;
}

const LaneIndex &TraceIndex::lane(int lane) const
{
    return lane >= 0 && size_t(lane) < m_lanes.size() ? m_lanes[size_t(lane)] : kNoLane;
}

const std::vector<int> &TraceIndex::counters(int lane) const
{
    return lane >= 0 && size_t(lane) < m_counters.size() ? m_counters[size_t(lane)] : kNone;
}

std::pair<double, double> TraceIndex::counterRange(int lane, int name) const
{
    const LaneIndex::Counter *c = this->lane(lane).counter(name);
    return c ? std::pair(c->lo, c->hi) : std::pair<double, double>(0, 0);
}

std::vector<TraceQuery::Hold> TraceIndex::holds(int lane, qint64 from, qint64 to, qint64 end) const
{
    std::vector<TraceQuery::Hold> out;
    this->lane(lane).holds(from, to, end, out);
    return out;
}

size_t TraceIndex::bytes() const
{
    size_t n = sizeof(*this) + m_flows.bytes() + m_lanes.capacity() * sizeof(LaneIndex);
    for (const LaneIndex &lane : m_lanes)
        n += lane.bytes() - sizeof(LaneIndex);
    for (const auto &names : m_counters)
        n += sizeof(names) + names.capacity() * sizeof(int);
    return n;
}

} // namespace conlab
