#pragma once

// Small shared pieces of the benchmarks: medians, the --check flag, a report line.
#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace conlab::bench {

inline double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// The value below which `share` (0..1) of the samples lie: the nearest rank, as a p95 of a
// few dozen repaints is read ("one repaint in twenty is slower than this").
inline double percentile(std::vector<double> v, double share)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto rank = size_t(std::ceil(share * double(v.size())));
    return v[std::clamp<size_t>(rank, 1, v.size()) - 1];
}

inline bool checking(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]) == "--check")
            return true;
    }
    return false;
}

// Prints one result line; returns false if a target was given and missed.
inline bool report(const char *what, double value, const char *unit, double target, bool lowerIsBetter = true)
{
    const bool ok = lowerIsBetter ? value <= target : value >= target;
    std::printf("%-52s %10.2f %-4s (target %s %.2f) %s\n", what, value, unit, lowerIsBetter ? "<=" : ">=", target,
                ok ? "ok" : "MISSED");
    return ok;
}

} // namespace conlab::bench
