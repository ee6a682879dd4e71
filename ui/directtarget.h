#pragma once

#include <QPoint>
#include <QRect>
#include <QRgb>

class QColor;
class QImage;
class QPainter;

namespace conlab {

// The image a raster painter draws into, for what the timeline writes there itself: text from
// kept coverage (TextMasks), boxes, strips, hairlines (Hairlines), ready images of marks and
// kept rows of names (KeptRegions), each by the rule Qt's raster engine follows for it, so
// the pixels are the ones Qt would write (tst_pixelrules, tst_textmasks). Valid only on the
// raster engine on a 32-bit image (the window's backing store, a picture), with a whole-pixel
// translation for transform, source-over at full opacity, and a clip of one rectangle on
// whole pixels. Anywhere else (an SVG, a scaled picture, a clip path) callers draw through
// the painter.
class DirectTarget
{
public:
    explicit DirectTarget(const QPainter &p);
    // The raster engine with a whole-pixel translation for transform: where the timeline's
    // pixel rules (and text on whole pixels) apply, with or without writing directly.
    static bool wholePixels(const QPainter &p);

    bool valid() const { return m_image != nullptr; }
    // The premultiplied pixel Qt's raster engine blends for a solid `color` (it premultiplies
    // at 16 bits a channel, which for some translucent colours is a step off qPremultiply()).
    static QRgb solid(const QColor &color);
    // `color` (premultiplied) over the pixel `under`, as a solid fill blends it.
    static QRgb over(QRgb under, QRgb color);
    QImage *image() const { return m_image; }
    QPoint offset() const { return m_offset; } // device = logical + offset
    QRect clip() const { return m_clip; }       // device pixels that may be written
    // Device row `y`'s pixels (for reading and copying; inside the clip only).
    QRgb *row(int y) const { return reinterpret_cast<QRgb *>(m_bits + qsizetype(y) * m_stride); }

    // `color` (premultiplied) blended over device pixels by 8-bit coverage, as Qt blends a
    // glyph's coverage in a solid pen: coverage rows of `width` bytes, `stride` apart, the
    // first at device (x, y); clipped.
    void blendCoverage(int x, int y, const uchar *coverage, int width, int height, int stride, QRgb color) const;
    // Device pixels `rect` filled with `color` (premultiplied), as a fill with a solid brush
    // blends it (source-over); clipped.
    void fillRect(const QRect &rect, QRgb color) const;
    // A premultiplied image drawn with its top left at device (x, y), as drawImage() draws it
    // (source-over); clipped.
    void blendImage(int x, int y, const QImage &premultiplied) const;
    // The same into any 32-bit image, clipped to `clip` (for checking the blend against Qt's).
    static void blendCoverage(QImage &image, QRect clip, int x, int y, const uchar *coverage, int width, int height,
                              int stride, QRgb color);

private:
    static void blend(uchar *bits, qsizetype bytesPerLine, QRect clip, int x, int y, const uchar *coverage, int width,
                      int height, int stride, QRgb color);

    QImage *m_image = nullptr;
    uchar *m_bits = nullptr;
    qsizetype m_stride = 0;
    QPoint m_offset;
    QRect m_clip;
};

} // namespace conlab
