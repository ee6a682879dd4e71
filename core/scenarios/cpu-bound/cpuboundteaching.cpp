#include "cpuboundteaching.h"

#include "cpuwork.h"
#include "scenarios/lessons.h"
#include "scenarios/predictions.h"
#include "trace/trace.h"

namespace conlab {

using teach::num;

LessonBefore CpuBoundTeaching::before(const QString &variant, const QVariantMap &p) const
{
    return {teach::is(variant, "threads-gil") ? Lessons::tr("Watch the GIL band: only the thread holding it computes; "
                                                            "the others wait their turn.")
                                              : Lessons::tr("Watch the %1 worker lanes: are they all Running at once?")
                                                    .arg(num(p, "workers")),
            Lessons::tr("%1 workers share %2 chunks of pure computation. How many times faster than one worker will "
                        "they be?")
                .arg(num(p, "workers"))
                .arg(num(p, "amount"))};
}

QString CpuBoundTeaching::after(const Trace &t) const
{
    const QVariantMap &r = t.results;
    QString s = Lessons::tr("%1 workers on %2 cores found %3 primes in %4 ms, using %5 ms of CPU: %6 cores' worth "
                            "at once.")
                    .arg(num(t.parameters, "workers"))
                    .arg(num(r, "cores"))
                    .arg(num(r, "primes"))
                    .arg(teach::text(r, "used_ms"))
                    .arg(teach::text(r, "cpu_total_ms"))
                    .arg(teach::text(r, "parallelism"));
    if (teach::is(t.variant, "threads-gil"))
        s += QLatin1Char(' ') + Lessons::tr("With the GIL only one thread computes at a time, so more threads do not "
                                            "make it faster.");
    else
        s += QLatin1Char(' ') + Lessons::tr("Pure computation speeds up with the cores that are free, and no further.");
    return s;
}

PredictionQuestion CpuBoundTeaching::question(const Scenario &, const QString &, const QVariantMap &p) const
{
    QList<PredictionChoice> c;
    teach::addChoice(c, Predictions::tr("about 1: one core's worth"), 1);
    const qint64 cores = qMin<qint64>(num(p, "workers"), availableCores());
    teach::addChoice(c, Predictions::tr("about %1: every worker on a core of its own").arg(cores), double(cores));
    return {Predictions::tr("How many cores' worth of computing will the workers do at once?"), c};
}

PredictionReveal CpuBoundTeaching::reveal(const Trace &t, const PredictionQuestion &asked) const
{
    const double parallelism = t.results.value(QStringLiteral("parallelism")).toDouble();
    return {teach::nearestChoice(asked.choices, parallelism),
            Predictions::tr("the workers computed %1 cores' worth at once").arg(teach::text(t.results, "parallelism"))};
}

} // namespace conlab
