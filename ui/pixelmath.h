#pragma once

#include <QPaintEngine>
#include <QPainter>
#include <QtGlobal>

#include <cmath>

namespace conlab {

// std::floor and std::round for coordinates, giving the same results (but for the sign of a
// zero) without a call into the maths library: without SSE4.1 the compiler cannot inline them,
// and a repaint of a big trace rounds a few hundred thousand coordinates. And whether a painter
// puts whole pixels on whole pixels.
struct PixelMath
{
    static constexpr double kExact = 4503599627370496.0; // 2^52: below it, truncation is exact

    static double floor(double x)
    {
        if (!(qAbs(x) < kExact))
            return std::floor(x);
        const double t = double(qint64(x));
        return t > x ? t - 1 : t;
    }
    // Halves away from zero, as std::round.
    static double round(double x)
    {
        if (!(qAbs(x) < kExact))
            return std::round(x);
        qint64 i = qint64(x);
        const double rest = x - double(i);
        if (rest >= 0.5)
            ++i;
        else if (rest <= -0.5)
            --i;
        return double(i);
    }
    // Whether `x` is a whole number of pixels.
    static bool whole(double x) { return x == floor(x); }
    // Whether the painter is Qt's raster engine with a whole-pixel translation for transform
    // (the window at ratio 1, a picture at its reference size): there a text or a ready image
    // placed on a whole pixel keeps its very pixels wherever it is drawn.
    static bool wholePixels(const QPainter &p)
    {
        const QTransform &t = p.deviceTransform();
        return p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster &&
               t.type() <= QTransform::TxTranslate && whole(t.dx()) && whole(t.dy());
    }
};

} // namespace conlab
