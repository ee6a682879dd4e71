#include "spanfolder.h"

#include <cmath>

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
        const qreal col = std::floor(p.x0);
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
    std::vector<Piece> out;
    const auto &ev = trace.events(lane);
    const QRectF plot = layout.plotRect();
    Folder folder(out, plot.left(), plot.right());
    int open = stateAt(trace, lane, layout.from());
    size_t i = open >= 0 ? size_t(open) + 1 : 0;
    if (open < 0) { // nothing before the range: start at the first State event
        while (i < ev.size() && ev[i].type != EventType::State)
            ++i;
        open = i < ev.size() ? int(i++) : -1;
    }
    while (open >= 0) {
        while (i < ev.size() && ev[i].type != EventType::State)
            ++i;
        const Event &s = ev[size_t(open)];
        const qint64 stop = i < ev.size() ? ev[i].t : qMax(end, s.t);
        Piece p;
        p.state = s.state;
        p.event = open;
        p.start = s.t;
        p.end = stop;
        p.x0 = layout.x(s.t);
        p.x1 = layout.x(stop);
        folder.add(p);
        if (i >= ev.size() || ev[i].t > layout.to())
            break;
        open = int(i++);
    }
    folder.flush();
    return out;
}

} // namespace conlab
