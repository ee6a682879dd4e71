#pragma once

#include "spanfolder.h"
#include "timelinelayout.h"

#include <QCoreApplication>
#include <QFont>
#include <QPen>
#include <QRect>
#include <QRectF>

#include <array>
#include <vector>

class QPainter;

namespace conlab {

class ColumnTimes;
class TraceIndex;

// What the painter needs besides the trace and the layout.
struct TimelinePaintOptions
{
    qint64 now = -1;         // >= 0 while live: spans run up to now and the "now" line shows
    bool endAtNow = false;   // replay: spans stop at now, though the trace's axis runs on to its end
    qint64 unitNs = 0;       // the run's unit, for the axis (0: none)
    int selectedLane = -1;   // the selected span: lane and index of its State event
    int selectedEvent = -1;
    bool arrows = true;      // collapse arrows in the lane headers (not in pictures)
    const TraceIndex *index = nullptr; // the trace's index, if the caller keeps one (else built per paint)
};

// Draws a Trace through a TimelineLayout onto any QPainter device: the window, a QImage, an
// SVG. It only reads; everything it draws is inside the layout's area.
class TimelinePainter
{
    Q_DECLARE_TR_FUNCTIONS(TimelinePainter)

public:
    TimelinePainter(const Trace &trace, const TimelineLayout &layout, const TimelinePaintOptions &options = {});

    void paint(QPainter &p) const;

    // The end of the lanes' last spans: the trace's end, or now while live.
    qint64 endTime() const;
    // The run's unit from its parameters (0 if it has none).
    static qint64 unitOf(const Trace &trace);

private:
    // Above this many boxes in a lane, the boxes are written into an image strip.
    static constexpr size_t kStripPieces = 600;

    void paintSpans(QPainter &p, const TimelineLayout::Row &row, const TraceIndex &index,
                    const ColumnTimes &columns) const;
    void paintSpanBoxes(QPainter &p, const QRectF &bar, const std::vector<SpanFolder::Piece> &pieces,
                        qreal minWidth) const;
    void paintSpanStrip(QPainter &p, const QRectF &bar, const std::vector<SpanFolder::Piece> &pieces) const;
    void paintSpanLabels(QPainter &p, const TimelineLayout::Row &row, const std::vector<SpanFolder::Piece> &pieces) const;
    // How a span's label is written in boxes of one height: made once per height.
    struct LabelStyle
    {
        qreal height = -1;
        QFont font;
        qreal baseline = 0; // from the box's middle
        qreal pad = 0;
        QPen pen;
    };
    void paintSpanLabel(QPainter &p, const QRectF &box, const QString &text, const QColor &fill,
                        LabelStyle &style) const;
    // A state's name, as the current translation has it: asked once per repaint.
    const QString &stateTitle(State state) const;
    struct HoldBox
    {
        QRectF rect;
        int label;
        int level;
    };
    void paintHolds(QPainter &p, const TimelineLayout::Row &row, const TraceIndex &index) const;
    void paintHoldBoxes(QPainter &p, const std::vector<HoldBox> &boxes, int level) const;
    void paintHoldLabels(QPainter &p, const std::vector<HoldBox> &boxes) const;

    const Trace &m_trace;
    const TimelineLayout &m_layout;
    TimelinePaintOptions m_options;
    mutable std::array<QString, StateCount> m_stateTitles;
};

} // namespace conlab
