#pragma once

#include "timelinelayout.h"

#include <QCoreApplication>
#include <QFont>
#include <QLineF>
#include <QString>

#include <vector>

class QPainter;

namespace conlab {

// The captions of a run on the timeline, drawn as flags: a pin at the caption's moment across
// its lane row, and the text on a note fixed to the pin (to its right, or to its left where the
// plot ends). Notes close together in one lane stack where the row has room for more than one;
// where it has not, the earlier note is cut short before the next one, so no two overlap and
// every pin stays. The window, the pictures and the hit test share this placement.
class CaptionPainter
{
    Q_DECLARE_TR_FUNCTIONS(CaptionPainter)

public:
    struct Placed
    {
        int index = -1; // into the trace's captions
        int row = -1;   // into the layout's rows
        QLineF pin;     // at the caption's time, down its row
        QRectF note;    // empty where there is no room for text: the pin alone shows
        QString shown;  // the text as it fits on the note
    };

    CaptionPainter(const Trace &trace, const TimelineLayout &layout);

    const std::vector<Placed> &placed() const { return m_placed; }
    void paint(QPainter &p) const;
    // The caption whose note or pin is under `pos` (-1 if none).
    int at(QPointF pos) const;

    // A pin alone: where a caption is about to be added.
    static void paintPin(QPainter &p, const TimelineLayout &layout, int lane, qint64 t);
    // Where a lone note for (lane, t) would go, `width` wide: the inline input opens there.
    static QRectF noteSlot(const TimelineLayout &layout, int lane, qint64 t, qreal width);
    static QFont noteFont(const TimelineLayout &layout, const TimelineLayout::Row &row);
    // What a tooltip says about caption `index`: its whole text, lane and time (rich text).
    static QString describe(const Trace &trace, int index, qint64 unitNs);

private:
    struct Geometry; // sizes for one row, from the layout's type size
    void placeLane(const TimelineLayout::Row &row, std::vector<int> &indices);
    size_t levelFor(const std::vector<int> &lastOnLevel, qreal left, qreal gap);
    void paintNote(QPainter &p, const Placed &placed) const;
    static QLineF pinLine(const TimelineLayout &layout, const TimelineLayout::Row &row, qint64 t);
    static void paintPinLine(QPainter &p, const TimelineLayout &layout, const QLineF &pin);

    const Trace &m_trace;
    const TimelineLayout &m_layout;
    std::vector<Placed> m_placed;
};

} // namespace conlab
