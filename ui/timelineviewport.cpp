#include "timelineviewport.h"

#include <cmath>

namespace conlab {

TimelineViewport::TimelineViewport(QObject *parent)
    : QObject(parent)
{
}

qint64 TimelineViewport::fitEnd() const
{
    // A little air after the end so the last span and the "now" line do not touch the edge.
    const qint64 end = qMax(m_end, m_live ? m_expectedEnd : 0);
    return end > 0 ? end + end / 40 : 1'000'000'000;
}

void TimelineViewport::setExtent(qint64 end, qint64 expectedEnd)
{
    m_end = qMax<qint64>(0, end);
    m_expectedEnd = qMax<qint64>(0, expectedEnd);
    if (m_following)
        apply(0, fitEnd());
}

void TimelineViewport::setLive(bool live)
{
    m_live = live;
    if (live)
        m_following = true;
    if (m_following)
        apply(0, fitEnd());
}

void TimelineViewport::setRange(qint64 from, qint64 to)
{
    m_following = false;
    apply(from, to);
}

void TimelineViewport::zoom(double factor, qint64 anchor)
{
    if (factor <= 0)
        return;
    const double span = double(m_to - m_from);
    const double newSpan = qMax(double(kMinSpan), span / factor);
    const double frac = span > 0 ? double(anchor - m_from) / span : 0.5;
    const qint64 from = anchor - qint64(std::llround(frac * newSpan));
    setRange(from, from + qint64(std::llround(newSpan)));
}

void TimelineViewport::pan(qint64 dt)
{
    setRange(m_from + dt, m_to + dt);
}

void TimelineViewport::fit()
{
    m_following = true;
    apply(0, fitEnd());
}

void TimelineViewport::setScrollY(qreal y, qreal maxY)
{
    const qreal v = qBound<qreal>(0, y, qMax<qreal>(0, maxY));
    if (v == m_scrollY)
        return;
    m_scrollY = v;
    emit changed();
}

void TimelineViewport::apply(qint64 from, qint64 to)
{
    qint64 span = qMax(kMinSpan, to - from);
    // Never further out than a few times the whole run, never scrolled far past either end.
    const qint64 limit = qMax<qint64>(fitEnd() * 4, kMinSpan);
    span = qMin(span, limit);
    from = qBound(-span / 2, from, qMax<qint64>(0, fitEnd() - span / 2));
    if (from == m_from && from + span == m_to)
        return;
    m_from = from;
    m_to = from + span;
    emit changed();
}

} // namespace conlab
