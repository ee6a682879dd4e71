#include "timeaxis.h"

#include <cmath>

namespace conlab {

namespace {

constexpr qint64 kMs = 1'000'000;
constexpr qint64 kSecond = 1'000'000'000;

// The smallest "nice" multiple of `base` (1-2-5 in decades) at least `wanted`.
qint64 niceStep(double wanted, double base)
{
    if (wanted <= 0 || base <= 0)
        return qint64(qMax(1.0, base));
    double decade = 1;
    while (decade * base * 10 <= wanted)
        decade *= 10;
    while (decade > 1e-9 && decade * base > wanted)
        decade /= 10;
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        const double s = m * decade * base;
        if (s >= wanted)
            return qMax<qint64>(1, qint64(std::llround(s)));
    }
    return qMax<qint64>(1, qint64(std::llround(10 * decade * base)));
}

QString number(double v, int decimals)
{
    return QString::number(v, 'f', qMax(0, decimals));
}

// Decimals needed to show multiples of `step` in units of `scale`.
int decimalsFor(qint64 step, qint64 scale)
{
    int d = 0;
    double s = double(step) / double(scale);
    while (d < 6 && std::fabs(s - std::round(s)) > 1e-9) {
        s *= 10;
        ++d;
    }
    return d;
}

} // namespace

qint64 TimeAxis::step(qint64 from, qint64 to, qreal widthPx, qint64 unitNs, qreal minSpacingPx)
{
    const double span = double(qMax<qint64>(1, to - from));
    const double px = qMax<qreal>(1, widthPx);
    const double wanted = span * minSpacingPx / px;
    if (unitNs > 0 && wanted >= unitNs / 1000.0)
        return niceStep(wanted, double(unitNs));
    return niceStep(wanted, 1);
}

std::vector<TimeAxis::Tick> TimeAxis::ticks(qint64 from, qint64 to, qreal widthPx, qint64 unitNs, qreal minSpacingPx,
                                            bool labelled)
{
    std::vector<Tick> out;
    if (to <= from || widthPx <= 0)
        return out;
    const qint64 major = step(from, to, widthPx, unitNs, minSpacingPx);
    // Minor ticks split a major step in five (or two when five would be too dense).
    const qint64 minor = major % 5 == 0 && double(major / 5) * widthPx / double(to - from) >= 8 ? major / 5
                         : major % 2 == 0                                                      ? major / 2
                                                                                               : major;
    const bool useUnits = unitNs > 0 && major >= unitNs / 1000;
    qint64 t = (from / minor) * minor;
    if (t < from)
        t += minor;
    for (; t <= to && out.size() < 2000; t += minor) {
        Tick tick;
        tick.t = t;
        tick.major = t % major == 0;
        if (tick.major && labelled) {
            tick.time = formatTime(t, major);
            if (useUnits)
                tick.units = formatUnits(double(t) / double(unitNs));
        }
        out.push_back(tick);
    }
    return out;
}

QString TimeAxis::formatTime(qint64 ns, qint64 resolution)
{
    resolution = qMax<qint64>(1, resolution);
    if (resolution >= kSecond / 10 || qAbs(ns) >= 10 * kSecond)
        return tr("%1 s").arg(number(double(ns) / kSecond, decimalsFor(resolution, kSecond)));
    if (resolution >= kMs / 10 || qAbs(ns) >= 10 * kMs)
        return tr("%1 ms").arg(number(double(ns) / kMs, qMin(3, decimalsFor(resolution, kMs))));
    if (resolution >= 100 || qAbs(ns) >= 10'000)
        return tr("%1 µs").arg(number(double(ns) / 1000, qMin(3, decimalsFor(resolution, 1000))));
    return tr("%1 ns").arg(ns);
}

QString TimeAxis::formatDuration(qint64 ns)
{
    const double a = std::fabs(double(ns));
    // Three significant digits, without trailing zeros: "50 ms", "1.5 s", "2.25 s".
    auto sig3 = [](double v) {
        QString s = v >= 100 ? number(v, 0) : v >= 10 ? number(v, 1) : number(v, 2);
        if (s.contains(QLatin1Char('.'))) {
            while (s.endsWith(QLatin1Char('0')))
                s.chop(1);
            if (s.endsWith(QLatin1Char('.')))
                s.chop(1);
        }
        return s;
    };
    if (a >= kSecond)
        return tr("%1 s").arg(sig3(double(ns) / kSecond));
    if (a >= kMs)
        return tr("%1 ms").arg(sig3(double(ns) / kMs));
    if (a >= 1000)
        return tr("%1 µs").arg(sig3(double(ns) / 1000));
    return tr("%1 ns").arg(ns);
}

QString TimeAxis::formatUnits(double units)
{
    for (int d = 0; d <= 3; ++d) {
        const double scale = std::pow(10.0, d);
        if (std::fabs(units * scale - std::round(units * scale)) < 1e-6)
            return number(units, d);
    }
    return number(units, 3);
}

} // namespace conlab
