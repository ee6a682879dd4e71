#include "gapsweep.h"

#include "scenarios/run.h"

#include <QElapsedTimer>

#include <algorithm>
#include <map>

namespace conlab {

int GapSweep::Point::count(const QList<qint64> &key) const
{
    const auto it = std::find_if(counts.begin(), counts.end(), [&](const auto &c) { return c.first == key; });
    return it == counts.end() ? 0 : it->second;
}

std::vector<QList<qint64>> GapSweep::outcomes() const
{
    std::map<QList<qint64>, int> total;
    for (const Point &p : points) {
        for (const auto &[key, n] : p.counts)
            total[key] += n;
    }
    std::vector<std::pair<QList<qint64>, int>> sorted(total.begin(), total.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    std::vector<QList<qint64>> out;
    for (const auto &s : sorted)
        out.push_back(s.first);
    return out;
}

double GapSweep::share(size_t point, const QList<qint64> &key) const
{
    if (point >= points.size() || points[point].trials == 0)
        return 0;
    return double(points[point].count(key)) / points[point].trials;
}

const std::vector<qint64> &GapSweep::defaultGaps()
{
    static const std::vector<qint64> gaps{0, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};
    return gaps;
}

GapSweep runGapSweep(const Scenario &scenario, RunSettings settings, const std::vector<qint64> &gapsUs, int perGap,
                     const std::function<bool(int)> &progress)
{
    GapSweep sweep;
    sweep.scenario = QLatin1String(scenario.info().id);
    sweep.variant = settings.variant;
    sweep.parameters = settings.params;
    sweep.keys = scenario.outcomeKeys();
    settings.output = {};
    settings.gate = {}; // free: real OS scheduling, no seeded pauses
    QElapsedTimer clock;
    clock.start();
    int done = 0;
    for (qint64 gap : gapsUs) {
        settings.params.insert(QStringLiteral("gap"), gap);
        std::map<QList<qint64>, int> counts;
        GapSweep::Point point;
        point.gapUs = gap;
        for (int i = 0; i < perGap && !sweep.stopped; ++i) {
            const Trace trace = runToEnd(scenario, settings);
            QList<qint64> key;
            for (const QString &k : std::as_const(sweep.keys))
                key << trace.results.value(k).toLongLong();
            ++counts[key];
            ++point.trials;
            sweep.stopped = progress && !progress(++done);
        }
        point.counts.assign(counts.begin(), counts.end());
        if (point.trials > 0)
            sweep.points.push_back(point);
        if (sweep.stopped)
            break;
    }
    sweep.wallNs = clock.nsecsElapsed();
    return sweep;
}

} // namespace conlab
