#include "timelinehit.h"

#include "laneheaderpainter.h"
#include "runsummary.h"
#include "spanfolder.h"
#include "timeaxis.h"
#include "timelinetheme.h"

#include <cmath>

namespace conlab {

TimelineHit TimelineHit::at(const Trace &trace, const TimelineLayout &layout, QPointF pos, qint64 end)
{
    const TimelineLayout::Row *row = layout.rowAt(pos.y());
    if (!row || pos.y() < layout.plotRect().top())
        return {};
    if (layout.headerRect().contains(pos)) {
        TimelineHit hit;
        hit.lane = row->lane;
        const bool onArrow = row->kind == TimelineLayout::Row::Lane &&
                             LaneHeaderPainter::arrowRect(layout, *row).adjusted(-6, -6, 6, 6).contains(pos);
        hit.kind = onArrow ? CollapseArrow : Header;
        return hit;
    }
    if (!layout.plotRect().contains(pos))
        return {};
    if (row->kind == TimelineLayout::Row::Counter)
        return counterAt(trace, layout, *row, pos.x());
    if (layout.markRect(*row).contains(pos)) {
        const TimelineHit mark = markAt(trace, layout, *row, pos.x());
        if (mark.kind != None)
            return mark;
    }
    return spanAt(trace, layout, *row, pos.x(), end);
}

TimelineHit TimelineHit::markAt(const Trace &trace, const TimelineLayout &layout, const TimelineLayout::Row &row,
                                qreal x)
{
    const qint64 slack = qint64(layout.nsPerPixel() * 6);
    const qint64 t = layout.time(x);
    const auto &ev = trace.events(row.lane);
    TimelineHit best;
    qint64 bestDistance = slack + 1;
    for (const Event &e : trace.range(row.lane, t - slack, t + slack + 1)) {
        const qint64 d = qAbs(e.t - t);
        if (e.type == EventType::Mark && d < bestDistance) {
            bestDistance = d;
            best.kind = Mark;
            best.lane = row.lane;
            best.event = int(&e - ev.data());
            best.start = best.end = e.t;
        }
    }
    return best;
}

TimelineHit TimelineHit::spanAt(const Trace &trace, const TimelineLayout &layout, const TimelineLayout::Row &row,
                                qreal x, qint64 end)
{
    // Hit what is drawn: a folded pixel answers for the span it shows.
    for (const SpanFolder::Piece &piece : SpanFolder::pieces(trace, row.lane, layout, end)) {
        if (x >= std::floor(piece.x0) - 0.5 && x < std::ceil(piece.x1) + 0.5) {
            TimelineHit hit;
            hit.kind = Span;
            hit.lane = row.lane;
            hit.event = piece.event;
            hit.start = trace.events(row.lane)[size_t(piece.event)].t;
            hit.end = SpanFolder::spanEnd(trace, row.lane, piece.event, end);
            return hit;
        }
    }
    return {};
}

TimelineHit TimelineHit::counterAt(const Trace &trace, const TimelineLayout &layout, const TimelineLayout::Row &row,
                                   qreal x)
{
    const auto &ev = trace.events(row.lane);
    for (int i = trace.lastAtOrBefore(row.lane, layout.time(x)); i >= 0; --i) {
        const Event &e = ev[size_t(i)];
        if (e.type == EventType::Counter && e.label == row.counter) {
            TimelineHit hit;
            hit.kind = Counter;
            hit.lane = row.lane;
            hit.event = i;
            hit.start = hit.end = e.t;
            return hit;
        }
    }
    return {};
}

QString TimelineHit::describe(const Trace &trace, qint64 unitNs, bool richText) const
{
    const Lane *l = trace.lane(lane);
    if (!l || kind == None)
        return {};
    const QString name = richText ? QStringLiteral("<b>%1</b>").arg(l->name.toHtmlEscaped()) : l->name;
    const QString sep = richText ? QStringLiteral("<br>") : QStringLiteral(" · ");
    const auto &ev = trace.events(lane);
    if (kind == Header || kind == CollapseArrow)
        return name + sep + TimelineTheme::laneKindTitle(l->kind) + QStringLiteral(" · ") +
               LaneHeaderPainter::idText(trace, *l);
    if (event < 0 || size_t(event) >= ev.size())
        return {};
    const Event &e = ev[size_t(event)];
    const QString at = tr("at %1").arg(RunSummary::timeText(start, unitNs));
    auto esc = [richText](const QString &s) { return richText ? s.toHtmlEscaped() : s; };
    switch (kind) {
    case Span: {
        QString s = name + sep + TimelineTheme::stateTitle(e.state);
        if (e.label >= 0)
            s += QStringLiteral(": ") + esc(trace.label(e.label));
        return s + sep + tr("from %1").arg(RunSummary::timeText(start, unitNs)) + sep +
               tr("for %1").arg(RunSummary::timeText(end - start, unitNs));
    }
    case Mark: {
        const QString what = e.aux == int(MarkKind::Output) ? tr("prints") : tr("mark");
        return name + sep + what + QStringLiteral(" “") + esc(trace.label(e.label)) + QStringLiteral("”") + sep + at;
    }
    case Counter:
        return name + sep + esc(trace.label(e.label)) + QStringLiteral(" = ") + QString::number(e.value, 'g', 10) +
               sep + tr("since %1").arg(RunSummary::timeText(start, unitNs));
    default:
        return {};
    }
}

} // namespace conlab
