#include "spanfolder.h"

#include "columntimes.h"
#include "pixelmath.h"

#include <algorithm>
#include <limits>

namespace conlab {

namespace {

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
    fold({states.t, states.state, states.event}, layout, end, nullptr, out);
    return out;
}

void SpanFolder::pieces(const LaneIndex::States &states, const TimelineLayout &layout, qint64 end,
                        const ColumnTimes &columns, std::vector<Piece> &out)
{
    fold({states.t, states.state, states.event}, layout, end, &columns, out);
}

namespace {

// The pieces of a lane as they are made: spans narrower than a pixel gather in `pending`, the
// box of their pixel column, which is written out when a span starts in another column.
struct Folding
{
    std::vector<SpanFolder::Piece> &out;
    SpanFolder::Piece pending;
    qint64 pendingDuration = 0;
    bool pendingValid = false;

    void narrow(qreal column, State state, int event, qint64 start, qint64 stop)
    {
        const qint64 duration = stop - start;
        if (pendingValid && pending.x0 == column) {
            if (duration > pendingDuration) { // the pixel shows the longest of its spans
                pending.state = state;
                pending.event = event;
                pendingDuration = duration;
            }
            pending.end = stop;
            ++pending.count;
            return;
        }
        flush();
        pending = {column, column + 1, state, event, start, stop, true, 1};
        pendingDuration = duration;
        pendingValid = true;
    }
    // Spans k … j - 1 of `run`, each followed by one in the same column: all narrower than a
    // pixel, all in `column`. Without a branch per span: a run is a few spans of a crowded
    // pixel, and which of them is longest is anyone's guess.
    void narrowRun(qreal column, const SpanFolder::Run &run, size_t k, size_t j)
    {
        narrow(column, run.state[k], run.event[k], run.t[k], run.t[k + 1]);
        qint64 best = pendingDuration;
        size_t longest = k;
        for (size_t i = k + 1; i < j; ++i) {
            const qint64 duration = run.t[i + 1] - run.t[i];
            longest = duration > best ? i : longest;
            best = duration > best ? duration : best;
        }
        if (longest != k) {
            pending.state = run.state[longest];
            pending.event = run.event[longest];
            pendingDuration = best;
        }
        pending.end = run.t[j];
        pending.count += int(j - k - 1);
    }
    void wide(SpanFolder::Piece p)
    {
        if (pendingValid) {
            flush();
            p.x0 = qMax(p.x0, pending.x1);
        }
        if (p.x1 > p.x0)
            out.push_back(p);
        else if (!out.empty())
            out.back().count += p.count; // hidden under the folded pixel: counted there
    }
    void flush()
    {
        if (pendingValid)
            out.push_back(pending);
        pendingValid = false;
    }
};

// One span, its ends placed exactly as TimelineLayout::x places them.
void foldOne(const TimelineLayout &layout, qreal left, qreal right, State state, int event, qint64 start, qint64 stop,
             Folding &folding)
{
    const qreal from = qMax(layout.x(start), left), till = qMin(layout.x(stop), right);
    if (till - from >= 1)
        folding.wide({from, till, state, event, start, stop, false, 1});
    else
        folding.narrow(PixelMath::floor(from), state, event, start, stop);
}

// Spans from k on, a pixel column at a time: the spans of a column followed by another in the
// same column are narrower than a pixel and in that column, which integer comparisons with the
// column's start times tell; only the column's last span needs its ends placed.
void foldByColumn(const SpanFolder::Run &run, const TimelineLayout &layout, qint64 end, const ColumnTimes &columns,
                  size_t k, Folding &folding)
{
    const size_t n = run.t.size();
    const QRectF plot = layout.plotRect();
    const qreal left = plot.left() - 2, right = plot.right() + 2;
    const qint64 to = layout.to();
    const double perPixel = 1 / layout.nsPerPixel();
    int column = columns.indexOf(run.t[k]);
    for (;;) {
        while (run.t[k] >= columns.start(column + 1))
            ++column;
        // The column's end, if it is a real column (not the far past or future).
        const qint64 next = column + 1 < columns.count() ? columns.start(column + 1) : std::numeric_limits<qint64>::min();
        size_t j = k;
        while (j + 1 < n && run.t[j + 1] < next && run.t[j + 1] <= to)
            ++j;
        if (j > k)
            folding.narrowRun(columns.first() + column, run, k, j);
        if (j + 1 < n && run.t[j + 1] < next) { // stopped by the view's end, still in the column
            folding.narrow(columns.first() + column, run.state[j], run.event[j], run.t[j], run.t[j + 1]);
            return;
        }
        const bool last = j + 1 >= n;
        const qint64 stop = last ? qMax(end, run.t[j]) : run.t[j + 1];
        // Far shorter than a pixel (the margin dwarfs any rounding): narrow, in this column.
        if (double(stop - run.t[j]) * perPixel < 1 - 1e-6 && column + 1 < columns.count())
            folding.narrow(columns.first() + column, run.state[j], run.event[j], run.t[j], stop);
        else
            foldOne(layout, left, right, run.state[j], run.event[j], run.t[j], stop, folding);
        if (last || stop > to)
            return;
        k = j + 1;
    }
}

} // namespace

void SpanFolder::fold(const Run &run, const TimelineLayout &layout, qint64 end, const ColumnTimes *columns,
                      std::vector<Piece> &out)
{
    out.clear();
    const size_t n = run.t.size();
    if (n == 0)
        return;
    // Far-away ends are clamped, so huge zooms stay within sane painter coordinates.
    const QRectF plot = layout.plotRect();
    const qreal left = plot.left() - 2, right = plot.right() + 2;
    const qint64 to = layout.to();
    // The span open at the layout's start: the last State event at or before it, else the first.
    size_t k = size_t(std::upper_bound(run.t.begin(), run.t.end(), layout.from()) - run.t.begin());
    k = k > 0 ? k - 1 : 0;
    Folding folding{out, {}};
    if (columns) {
        foldByColumn(run, layout, end, *columns, k, folding);
        folding.flush();
        return;
    }
    for (;; ++k) {
        const bool last = k + 1 >= n;
        const qint64 start = run.t[k], stop = last ? qMax(end, start) : run.t[k + 1];
        foldOne(layout, left, right, run.state[k], run.event[k], start, stop, folding);
        if (last || stop > to)
            break;
    }
    folding.flush();
}

} // namespace conlab
