#include "spanfolder.h"

#include "pixelmath.h"

#include <algorithm>

namespace conlab {

namespace {

class Folder
{
public:
    Folder(std::vector<SpanFolder::Piece> &out, qreal left, qreal right)
        : m_out(out)
        , m_left(left)
        , m_right(right)
    {
    }

    void add(SpanFolder::Piece p)
    {
        // Clamp far-away ends so huge zooms stay within sane painter coordinates.
        p.x0 = qMax(p.x0, m_left - 2);
        p.x1 = qMin(p.x1, m_right + 2);
        if (p.x1 - p.x0 >= 1) {
            if (m_pendingValid) {
                flush();
                p.x0 = qMax(p.x0, m_pending.x1);
            }
            if (p.x1 > p.x0)
                m_out.push_back(p);
            else if (!m_out.empty())
                m_out.back().count += p.count; // hidden under the folded pixel: counted there
            return;
        }
        const qreal col = PixelMath::floor(p.x0);
        if (m_pendingValid && m_pending.x0 == col) {
            if (p.end - p.start > m_pendingDuration) {
                m_pending.state = p.state;
                m_pending.event = p.event;
                m_pendingDuration = p.end - p.start;
            }
            m_pending.end = p.end;
            ++m_pending.count;
            return;
        }
        flush();
        m_pending = p;
        m_pending.x0 = col;
        m_pending.x1 = col + 1;
        m_pending.folded = true;
        m_pending.count = 1;
        m_pendingDuration = p.end - p.start;
        m_pendingValid = true;
    }

    void flush()
    {
        if (m_pendingValid)
            m_out.push_back(m_pending);
        m_pendingValid = false;
    }

private:
    std::vector<SpanFolder::Piece> &m_out;
    qreal m_left;
    qreal m_right;
    SpanFolder::Piece m_pending;
    qint64 m_pendingDuration = 0;
    bool m_pendingValid = false;
};

// The last State event at or before index i (-1 if none).
int stateAtOrBefore(const std::vector<Event> &ev, int i)
{
    for (; i >= 0; --i) {
        if (ev[size_t(i)].type == EventType::State)
            return i;
    }
    return -1;
}

} // namespace

int SpanFolder::stateAt(const Trace &trace, int lane, qint64 t)
{
    return stateAtOrBefore(trace.events(lane), trace.lastAtOrBefore(lane, t));
}

qint64 SpanFolder::spanEnd(const Trace &trace, int lane, int index, qint64 end)
{
    const auto &ev = trace.events(lane);
    for (size_t i = size_t(index) + 1; i < ev.size(); ++i) {
        if (ev[i].type == EventType::State)
            return ev[i].t;
    }
    return qMax(end, index >= 0 ? ev[size_t(index)].t : end);
}

std::vector<SpanFolder::Piece> SpanFolder::pieces(const Trace &trace, int lane, const TimelineLayout &layout,
                                                  qint64 end)
{
    // The lane's State events from the one open at the layout's start to the first after its
    // end, gathered from the events: the same run the index's arrays give.
    LaneIndex::States states;
    const auto &ev = trace.events(lane);
    const int open = stateAt(trace, lane, layout.from());
    for (size_t i = open >= 0 ? size_t(open) : 0; i < ev.size(); ++i) {
        if (ev[i].type != EventType::State)
            continue;
        states.t.push_back(ev[i].t);
        states.state.push_back(ev[i].state);
        states.event.push_back(qint32(i));
        if (ev[i].t > layout.to())
            break;
    }
    std::vector<Piece> out;
    fold({states.t, states.state, states.event}, layout, end, out);
    return out;
}

void SpanFolder::pieces(const LaneIndex::States &states, const TimelineLayout &layout, qint64 end,
                        std::vector<Piece> &out)
{
    fold({states.t, states.state, states.event}, layout, end, out);
}

void SpanFolder::fold(const Run &run, const TimelineLayout &layout, qint64 end, std::vector<Piece> &out)
{
    out.clear();
    const size_t n = run.t.size();
    if (n == 0)
        return;
    const QRectF plot = layout.plotRect();
    Folder folder(out, plot.left(), plot.right());
    // The span open at the layout's start: the last State event at or before it, else the first.
    size_t k = size_t(std::upper_bound(run.t.begin(), run.t.end(), layout.from()) - run.t.begin());
    k = k > 0 ? k - 1 : 0;
    qreal x0 = layout.x(run.t[k]);
    for (;;) {
        const bool last = k + 1 >= n;
        Piece p;
        p.state = run.state[k];
        p.event = run.event[k];
        p.start = run.t[k];
        p.end = last ? qMax(end, p.start) : run.t[k + 1];
        p.x0 = x0;
        p.x1 = layout.x(p.end);
        folder.add(p);
        if (last || run.t[k + 1] > layout.to())
            break;
        x0 = p.x1;
        ++k;
    }
    folder.flush();
}

} // namespace conlab
