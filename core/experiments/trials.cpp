#include "trials.h"

#include "scenarios/run.h"

#include <QElapsedTimer>

#include <algorithm>
#include <map>

namespace conlab {

namespace {
// Results that count damage: summed over the trials, and how many trials had any.
const char *const kDamage[] = {"stale_checks", "lost_updates"};
} // namespace

TrialsSummary runTrials(const Scenario &scenario, RunSettings settings, int trials,
                        const std::function<bool(int)> &progress)
{
    TrialsSummary summary;
    summary.scenario = QLatin1String(scenario.info().id);
    summary.variant = settings.variant;
    summary.parameters = settings.params;
    const QStringList keys = scenario.outcomeKeys();
    std::map<QList<qint64>, int> counts;
    QElapsedTimer clock;
    clock.start();
    settings.output = {};
    settings.gate.mode = StepMode::Chaos;
    const quint64 seed = settings.params.value(QStringLiteral("seed"), 1).toULongLong();
    for (int i = 0; i < trials; ++i) {
        settings.gate.seed = seed + quint64(i);
        const Trace trace = runToEnd(scenario, settings);
        QList<qint64> key;
        for (const QString &k : keys)
            key << trace.results.value(k).toLongLong();
        ++counts[key];
        for (const char *name : kDamage) {
            const QString n = QLatin1String(name);
            const qint64 v = trace.results.value(n).toLongLong();
            summary.totals[n] = summary.totals.value(n).toLongLong() + v;
            if (v > 0)
                summary.totals[QStringLiteral("trials_with_") + n] =
                    summary.totals.value(QStringLiteral("trials_with_") + n).toLongLong() + 1;
        }
        ++summary.trials;
        if (progress && !progress(summary.trials)) {
            summary.stopped = true;
            break;
        }
    }
    std::vector<std::pair<QList<qint64>, int>> sorted(counts.begin(), counts.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    for (const auto &[key, count] : sorted) {
        QVariantMap row;
        for (int k = 0; k < keys.size(); ++k)
            row.insert(keys[k], key[k]);
        row.insert(QStringLiteral("count"), count);
        summary.histogram << row;
    }
    summary.wallNs = clock.nsecsElapsed();
    return summary;
}

QVariantMap trialsToVariant(const TrialsSummary &s)
{
    QVariantMap results = s.totals;
    results.insert(QStringLiteral("histogram"), s.histogram);
    QVariantMap o;
    o.insert(QStringLiteral("scenario"), s.scenario);
    o.insert(QStringLiteral("variant"), s.variant);
    o.insert(QStringLiteral("parameters"), s.parameters);
    o.insert(QStringLiteral("trials"), s.trials);
    o.insert(QStringLiteral("mode"), QStringLiteral("chaos"));
    o.insert(QStringLiteral("wall_ms"), double(s.wallNs) / 1e6);
    o.insert(QStringLiteral("results"), results);
    if (s.stopped)
        o.insert(QStringLiteral("stopped"), true);
    return o;
}

} // namespace conlab
