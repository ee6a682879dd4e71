#include "tracequery.h"

#include <algorithm>

namespace conlab {

int TraceQuery::currentLine(const Trace &trace, int lane)
{
    const auto &ev = trace.events(lane);
    for (auto it = ev.rbegin(); it != ev.rend(); ++it) {
        if (it->type == EventType::Step)
            return it->aux;
    }
    return 0;
}

State TraceQuery::lastState(const Trace &trace, int lane)
{
    const auto &ev = trace.events(lane);
    for (auto it = ev.rbegin(); it != ev.rend(); ++it) {
        if (it->type == EventType::State)
            return it->state;
    }
    return State::Starting;
}

std::vector<TraceQuery::Output> TraceQuery::outputs(const Trace &trace)
{
    std::vector<Output> out;
    for (const Lane &lane : trace.lanes()) {
        for (const Event &e : trace.events(lane.id)) {
            if (e.type == EventType::Mark && e.aux == int(MarkKind::Output))
                out.push_back({e.t, lane.id, trace.label(e.label)});
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Output &a, const Output &b) { return a.t < b.t; });
    return out;
}

std::vector<TraceQuery::Flow> TraceQuery::flows(const Trace &trace)
{
    struct End
    {
        int id;
        int lane;
        qint64 t;
    };
    // Sorted arrays, not a hash: a million-event run has tens of thousands of arrows.
    std::vector<End> outs;
    std::vector<const Event *> ins;
    for (const Lane &lane : trace.lanes()) {
        for (const Event &e : trace.events(lane.id)) {
            if (e.type == EventType::FlowOut)
                outs.push_back({e.aux, lane.id, e.t});
            else if (e.type == EventType::FlowIn)
                ins.push_back(&e);
        }
    }
    std::stable_sort(outs.begin(), outs.end(), [](const End &a, const End &b) { return a.id < b.id; });
    std::vector<Flow> out;
    out.reserve(ins.size());
    for (const Event *in : ins) {
        // Of several FlowOuts with one id, the last recorded counts.
        auto it = std::upper_bound(outs.begin(), outs.end(), in->aux, [](int id, const End &e) { return id < e.id; });
        if (it != outs.begin() && (--it)->id == in->aux)
            out.push_back({it->lane, it->t, in->lane, in->t, in->label});
    }
    return out;
}

std::vector<TraceQuery::Hold> TraceQuery::holds(const Trace &trace, int lane, qint64 from, qint64 to, qint64 end)
{
    std::vector<Hold> out;
    std::vector<Hold> open;
    for (const Event &e : trace.events(lane)) {
        if (e.t > to)
            break;
        if (e.type == EventType::HoldBegin) {
            open.push_back({e.t, end, e.aux, e.label, int(open.size())});
        } else if (e.type == EventType::HoldEnd) {
            auto it = std::find_if(open.begin(), open.end(), [&](const Hold &h) { return h.lock == e.aux; });
            if (it != open.end()) {
                it->end = e.t;
                if (it->end >= from)
                    out.push_back(*it);
                open.erase(it);
            }
        }
    }
    for (Hold &h : open) {
        h.end = qMax(h.start, end);
        out.push_back(h);
    }
    return out;
}

std::pair<double, double> TraceQuery::counterRange(const Trace &trace, int lane, int name)
{
    double lo = 0, hi = 0;
    bool any = false;
    for (const Event &e : trace.events(lane)) {
        if (e.type != EventType::Counter || e.label != name)
            continue;
        lo = any ? qMin(lo, e.value) : e.value;
        hi = any ? qMax(hi, e.value) : e.value;
        any = true;
    }
    return {lo, hi};
}

bool TraceQuery::lastCounterValue(const Trace &trace, int lane, int name, double *value)
{
    const auto &ev = trace.events(lane);
    for (auto it = ev.rbegin(); it != ev.rend(); ++it) {
        if (it->type == EventType::Counter && it->label == name) {
            *value = it->value;
            return true;
        }
    }
    return false;
}

quint32 TraceQuery::statesUsed(const Trace &trace)
{
    quint32 bits = 0;
    for (const Lane &lane : trace.lanes()) {
        for (const Event &e : trace.events(lane.id)) {
            if (e.type == EventType::State)
                bits |= 1u << int(e.state);
        }
    }
    return bits;
}

bool TraceQuery::hasEvents(const Trace &trace, EventType type)
{
    for (const Lane &lane : trace.lanes()) {
        const auto &ev = trace.events(lane.id);
        if (std::any_of(ev.begin(), ev.end(), [type](const Event &e) { return e.type == type; }))
            return true;
    }
    return false;
}

bool TraceQuery::hasSameLaneFlows(const Trace &trace)
{
    const auto all = flows(trace);
    return std::any_of(all.begin(), all.end(), [](const Flow &f) { return f.sameLane(); });
}

} // namespace conlab
