#pragma once

#include <QFont>
#include <QPointF>
#include <QString>

class QPainter;

namespace conlab {

// Text laid out once and kept: the timeline writes the same few words (state names, lane
// names, printed lines, counter values) at every repaint, and shaping them again costs more
// than all the boxes. Widths, elided forms and laid-out glyphs are cached per font and text;
// the cache forgets everything when it grows past a few thousand entries. GUI thread only.
class TextCache
{
public:
    static qreal width(const QFont &font, const QString &text);
    // QString::number(value, 'g', 10), kept: a counter's few values are written at every
    // repaint, and formatting a double costs more than drawing its digits.
    static QString number(double value);
    // `text` elided on the right to fit `width` (whole pixels), as QFontMetricsF::elidedText.
    static QString elided(const QFont &font, const QString &text, qreal width);
    // Draws `text` with its baseline starting at `baseline`, in the painter's pen.
    static void draw(QPainter &p, const QFont &font, QPointF baseline, const QString &text);
    // The same where it gives exactly QPainter::drawText's pixels (on the raster engine, not
    // scaled: a picture at another size places some glyphs a fraction of a pixel apart, an SVG
    // a baseline a hundredth of one); drawText elsewhere.
    static void drawAsText(QPainter &p, const QFont &font, QPointF baseline, const QString &text);
};

} // namespace conlab
