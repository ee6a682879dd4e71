#pragma once

#include "trace/trace.h"

#include <QCoreApplication>
#include <QRectF>

#include <vector>

class QPainter;

namespace conlab {

// The key to the picture: a swatch per state that occurs, and the other marks used.
class LegendPainter
{
    Q_DECLARE_TR_FUNCTIONS(LegendPainter)

public:
    struct Item
    {
        enum Kind { StateItem, Hold, Mark, Counter, Flow, Damage } kind = StateItem;
        State state = State::Running;
        QString text;
    };

    // What this trace needs explained; with an empty trace, the common states.
    static std::vector<Item> items(const Trace &trace);
    // Lays the items out in lines within `width`; returns the height they take.
    static qreal height(const std::vector<Item> &items, qreal width, qreal fontSize);
    static void paint(QPainter &p, const QRectF &rect, const std::vector<Item> &items, qreal fontSize);

private:
    static qreal itemWidth(const Item &item, qreal fontSize);
    static void paintSwatch(QPainter &p, const QRectF &box, const Item &item, qreal fontSize);
};

} // namespace conlab
