#pragma once

#include "laneindex.h"
#include "timelinelayout.h"

#include <span>
#include <vector>

namespace conlab {

class ColumnTimes;

// Turns a lane's state spans in the visible range into the boxes to draw. Spans narrower than
// a pixel are folded into one-pixel boxes (one per pixel column, showing the longest of them and
// counting them all), so a million short spans cost a few thousand boxes and a single short
// span never vanishes. The visible range is found by binary search, not by reading from the start.
class SpanFolder
{
public:
    struct Piece
    {
        qreal x0 = 0;
        qreal x1 = 0;
        State state = State::Running;
        int event = -1; // index in trace.events(lane) of the State event shown
        qint64 start = 0;
        qint64 end = 0;
        bool folded = false;
        int count = 1; // spans folded into this box
    };

    // `end` is where the lane's last state stops (the trace end, or "now" while live).
    static std::vector<Piece> pieces(const Trace &trace, int lane, const TimelineLayout &layout, qint64 end);
    // The same from the lane's State events as the index keeps them, into `out` (cleared first):
    // it reads 13 bytes per span instead of every event of the lane, and divides only for spans
    // that reach into another pixel column (`columns`: the layout's).
    static void pieces(const LaneIndex::States &states, const TimelineLayout &layout, qint64 end,
                       const ColumnTimes &columns, std::vector<Piece> &out);
    // Index of the State event whose span holds t (-1 if none).
    static int stateAt(const Trace &trace, int lane, qint64 t);
    // Where the span of State event `index` ends.
    static qint64 spanEnd(const Trace &trace, int lane, int index, qint64 end);

    // State changes in time order: the spans to fold run from the last one at or before the
    // layout's start to the first one after its end.
    struct Run
    {
        std::span<const qint64> t;
        std::span<const State> state;
        std::span<const qint32> event;
    };

private:
    static void fold(const Run &run, const TimelineLayout &layout, qint64 end, const ColumnTimes *columns,
                     std::vector<Piece> &out);
};

} // namespace conlab
