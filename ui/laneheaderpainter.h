#pragma once

#include "directtarget.h"
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

    // The rows one at a time, top to bottom, with other drawing in between: the timeline
    // writes each row's name right after the row, while its pixels are still in the
    // processor's cache. finish() draws the column's edge. Nothing else may draw in the column
    // meanwhile (the plot's painters are clipped to the plot).
    class Rows
    {
    public:
        Rows(QPainter &p, const Trace &trace, const TimelineLayout &layout, bool arrows);
        // Whether the rows are written into the image (else each is drawn by Qt, clipped alone).
        bool direct() const { return m_target.valid(); }
        void paint(const TimelineLayout::Row &row);
        void finish();

    private:
        QPainter &m_p;
        const Trace &m_trace;
        const TimelineLayout &m_layout;
        bool m_arrows;
        QRectF m_header;
        DirectTarget m_target; // the image as clipped to the column
        // Nothing but the background has been drawn in the column yet, and the background
        // is made of bands as wide as the view: each pixel row of it is one colour. That holds
        // below a row that was copied (a kept picture stays inside its row), not below one drawn.
        bool m_rowsPlain = true;
    };
    // Where a lane row's collapse arrow is (for clicks).
    static QRectF arrowRect(const TimelineLayout &layout, const TimelineLayout::Row &row);
    // Whether rows may be copied from their last picture (on by default; tests compare both).
    static void setKeptRows(bool on);
    // "pid 4242 · tid 4243" and the like.
    static QString idText(const Trace &trace, const Lane &lane);

private:
    // Every row drawn by Qt in one clip (an SVG, a scaled picture), as it always was.
    static void paintAll(QPainter &p, const Trace &trace, const TimelineLayout &layout, bool arrows);
    // A row's words: a lane's name and what it is (kind and ids); a counter's latest value
    // and its name.
    struct RowTexts
    {
        QString first, second;
    };
    static RowTexts rowTexts(const Trace &trace, const TimelineLayout::Row &row);
    // Everything a row's picture depends on but the plain colour under it, its size and the
    // image format (KeptRegions adds those).
    static QByteArray rowKey(const QPainter &p, const Trace &trace, const TimelineLayout &layout,
                             const TimelineLayout::Row &row, const RowTexts &texts, bool arrows, QPointF fraction);
    // The collapse arrow: pointing right when the lane is collapsed, down when open.
    static void paintArrow(QPainter &p, const QRectF &arrow, bool collapsed, const DirectTarget &target);
    // A lane's row or a counter's.
    static void paintRow(QPainter &p, const Trace &trace, const TimelineLayout &layout, const TimelineLayout::Row &row,
                         const RowTexts &texts, bool arrows, const DirectTarget &target);
    static void paintLane(QPainter &p, const Trace &trace, const TimelineLayout &layout,
                          const TimelineLayout::Row &row, const RowTexts &texts, bool arrows,
                          const DirectTarget &target);
    static void paintCounter(QPainter &p, const TimelineLayout &layout, const TimelineLayout::Row &row,
                             const RowTexts &texts, const DirectTarget &target);
};

} // namespace conlab
