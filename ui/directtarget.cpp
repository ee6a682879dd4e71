#include "directtarget.h"

#include "pixelmath.h"

#include <QColor>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QRegion>

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif

namespace conlab {

namespace {

// x * a / 255 on each byte of a pixel, rounded as Qt's raster engine rounds it (BYTE_MUL).
inline QRgb byteMul(QRgb x, uint a)
{
    quint64 t = ((quint64(x) | (quint64(x) << 24)) & 0x00ff00ff00ff00ffULL) * a;
    t = (t + ((t >> 8) & 0x00ff00ff00ff00ffULL) + 0x0080008000800080ULL) >> 8;
    t &= 0x00ff00ff00ff00ffULL;
    return QRgb(t) | QRgb(t >> 24);
}

} // namespace

QRgb DirectTarget::solid(const QColor &color)
{
    return qPremultiply(color.rgba64()).toArgb32();
}

QRgb DirectTarget::over(QRgb under, QRgb color)
{
    return color + byteMul(under, 255 - qAlpha(color));
}

bool DirectTarget::wholePixels(const QPainter &p)
{
    const QTransform &t = p.deviceTransform();
    return p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster && t.type() <= QTransform::TxTranslate &&
           PixelMath::whole(t.dx()) && PixelMath::whole(t.dy());
}

DirectTarget::DirectTarget(const QPainter &p)
{
    if (!wholePixels(p) || p.compositionMode() != QPainter::CompositionMode_SourceOver || p.opacity() != 1.0)
        return;
    QPaintEngine *engine = p.paintEngine();
    if (!engine->paintDevice() || engine->paintDevice()->devType() != QInternal::Image)
        return;
    auto *image = static_cast<QImage *>(engine->paintDevice());
    if (image->format() != QImage::Format_ARGB32_Premultiplied && image->format() != QImage::Format_RGB32)
        return;
    const QTransform &t = p.deviceTransform();
    const QPoint offset(int(t.dx()), int(t.dy()));
    QRect clip = image->rect();
    // What the paint event may touch (a widget's region, the part being repainted).
    if (const QRegion system = engine->systemClip(); !system.isEmpty()) {
        if (system.rectCount() != 1)
            return;
        clip &= system.boundingRect();
    }
    if (p.hasClipping()) {
        const QRegion region = p.clipRegion();
        if (region.rectCount() > 1)
            return;
        // A clip on fractions of a pixel is rounded by rules of Qt's own: not guessed here.
        const QRectF exact = p.clipBoundingRect();
        if (region.rectCount() == 1 && QRectF(region.boundingRect()) != exact)
            return;
        clip &= region.boundingRect().translated(offset);
    }
    m_image = image;
    m_bits = image->bits(); // the buffer the engine writes (it detached the image when it began)
    m_stride = image->bytesPerLine();
    m_offset = offset;
    m_clip = clip;
}

void DirectTarget::blendCoverage(int x, int y, const uchar *coverage, int width, int height, int stride,
                                 QRgb color) const
{
    blend(m_bits, m_stride, m_clip, x, y, coverage, width, height, stride, color);
}

void DirectTarget::blendImage(int x, int y, const QImage &premultiplied) const
{
    const QRect area = QRect(QPoint(x, y), premultiplied.size()) & m_clip;
    for (int row = area.top(); row <= area.bottom(); ++row) {
        const auto *s = reinterpret_cast<const QRgb *>(premultiplied.constScanLine(row - y)) + (area.left() - x);
        auto *d = reinterpret_cast<QRgb *>(m_bits + qsizetype(row) * m_stride) + area.left();
        for (int i = 0, n = area.width(); i < n; ++i) {
            if (s[i] >= 0xff000000u)
                d[i] = s[i];
            else if (s[i] != 0)
                d[i] = s[i] + byteMul(d[i], 255 - qAlpha(s[i]));
        }
    }
}

void DirectTarget::blendCoverage(QImage &image, QRect clip, int x, int y, const uchar *coverage, int width, int height,
                                 int stride, QRgb color)
{
    blend(image.bits(), image.bytesPerLine(), clip & image.rect(), x, y, coverage, width, height, stride, color);
}

namespace {

// One pixel as Qt blends a solid pen's colour by a glyph's coverage `a`: nothing for 0, the
// colour itself for full coverage of an opaque colour, and otherwise the colour scaled by the
// coverage over what is there scaled by what the result leaves of it. (byteMul by 255 gives
// its argument back, so full coverage of a translucent colour is the same formula.)
inline void blendPixel(QRgb &d, QRgb color, uint a)
{
    const QRgb s = byteMul(color, a);
    d = s + byteMul(d, 255 - qAlpha(s));
}

#if defined(__SSE2__)
// byteMul on eight 16-bit lanes (two pixels), with Qt's rounding: (t + t / 256 + 128) / 256.
inline __m128i byteMul16(__m128i x, __m128i a)
{
    const __m128i t = _mm_mullo_epi16(x, a);
    return _mm_srli_epi16(_mm_add_epi16(_mm_add_epi16(t, _mm_srli_epi16(t, 8)), _mm_set1_epi16(0x80)), 8);
}

// Two pixels (16-bit lanes) of `color16` over `d16` by coverage lanes `a16` (each pixel's
// coverage in its four lanes).
inline __m128i blendTwo(__m128i d16, __m128i color16, __m128i a16)
{
    const __m128i s = byteMul16(color16, a16);
    // Each pixel's alpha (lane 3 of four) in all four of its lanes.
    const __m128i alpha = _mm_shufflehi_epi16(_mm_shufflelo_epi16(s, _MM_SHUFFLE(3, 3, 3, 3)), _MM_SHUFFLE(3, 3, 3, 3));
    return _mm_add_epi16(s, byteMul16(d16, _mm_sub_epi16(_mm_set1_epi16(255), alpha)));
}

// Four pixels at `d` by the four coverage bytes at `c`.
inline void blendFour(QRgb *d, const uchar *c, __m128i color16)
{
    quint32 four;
    std::memcpy(&four, c, 4);
    const __m128i zero = _mm_setzero_si128();
    __m128i a = _mm_cvtsi32_si128(int(four));
    a = _mm_unpacklo_epi8(a, a);
    a = _mm_unpacklo_epi16(a, a); // each coverage byte four times
    const __m128i dst = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d));
    const __m128i lo = blendTwo(_mm_unpacklo_epi8(dst, zero), color16, _mm_unpacklo_epi8(a, zero));
    const __m128i hi = blendTwo(_mm_unpackhi_epi8(dst, zero), color16, _mm_unpackhi_epi8(a, zero));
    _mm_storeu_si128(reinterpret_cast<__m128i *>(d), _mm_packus_epi16(lo, hi));
}
#endif

#if defined(__x86_64__) && defined(__GNUC__)
#define CONLAB_AVX2 1
// The same eight pixels at a time, where the processor has AVX2 (asked once); the same
// arithmetic, so the same pixels. Returns how many pixels of the row it did.
__attribute__((target("avx2"), always_inline)) inline __m256i byteMul256(__m256i x, __m256i a)
{
    const __m256i t = _mm256_mullo_epi16(x, a);
    const __m256i rounded = _mm256_add_epi16(_mm256_add_epi16(t, _mm256_srli_epi16(t, 8)), _mm256_set1_epi16(0x80));
    return _mm256_srli_epi16(rounded, 8);
}

// Four pixels in 16-bit lanes, as blendTwo.
__attribute__((target("avx2"), always_inline)) inline __m256i blendFour256(__m256i d16, __m256i color16, __m256i a16)
{
    const __m256i s = byteMul256(color16, a16);
    const __m256i alpha =
        _mm256_shufflehi_epi16(_mm256_shufflelo_epi16(s, _MM_SHUFFLE(3, 3, 3, 3)), _MM_SHUFFLE(3, 3, 3, 3));
    return _mm256_add_epi16(s, byteMul256(d16, _mm256_sub_epi16(_mm256_set1_epi16(255), alpha)));
}

__attribute__((target("avx2"))) int blendRowAvx2(QRgb *d, const uchar *c, int n, QRgb color, bool opaque)
{
    const __m256i zero = _mm256_setzero_si256(), colors = _mm256_set1_epi32(int(color));
    const __m256i color16 = _mm256_unpacklo_epi8(colors, zero);
    int i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 eight;
        std::memcpy(&eight, c + i, 8);
        if (eight == 0)
            continue;
        auto *at = reinterpret_cast<__m256i *>(d + i);
        if (eight == ~quint64(0) && opaque) {
            _mm256_storeu_si256(at, colors);
            continue;
        }
        // Each coverage byte in all four bytes of its pixel.
        const __m128i bytes = _mm_loadl_epi64(reinterpret_cast<const __m128i *>(c + i));
        const __m256i a = _mm256_mullo_epi32(_mm256_cvtepu8_epi32(bytes), _mm256_set1_epi32(0x01010101));
        const __m256i dst = _mm256_loadu_si256(at);
        const __m256i lo = blendFour256(_mm256_unpacklo_epi8(dst, zero), color16, _mm256_unpacklo_epi8(a, zero));
        const __m256i hi = blendFour256(_mm256_unpackhi_epi8(dst, zero), color16, _mm256_unpackhi_epi8(a, zero));
        _mm256_storeu_si256(at, _mm256_packus_epi16(lo, hi));
    }
    return i;
}

// A translucent colour over a row, eight pixels at a time (as fillRect's SSE2 loop).
__attribute__((target("avx2"))) int fillRowAvx2(QRgb *d, int n, QRgb color)
{
    const __m256i zero = _mm256_setzero_si256(), colors = _mm256_set1_epi32(int(color)),
                  leave = _mm256_set1_epi16(short(255 - qAlpha(color)));
    int i = 0;
    for (; i + 8 <= n; i += 8) {
        auto *at = reinterpret_cast<__m256i *>(d + i);
        const __m256i dst = _mm256_loadu_si256(at);
        const __m256i lo = byteMul256(_mm256_unpacklo_epi8(dst, zero), leave);
        const __m256i hi = byteMul256(_mm256_unpackhi_epi8(dst, zero), leave);
        _mm256_storeu_si256(at, _mm256_add_epi8(_mm256_packus_epi16(lo, hi), colors));
    }
    return i;
}

bool hasAvx2()
{
    static const bool has = __builtin_cpu_supports("avx2");
    return has;
}
#endif

} // namespace

void DirectTarget::blend(uchar *bits, qsizetype bytesPerLine, QRect clip, int x, int y, const uchar *coverage,
                         int width, int height, int stride, QRgb color)
{
    const QRect area = QRect(x, y, width, height) & clip;
    if (area.isEmpty() || color == 0)
        return;
    const bool opaque = qAlpha(color) == 255;
#if defined(__SSE2__)
    const __m128i color16 = _mm_unpacklo_epi8(_mm_set1_epi32(int(color)), _mm_setzero_si128());
    const __m128i colors = _mm_set1_epi32(int(color));
#endif
    for (int row = area.top(); row <= area.bottom(); ++row) {
        const uchar *c = coverage + qsizetype(row - y) * stride + (area.left() - x);
        auto *d = reinterpret_cast<QRgb *>(bits + qsizetype(row) * bytesPerLine) + area.left();
        const int n = area.width();
        int i = 0;
#if defined(CONLAB_AVX2)
        if (hasAvx2())
            i = blendRowAvx2(d, c, n, color, opaque);
#endif
#if defined(__SSE2__)
        for (; i + 4 <= n; i += 4) {
            quint32 four;
            std::memcpy(&four, c + i, 4);
            if (four == 0)
                continue;
            if (four == 0xffffffffu && opaque)
                _mm_storeu_si128(reinterpret_cast<__m128i *>(d + i), colors);
            else
                blendFour(d + i, c + i, color16);
        }
#endif
        for (; i < n; ++i) {
            if (c[i] == 255 && opaque)
                d[i] = color;
            else if (c[i] != 0)
                blendPixel(d[i], color, c[i]);
        }
    }
}

void DirectTarget::fillRect(const QRect &rect, QRgb color) const
{
    const QRect area = rect & m_clip;
    if (area.isEmpty() || color == 0)
        return;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        QRgb *d = row(y) + area.left();
        if (color >= 0xff000000u) {
            std::fill_n(d, area.width(), color);
            continue;
        }
        int i = 0;
#if defined(CONLAB_AVX2)
        if (hasAvx2())
            i = fillRowAvx2(d, area.width(), color);
#endif
#if defined(__SSE2__)
        // Four pixels at a time (what the AVX2 loop leaves, or all without AVX2): what is there
        // scaled by what the colour leaves of it, plus the colour (no byte overflows: the
        // colour is premultiplied).
        const __m128i zero = _mm_setzero_si128(), colors = _mm_set1_epi32(int(color)),
                      leave = _mm_set1_epi16(short(255 - qAlpha(color)));
        for (const int n = area.width(); i + 4 <= n; i += 4) {
            const __m128i dst = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i));
            const __m128i lo = byteMul16(_mm_unpacklo_epi8(dst, zero), leave);
            const __m128i hi = byteMul16(_mm_unpackhi_epi8(dst, zero), leave);
            _mm_storeu_si128(reinterpret_cast<__m128i *>(d + i), _mm_add_epi8(_mm_packus_epi16(lo, hi), colors));
        }
#endif
        for (; i < area.width(); ++i)
            d[i] = color + byteMul(d[i], 255 - qAlpha(color));
    }
}

} // namespace conlab
