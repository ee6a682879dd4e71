#pragma once

#include <QFont>
#include <QPointF>
#include <QString>

class QPainter;

namespace conlab {

// Text laid out once and kept: the timeline writes the same few words (state names, lane
// names, printed lines, counter values) at every repaint, and shaping them again costs more
// than all the boxes. Widths, elided forms and laid-out glyphs are kept per font and text,
// found with one lookup; the cache forgets everything when it grows past a few
// thousand texts. GUI thread only.
class TextCache
{
public:
    static qreal width(const QFont &font, const QString &text);
    // QString::number(value, 'g', 10), kept: a counter's few values are written at every
    // repaint, and formatting a double costs more than drawing its digits.
    static QString number(double value);
    // `text` elided on the right to fit `width` (whole pixels), as QFontMetricsF::elidedText.
    static QString elided(const QFont &font, const QString &text, qreal width);
    // Draws `text` with its baseline starting at `baseline`, in the painter's pen, from its kept
    // layout. On the raster engine with a whole-pixel translation (the window, a picture at its
    // reference size) the text's top left goes to the nearest whole pixel, so that a text keeps
    // its very pixels as the view pans.
    static void draw(QPainter &p, const QFont &font, QPointF baseline, const QString &text);
    // `text` elided to `width` and drawn as draw() draws it, unless nothing but an ellipsis is
    // left: the drawn text's width, or -1 if none was drawn.
    static qreal drawFitted(QPainter &p, const QFont &font, QPointF baseline, const QString &text, qreal width);
    // draw() from a picture of the text made once over `plain` (opaque), where that gives the
    // same pixels: on the raster engine with a whole-pixel translation, and only if the picture
    // falls on whole pixels of `within` (painter coordinates), under which nothing but `plain`
    // lies. False where it does not: the caller draws.
    static bool drawOver(QPainter &p, const QFont &font, QPointF baseline, const QString &text, const QColor &plain,
                         const QRectF &within);
    // The same on the raster engine with a whole-pixel translation; QPainter::drawText
    // elsewhere (a picture at another size places glyphs a fraction of a pixel apart from
    // QStaticText, an SVG a baseline a hundredth of one).
    static void drawAsText(QPainter &p, const QFont &font, QPointF baseline, const QString &text);
};

} // namespace conlab
