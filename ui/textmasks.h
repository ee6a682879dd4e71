#pragma once

#include <QFont>
#include <QImage>
#include <QPoint>
#include <QStaticText>

#include <vector>

namespace conlab {

class DirectTarget;

// One text's coverage, kept so that writing it again is a blend of bytes instead of a trip
// through Qt's text machinery for every glyph (a font lookup, a glyph-cache lookup and a blit
// each, which made up most of a zoomed repaint's text cost). The coverage is Qt's own: each
// glyph is drawn alone by Qt into a clear image, at the place Qt puts it when the text's top
// left is on a whole pixel, and glyphs are blended one after another as Qt blends them (a
// glyph whose coverage meets the one before it starts a piece of its own, so overlapping
// edges blend in Qt's order). Whether the blend gives Qt's pixels is checked once per colour
// and image format, against Qt drawing the text over a noisy background; a font whose glyphs
// Qt blends some other way (Noto CJK's, with gamma) fails the check and is drawn by Qt.
class TextMasks
{
public:
    // `staticText` holds `text` as the caller draws it (QStaticText, plain text).
    TextMasks(const QFont &font, const QString &text, const QStaticText &staticText);

    // Whether Qt draws a widget's text as it draws an image's: not where the screen is set up
    // for sub-pixel antialiasing (colour fringes), which only a widget's text gets. The masks
    // are made and checked on images; asked once, by drawing a text both ways.
    static bool sameForWidgets();
    // Whether draw() in a pen of `color` into an image of `format` gives the pixels
    // QPainter::drawStaticText() gives at a whole-pixel top left.
    bool matchesQt(const QColor &color, QImage::Format format);
    // The text with its top left at device pixel `topLeft` in `color` (the pen's colour as
    // DirectTarget::solid() gives it), clipped to the target's clip.
    void draw(const DirectTarget &target, QPoint topLeft, QRgb color) const;

private:
    struct Piece
    {
        QRect rect; // relative to the text's top left
        std::vector<uchar> coverage; // a byte per pixel of `rect`, row by row
    };
    void build();
    void blendInto(QImage &image, QPoint topLeft, QRgb color) const;

    QFont m_font;
    QString m_text;
    QStaticText m_staticText;
    QSize m_canvas; // what the glyphs were drawn into, the text's top left at (m_pad, m_pad)
    int m_pad = 0;
    std::vector<Piece> m_pieces;
    struct Checked
    {
        quint64 color;
        QImage::Format format;
        bool matches;
    };
    std::vector<Checked> m_checked;
};

} // namespace conlab
