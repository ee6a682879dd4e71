#include "timelinelayout.h"

#include "traceindex.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace conlab {

namespace {
bool isProcessLike(LaneKind k)
{
    return k == LaneKind::Main || k == LaneKind::Process;
}
} // namespace

TimelineMetrics TimelineMetrics::scaled(qreal f) const
{
    TimelineMetrics m = *this;
    m.headerWidth *= f;
    m.axisHeight *= f;
    m.laneHeight *= f;
    m.collapsedHeight *= f;
    m.counterHeight *= f;
    m.groupGap *= f;
    m.indent *= f;
    m.fontSize *= f;
    return m;
}

TimelineMetrics TimelineMetrics::stretchedRows(qreal contentHeight, qreal height, qreal minStretch,
                                              qreal maxStretch) const
{
    TimelineMetrics m = *this;
    if (contentHeight <= 0)
        return m;
    const qreal k = qBound(minStretch, (height - axisHeight) / contentHeight, maxStretch);
    m.laneHeight *= k;
    m.counterHeight *= k;
    m.collapsedHeight *= qMin<qreal>(k, 1);
    m.groupGap *= k;
    return m;
}

TimelineLayout::TimelineLayout(const Trace &trace, const QRectF &area, const TimelineMetrics &metrics, qint64 from,
                               qint64 to, qreal scrollY, const QSet<int> &collapsed, const TraceIndex *index)
    : m_metrics(metrics)
    , m_area(area)
    , m_from(from)
    , m_to(qMax(from + 1, to)) // an empty range still maps: one nanosecond across the plot
    , m_scrollY(scrollY)
{
    const qreal w = plotRect().width();
    m_plotLeft = plotRect().left();
    m_nsPerPixel = double(m_to - m_from) / double(w > 0 ? w : 1);
    buildRows(trace, collapsed, index);
}

QRectF TimelineLayout::axisRect() const
{
    return {m_area.left() + m_metrics.headerWidth, m_area.top(), qMax<qreal>(0, m_area.width() - m_metrics.headerWidth),
            m_metrics.axisHeight};
}

QRectF TimelineLayout::headerRect() const
{
    return {m_area.left(), m_area.top() + m_metrics.axisHeight, qMin(m_metrics.headerWidth, m_area.width()),
            qMax<qreal>(0, m_area.height() - m_metrics.axisHeight)};
}

QRectF TimelineLayout::plotRect() const
{
    const QRectF a = axisRect();
    return {a.left(), a.bottom(), a.width(), qMax<qreal>(0, m_area.height() - m_metrics.axisHeight)};
}

double TimelineLayout::nsPerPixel() const
{
    return m_nsPerPixel;
}

qint64 TimelineLayout::time(qreal px) const
{
    return m_from + qint64(std::llround(double(px - m_plotLeft) * m_nsPerPixel));
}

const TimelineLayout::Row *TimelineLayout::rowAt(qreal y) const
{
    auto it = std::upper_bound(m_rows.begin(), m_rows.end(), y, [](qreal v, const Row &r) { return v < r.top; });
    if (it == m_rows.begin())
        return nullptr;
    --it;
    return y < it->bottom() ? &*it : nullptr;
}

const TimelineLayout::Row *TimelineLayout::laneRow(int lane) const
{
    for (const Row &r : m_rows) {
        if (r.kind == Row::Lane && r.lane == lane)
            return &r;
    }
    return nullptr;
}

qreal TimelineLayout::maxScrollY() const
{
    return qMax<qreal>(0, m_contentHeight - plotRect().height());
}

QRectF TimelineLayout::rowRect(const Row &row) const
{
    const QRectF p = plotRect();
    return {p.left(), row.top, p.width(), row.height};
}

QRectF TimelineLayout::barRect(const Row &row) const
{
    const QRectF r = rowRect(row);
    if (row.kind == Row::Counter)
        return r.adjusted(0, r.height() * 0.12, 0, -r.height() * 0.12);
    if (row.collapsed)
        return r.adjusted(0, 2, 0, -2);
    return {r.left(), r.top() + r.height() * 0.34, r.width(), r.height() * 0.44};
}

QRectF TimelineLayout::markRect(const Row &row) const
{
    const QRectF r = rowRect(row);
    if (row.collapsed || row.kind == Row::Counter)
        return {r.left(), r.top(), r.width(), 0};
    return {r.left(), r.top() + r.height() * 0.03, r.width(), r.height() * 0.30};
}

QRectF TimelineLayout::holdRect(const Row &row) const
{
    const QRectF b = barRect(row);
    if (row.collapsed || row.kind == Row::Counter)
        return {b.left(), b.bottom(), b.width(), 0};
    return {b.left(), b.bottom() + rowRect(row).height() * 0.04, b.width(), rowRect(row).height() * 0.13};
}

int TimelineLayout::groupRoot(const Trace &trace, int lane)
{
    int id = lane;
    for (int guard = 0; guard < 64; ++guard) {
        const Lane *l = trace.lane(id);
        if (!l || isProcessLike(l->kind) || l->parent < 0 || !trace.lane(l->parent))
            return id;
        id = l->parent;
    }
    return id;
}

std::vector<TimelineLayout::Entry> TimelineLayout::order(const Trace &trace)
{
    const auto &lanes = trace.lanes();
    std::vector<int> roots(lanes.size());
    for (const Lane &l : lanes)
        roots[size_t(l.id)] = groupRoot(trace, l.id);
    std::vector<Entry> out;
    std::vector<bool> placed(lanes.size(), false);
    int group = 0;
    // Depth-first under each process, children in id order (the order they were created).
    std::function<void(int, int, int)> visit = [&](int id, int depth, int root) {
        placed[size_t(id)] = true;
        const size_t at = out.size();
        out.push_back({id, depth, group, false});
        for (const Lane &child : lanes) {
            if (child.parent == id && child.id != id && !placed[size_t(child.id)] && roots[size_t(child.id)] == root) {
                out[at].hasChildren = true;
                visit(child.id, depth + 1, root);
            }
        }
    };
    for (const Lane &l : lanes) {
        if (roots[size_t(l.id)] == l.id && !placed[size_t(l.id)]) {
            visit(l.id, 0, l.id);
            ++group;
        }
    }
    for (const Lane &l : lanes) { // anything unreachable (a cycle in bad input) still shows
        if (!placed[size_t(l.id)]) {
            placed[size_t(l.id)] = true;
            out.push_back({l.id, 0, group++, false});
        }
    }
    return out;
}

std::vector<int> TimelineLayout::counters(const Trace &trace, int lane)
{
    std::vector<int> names;
    for (const Event &e : trace.events(lane)) {
        if (e.type == EventType::Counter && std::find(names.begin(), names.end(), e.label) == names.end())
            names.push_back(e.label);
    }
    return names;
}

void TimelineLayout::buildRows(const Trace &trace, const QSet<int> &collapsed, const TraceIndex *index)
{
    const qreal top0 = plotRect().top() - m_scrollY;
    qreal y = top0;
    int hiddenBelowDepth = -1; // rows deeper than this are inside a collapsed lane
    int lastGroup = -1;
    for (const Entry &e : order(trace)) {
        if (e.group != lastGroup)
            hiddenBelowDepth = -1;
        if (hiddenBelowDepth >= 0 && e.depth > hiddenBelowDepth)
            continue;
        hiddenBelowDepth = -1;
        Row row;
        row.lane = e.lane;
        row.depth = e.depth;
        row.group = e.group;
        row.hasChildren = e.hasChildren;
        row.collapsed = collapsed.contains(e.lane);
        row.groupStart = e.group != lastGroup;
        if (row.groupStart && lastGroup >= 0)
            y += m_metrics.groupGap;
        lastGroup = e.group;
        row.top = y;
        row.height = row.collapsed ? m_metrics.collapsedHeight : m_metrics.laneHeight;
        y += row.height;
        m_rows.push_back(row);
        if (row.collapsed) {
            hiddenBelowDepth = e.depth;
            continue;
        }
        for (int name : index ? index->counters(e.lane) : counters(trace, e.lane)) {
            Row c = row;
            c.kind = Row::Counter;
            c.counter = name;
            c.groupStart = false;
            c.hasChildren = false;
            c.depth = e.depth + 1;
            c.top = y;
            c.height = m_metrics.counterHeight;
            y += c.height;
            m_rows.push_back(c);
        }
    }
    m_contentHeight = y - top0;
}

} // namespace conlab
