#include "sweep.h"

#include "scenarios/cpu-bound/cpuwork.h"
#include "scenarios/run.h"

#include <QElapsedTimer>

#include <algorithm>

namespace conlab {

namespace {
const QString kWorkers = QStringLiteral("workers");
} // namespace

bool canSweep(const Scenario &scenario)
{
    const ParamSpec *p = scenario.param(kWorkers);
    return p && p->type == ParamSpec::Int && p->minimum == 1 && p->maximum > 1;
}

int defaultSweepMax(const Scenario &scenario)
{
    const ParamSpec *p = scenario.param(kWorkers);
    return p ? int(std::min<qint64>(p->maximum, 2 * availableCores())) : 1;
}

double idealSpeedup(const Scenario &scenario, const QString &variant, QVariantMap params, int workers, int cores)
{
    params.insert(kWorkers, 1);
    const qint64 one = scenario.idealNs(variant, params);
    params.insert(kWorkers, workers);
    const qint64 many = scenario.idealNs(variant, params);
    if (one > 0 && many > 0)
        return double(one) / double(many);
    return double(std::min(workers, std::max(1, cores)));
}

SweepSummary runSweep(const Scenario &scenario, RunSettings settings, int maxWorkers, std::stop_token stop,
                      const std::function<void(const SweepPoint &)> &onPoint)
{
    SweepSummary summary;
    summary.scenario = QLatin1String(scenario.info().id);
    summary.variant = settings.variant;
    summary.parameters = settings.params;
    summary.cores = availableCores();
    summary.maxWorkers = maxWorkers;
    settings.output = {};
    QElapsedTimer clock;
    clock.start();
    for (int workers = 1; workers <= maxWorkers && !stop.stop_requested(); ++workers) {
        settings.params.insert(kWorkers, workers);
        Run run(scenario, settings);
        Trace trace(run.context().recorder().sharedStrings());
        {
            std::stop_callback onStop(stop, [&run] { run.context().requestStop(); });
            run.start();
            run.waitFinished();
        }
        run.stop(); // joins the run's thread
        run.finishTrace(trace);
        if (run.wasStopped()) {
            summary.stopped = true;
            break;
        }
        SweepPoint p;
        p.workers = workers;
        p.wallNs = trace.wallNs;
        const qint64 baseline = summary.points.empty() ? trace.wallNs : summary.points.front().wallNs;
        p.speedup = p.wallNs > 0 ? double(baseline) / double(p.wallNs) : 0;
        p.ideal = idealSpeedup(scenario, settings.variant, settings.params, workers, summary.cores);
        p.cpuMs = trace.results.value(QStringLiteral("cpu_total_ms"), -1.0).toDouble();
        for (const QVariant &ms : trace.results.value(QStringLiteral("cpu_ms")).toList())
            p.workerCpuMs.push_back(ms.toDouble());
        summary.points.push_back(p);
        if (onPoint)
            onPoint(p);
    }
    summary.stopped = summary.stopped || stop.stop_requested();
    summary.parameters.remove(kWorkers);
    summary.wallNs = clock.nsecsElapsed();
    return summary;
}

QVariantMap sweepToVariant(const SweepSummary &s)
{
    QVariantList points;
    for (const SweepPoint &p : s.points) {
        QVariantMap m;
        m.insert(QStringLiteral("workers"), p.workers);
        m.insert(QStringLiteral("wall_ms"), double(p.wallNs) / 1e6);
        m.insert(QStringLiteral("speedup"), p.speedup);
        m.insert(QStringLiteral("ideal"), p.ideal);
        if (p.cpuMs >= 0)
            m.insert(QStringLiteral("cpu_ms"), p.cpuMs);
        if (!p.workerCpuMs.empty()) {
            QVariantList each;
            for (double ms : p.workerCpuMs)
                each << ms;
            m.insert(QStringLiteral("worker_cpu_ms"), each);
        }
        points << m;
    }
    QVariantMap o;
    o.insert(QStringLiteral("scenario"), s.scenario);
    o.insert(QStringLiteral("variant"), s.variant);
    o.insert(QStringLiteral("parameters"), s.parameters);
    o.insert(QStringLiteral("mode"), QStringLiteral("sweep"));
    o.insert(QStringLiteral("cores"), s.cores);
    o.insert(QStringLiteral("max_workers"), s.maxWorkers);
    o.insert(QStringLiteral("points"), points);
    o.insert(QStringLiteral("wall_ms"), double(s.wallNs) / 1e6);
    if (s.stopped)
        o.insert(QStringLiteral("stopped"), true);
    return o;
}

} // namespace conlab
