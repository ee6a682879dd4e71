#pragma once

#include <QRectF>
#include <QStringList>

class QPainter;

namespace conlab {

// The head of a picture of many runs: a bold title, a line of facts, and a quieter line that
// says how to read the picture (wrapped, the others elided). Returns the height used.
class TitlePainter
{
public:
    static qreal paint(QPainter &p, const QRectF &area, const QStringList &lines, qreal fontSize);
    // The height paint() uses for `lines` in a column of `width`, known before painting.
    static qreal height(qreal width, const QStringList &lines, qreal fontSize);
    // On screen the pictures are smaller than a slide: type shrinks with them, within reason.
    static qreal fontSize(const QSizeF &logicalSize);
};

} // namespace conlab
