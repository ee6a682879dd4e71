#pragma once

#include "trace/trace.h"

#include <QRectF>
#include <QSet>

#include <vector>

namespace conlab {

class TraceIndex;

// Sizes of the timeline's parts in layout pixels. Exports scale them to the picture.
struct TimelineMetrics
{
    qreal headerWidth = 230;
    qreal axisHeight = 46;
    qreal laneHeight = 50;
    qreal collapsedHeight = 16;
    qreal counterHeight = 40;
    qreal groupGap = 10;
    qreal indent = 18;
    qreal fontSize = 13;

    TimelineMetrics scaled(qreal f) const;
    // Rows stretched (by at most `maxStretch`, type unchanged) so few lanes fill `height`.
    TimelineMetrics stretchedRows(qreal contentHeight, qreal height, qreal minStretch, qreal maxStretch) const;
};

// Where everything goes: time ↔ x, lane ↔ y, one row per lane (grouped under its process) and
// one per counter of a lane. Pure geometry computed from a Trace; it holds no widget state, so
// the window, the PNG and the SVG lay out the same way and tests need no GUI.
class TimelineLayout
{
public:
    struct Row
    {
        enum Kind { Lane, Counter } kind = Lane;
        int lane = -1;
        int counter = -1; // Counter rows: the counter's label id
        int depth = 0;    // indentation under the process
        int group = 0;    // index of the process group
        bool groupStart = false;
        bool collapsed = false;
        bool hasChildren = false;
        qreal top = 0;
        qreal height = 0;
        qreal bottom() const { return top + height; }
    };

    TimelineLayout() = default;
    // `area` holds the header column, the axis and the rows; rows start `scrollY` pixels up.
    // With an index of the trace, the rows are laid out without reading its events.
    TimelineLayout(const Trace &trace, const QRectF &area, const TimelineMetrics &metrics, qint64 from, qint64 to,
                   qreal scrollY = 0, const QSet<int> &collapsed = {}, const TraceIndex *index = nullptr);

    const TimelineMetrics &metrics() const { return m_metrics; }
    QRectF area() const { return m_area; }
    QRectF axisRect() const;
    QRectF headerRect() const; // the lane names column, below the axis
    QRectF plotRect() const;   // where time runs, below the axis

    qint64 from() const { return m_from; }
    qint64 to() const { return m_to; }
    double nsPerPixel() const;
    // Inline: called for every event drawn.
    qreal x(qint64 t) const { return m_plotLeft + qreal(double(t - m_from) / m_nsPerPixel); }
    qint64 time(qreal x) const;
    bool isVisible(qint64 start, qint64 end) const { return end >= m_from && start <= m_to; }

    const std::vector<Row> &rows() const { return m_rows; }
    const Row *rowAt(qreal y) const;
    const Row *laneRow(int lane) const;
    qreal contentHeight() const { return m_contentHeight; }
    qreal maxScrollY() const;

    // Parts of a lane row: marks on top, the state bar, the lock-holding band below.
    QRectF rowRect(const Row &row) const; // across the plot
    QRectF barRect(const Row &row) const;
    QRectF markRect(const Row &row) const;
    QRectF holdRect(const Row &row) const;

    // Lanes in display order with their depth and group, before any geometry.
    struct Entry
    {
        int lane;
        int depth;
        int group;
        bool hasChildren;
    };
    static std::vector<Entry> order(const Trace &trace);
    // The lane that stands for the process a lane belongs to.
    static int groupRoot(const Trace &trace, int lane);
    // Counters recorded on a lane, in order of first appearance.
    static std::vector<int> counters(const Trace &trace, int lane);

private:
    void buildRows(const Trace &trace, const QSet<int> &collapsed, const TraceIndex *index);

    TimelineMetrics m_metrics;
    QRectF m_area;
    qint64 m_from = 0;
    qint64 m_to = 1;
    qreal m_scrollY = 0;
    qreal m_contentHeight = 0;
    qreal m_plotLeft = 0; // x() is called for every event drawn: its terms are kept
    double m_nsPerPixel = 1;
    std::vector<Row> m_rows;
};

} // namespace conlab
