#pragma once

#include "timelinelayout.h"

#include <QCoreApplication>

class QPainter;

namespace conlab {

// The column of lane names: colour chip, collapse arrow, kind icon, name and ids; counter
// rows show the counter's name and its latest value.
class LaneHeaderPainter
{
    Q_DECLARE_TR_FUNCTIONS(LaneHeaderPainter)

public:
    static void paint(QPainter &p, const Trace &trace, const TimelineLayout &layout, bool arrows = true);

    // Where a lane row's collapse arrow is (for clicks).
    static QRectF arrowRect(const TimelineLayout &layout, const TimelineLayout::Row &row);
    // "pid 4242 · tid 4243" and the like.
    static QString idText(const Trace &trace, const Lane &lane);

private:
    // A row's words: a lane's name and what it is (kind and ids); a counter's latest value
    // and its name.
    struct RowTexts
    {
        QString first, second;
    };
    static RowTexts rowTexts(const Trace &trace, const TimelineLayout::Row &row);
    // The row from its picture made once, where that gives the pixels drawing it gives (a raster
    // painter, the row's drawing inside its whole device rows): false where it is to be drawn.
    static bool paintKept(QPainter &p, const Trace &trace, const TimelineLayout &layout, const TimelineLayout::Row &row,
                          const RowTexts &texts, bool arrows);
    // The collapse arrow: pointing right when the lane is collapsed, down when open.
    static void paintArrow(QPainter &p, const QRectF &arrow, bool collapsed);
    // A lane's row or a counter's.
    static void paintRow(QPainter &p, const Trace &trace, const TimelineLayout &layout, const TimelineLayout::Row &row,
                         const RowTexts &texts, bool arrows);
    static void paintLane(QPainter &p, const Trace &trace, const TimelineLayout &layout,
                          const TimelineLayout::Row &row, const RowTexts &texts, bool arrows);
    static void paintCounter(QPainter &p, const TimelineLayout &layout, const TimelineLayout::Row &row,
                             const RowTexts &texts);
};

} // namespace conlab
