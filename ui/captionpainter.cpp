#include "captionpainter.h"

#include "runsummary.h"
#include "textcache.h"
#include "timelinetheme.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <map>

namespace conlab {

// Sizes for the notes of one row, all from the layout's type size, so presentation mode and
// big pictures scale them with everything else.
struct CaptionPainter::Geometry
{
    qreal height = 0;   // of a note
    qreal pad = 0;      // text inset
    qreal gap = 0;      // between notes on one level
    qreal maxWidth = 0; // longer texts are elided (the tooltip has them whole)
    QFont font;
    std::vector<qreal> levels; // centres of the rows of notes, the one over the bar first

    Geometry(const TimelineLayout &layout, const TimelineLayout::Row &row)
    {
        const qreal fs = layout.metrics().fontSize;
        height = std::min(fs * 1.6, row.height * 0.46);
        font = noteFont(layout, row);
        pad = font.pixelSize() * 0.5;
        gap = fs * 0.35;
        maxWidth = fs * 22;
        // Over the bar first, where the eye is; then above and below it while whole notes fit.
        const qreal centre = layout.barRect(row).center().y();
        const qreal pitch = height + std::max<qreal>(2, fs * 0.15);
        levels.push_back(centre);
        for (int k = 1; k < 4; ++k) {
            for (const qreal c : {centre - k * pitch, centre + k * pitch}) {
                if (c - height / 2 >= row.top + 1 && c + height / 2 <= row.bottom() - 1)
                    levels.push_back(c);
            }
        }
    }
};

CaptionPainter::CaptionPainter(const Trace &trace, const TimelineLayout &layout)
    : m_trace(trace)
    , m_layout(layout)
{
    // Captions per lane row, in the order of their time (the list's order for equal times).
    std::map<int, std::vector<int>> byRow;
    const auto &rows = layout.rows();
    const QRectF plot = layout.plotRect();
    for (size_t i = 0; i < trace.captions.size(); ++i) {
        const TimelineLayout::Row *row = layout.laneRow(trace.captions[i].lane);
        if (!row || row->kind != TimelineLayout::Row::Lane || row->bottom() < plot.top() || row->top > plot.bottom())
            continue;
        byRow[int(row - rows.data())].push_back(int(i));
    }
    for (auto &[row, indices] : byRow) {
        std::stable_sort(indices.begin(), indices.end(),
                         [&trace](int a, int b) { return trace.captions[size_t(a)].t < trace.captions[size_t(b)].t; });
        placeLane(rows[size_t(row)], indices);
    }
}

QFont CaptionPainter::noteFont(const TimelineLayout &layout, const TimelineLayout::Row &row)
{
    const qreal fs = layout.metrics().fontSize;
    return TimelineTheme::font(std::min(fs * 0.92, std::min(fs * 1.6, row.height * 0.46) * 0.62));
}

QLineF CaptionPainter::pinLine(const TimelineLayout &layout, const TimelineLayout::Row &row, qint64 t)
{
    // On the middle of a pixel, so a 1-pixel-wide pin is one crisp column.
    const qreal x = std::floor(layout.x(t)) + 0.5;
    const qreal inset = row.collapsed ? 1 : row.height * 0.05;
    return {x, row.top + inset, x, row.bottom() - inset};
}

void CaptionPainter::placeLane(const TimelineLayout::Row &row, std::vector<int> &indices)
{
    const QRectF plot = m_layout.plotRect();
    const Geometry g(m_layout, row);
    std::vector<int> lastOnLevel(g.levels.size(), -1); // into m_placed
    const size_t first = m_placed.size();
    for (const int index : indices) {
        const Caption &c = m_trace.captions[size_t(index)];
        const QLineF pin = pinLine(m_layout, row, c.t);
        const qreal x = pin.x1();
        if (x < plot.left() - g.maxWidth || x > plot.right() + 1)
            continue; // out of view: nothing of it would show
        Placed placed{index, int(&row - m_layout.rows().data()), pin, {}, c.text.simplified()};
        if (row.collapsed) {
            m_placed.push_back(placed);
            continue;
        }
        qreal width = std::clamp(TextCache::width(g.font, placed.shown) + 2 * g.pad, g.height, g.maxWidth);
        qreal left = x;
        if (x + width > plot.right()) {
            if (x - width >= plot.left())
                left = x - width; // the flag hangs the other way at the plot's end
            else
                width = std::max(plot.right() - x, g.height);
        }
        const size_t level = levelFor(lastOnLevel, left, g.gap);
        placed.note = QRectF(left, g.levels[level] - g.height / 2, width, g.height);
        lastOnLevel[level] = int(m_placed.size());
        m_placed.push_back(placed);
    }
    // The text as it fits the notes' final widths.
    for (size_t i = first; i < m_placed.size(); ++i) {
        Placed &p = m_placed[i];
        if (p.note.isEmpty())
            continue;
        p.shown = TextCache::elided(g.font, p.shown, p.note.width() - 2 * g.pad);
        if (p.shown.isEmpty() || p.shown == QStringLiteral("…"))
            p.shown.clear();
    }
}

// The first level free from `left` on. If none is, the one whose last note ends first gives
// way: that note is cut short before the new one, or loses its text and keeps its pin.
size_t CaptionPainter::levelFor(const std::vector<int> &lastOnLevel, qreal left, qreal gap)
{
    const auto end = [this](int placed) { return m_placed[size_t(placed)].note.right(); };
    for (size_t level = 0; level < lastOnLevel.size(); ++level) {
        if (lastOnLevel[level] < 0 || end(lastOnLevel[level]) + gap <= left)
            return level;
    }
    const auto first = std::min_element(lastOnLevel.begin(), lastOnLevel.end(),
                                        [&end](int a, int b) { return end(a) < end(b); });
    QRectF &before = m_placed[size_t(*first)].note;
    before.setRight(left - gap);
    if (before.width() < m_layout.metrics().fontSize * 5) // a letter and "…" tell nothing
        before = QRectF();
    return size_t(first - lastOnLevel.begin());
}

void CaptionPainter::paintPinLine(QPainter &p, const TimelineLayout &layout, const QLineF &pin)
{
    const qreal fs = layout.metrics().fontSize;
    const bool high = TimelineTheme::isHighContrast();
    const qreal width = std::max<qreal>(1, fs * (high ? 0.16 : 0.11));
    p.setPen(QPen(TimelineTheme::captionEdge(), width, Qt::SolidLine, Qt::FlatCap));
    p.drawLine(pin);
    // The pin's head: a dot at the top, so a caption whose note was cut away still shows.
    const qreal r = std::max<qreal>(2, fs * 0.27);
    p.setBrush(TimelineTheme::captionEdge());
    p.setPen(Qt::NoPen);
    p.drawEllipse(QPointF(pin.x1(), pin.y1() + r), r, r);
}

void CaptionPainter::paint(QPainter &p) const
{
    if (m_placed.empty())
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    for (const Placed &placed : m_placed)
        paintPinLine(p, m_layout, placed.pin);
    for (const Placed &placed : m_placed) {
        if (!placed.note.isEmpty())
            paintNote(p, placed);
    }
    p.restore();
}

void CaptionPainter::paintNote(QPainter &p, const Placed &placed) const
{
    const qreal fs = m_layout.metrics().fontSize;
    const bool high = TimelineTheme::isHighContrast();
    const QRectF note = placed.note;
    const qreal radius = std::min(note.height() * 0.2, fs * 0.3);
    // A soft shadow lifts the note off the spans under it.
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, TimelineTheme::isDark() ? 90 : 45));
    p.drawRoundedRect(note.translated(fs * 0.12, fs * 0.14), radius, radius);
    p.setBrush(TimelineTheme::captionFill());
    p.setPen(QPen(TimelineTheme::captionEdge(), std::max<qreal>(1, fs * (high ? 0.16 : 0.09))));
    p.drawRoundedRect(note, radius, radius);
    if (placed.shown.isEmpty())
        return;
    const QFont font = noteFont(m_layout, m_layout.rows()[size_t(placed.row)]);
    const QFontMetricsF fm(font);
    p.setPen(TimelineTheme::captionText());
    const qreal pad = font.pixelSize() * 0.5;
    TextCache::draw(p, font, QPointF(note.left() + pad, note.center().y() + (fm.ascent() - fm.descent()) / 2),
                    placed.shown);
}

int CaptionPainter::at(QPointF pos) const
{
    // Notes first, the last drawn on top; then pins, a few pixels either side of the line.
    for (auto it = m_placed.rbegin(); it != m_placed.rend(); ++it) {
        if (!it->note.isEmpty() && it->note.adjusted(-1, -1, 1, 1).contains(pos))
            return it->index;
    }
    const qreal reach = std::max<qreal>(3, m_layout.metrics().fontSize * 0.3);
    for (auto it = m_placed.rbegin(); it != m_placed.rend(); ++it) {
        if (std::abs(pos.x() - it->pin.x1()) <= reach && pos.y() >= it->pin.y1() - 1 && pos.y() <= it->pin.y2() + 1)
            return it->index;
    }
    return -1;
}

void CaptionPainter::paintPin(QPainter &p, const TimelineLayout &layout, int lane, qint64 t)
{
    const TimelineLayout::Row *row = layout.laneRow(lane);
    if (!row)
        return;
    p.save();
    p.setClipRect(layout.plotRect());
    p.setRenderHint(QPainter::Antialiasing, true);
    paintPinLine(p, layout, pinLine(layout, *row, t));
    p.restore();
}

QRectF CaptionPainter::noteSlot(const TimelineLayout &layout, int lane, qint64 t, qreal width)
{
    const TimelineLayout::Row *row = layout.laneRow(lane);
    if (!row)
        return {};
    const Geometry g(layout, *row);
    const QRectF plot = layout.plotRect();
    const qreal x = pinLine(layout, *row, t).x1();
    const qreal left = x + width > plot.right() && x - width >= plot.left() ? x - width : x;
    return {left, g.levels.front() - g.height / 2, width, g.height};
}

QString CaptionPainter::describe(const Trace &trace, int index, qint64 unitNs)
{
    if (index < 0 || size_t(index) >= trace.captions.size())
        return {};
    const Caption &c = trace.captions[size_t(index)];
    const Lane *lane = trace.lane(c.lane);
    const QString name = lane ? lane->name : QString::number(c.lane);
    return QStringLiteral("<b>%1</b><br>").arg(c.text.toHtmlEscaped()) +
           tr("Caption on %1 at %2").arg(name.toHtmlEscaped(), RunSummary::timeText(c.t, unitNs)) +
           QStringLiteral("<br><i>%1</i>").arg(tr("Double-click to edit it; right-click to remove it."));
}

} // namespace conlab
