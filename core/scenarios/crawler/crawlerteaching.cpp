#include "crawlerteaching.h"

#include "scenarios/lessons.h"
#include "scenarios/predictions.h"
#include "trace/trace.h"

namespace conlab {

namespace {

using teach::num;

// The crawler's latency: its own parameter, or one unit when that is 0.
qint64 latencyMs(const QVariantMap &p)
{
    const qint64 latency = num(p, "latency-ms");
    return latency > 0 ? latency : num(p, "unit-ms");
}

} // namespace

LessonBefore CrawlerTeaching::before(const QString &variant, const QVariantMap &p) const
{
    return {teach::is(variant, "start-join") ? Lessons::tr("Watch the thread lanes: each thread is joined before the "
                                                           "next one starts. Is this any faster than one thread?")
                                             : Lessons::tr("Watch when each page is downloaded: one at a time, or "
                                                           "several at once?"),
            Lessons::tr("%1 pages, each taking %2 ms to download. How long will the crawl take?")
                .arg(num(p, "pages"))
                .arg(latencyMs(p))};
}

QString CrawlerTeaching::after(const Trace &t) const
{
    const QVariantMap &p = t.parameters;
    QString s = Lessons::tr("%1 pages of %2 ms each took %3 ms; the ideal is %4 ms.")
                    .arg(num(p, "pages"))
                    .arg(latencyMs(p))
                    .arg(qRound(double(t.wallNs) / 1e6))
                    .arg(qRound(double(t.idealNs) / 1e6));
    if (teach::is(t.variant, "sequential") || teach::is(t.variant, "start-join"))
        s += QLatin1Char(' ') + Lessons::tr("One download at a time: the waits add up.");
    else
        s += QLatin1Char(' ') + Lessons::tr("The downloads waited at the same time, so their waits overlapped.");
    return s;
}

PredictionQuestion CrawlerTeaching::question(const Scenario &, const QString &, const QVariantMap &p) const
{
    QList<PredictionChoice> c;
    teach::addChoice(c, Predictions::tr("about %1 ms: one page after another").arg(num(p, "pages") * latencyMs(p)),
                     double(num(p, "pages") * latencyMs(p)));
    teach::addChoice(c, Predictions::tr("about %1 ms: all pages at once").arg(latencyMs(p)), double(latencyMs(p)));
    return {Predictions::tr("How long will the crawl take?"), c};
}

PredictionReveal CrawlerTeaching::reveal(const Trace &t, const PredictionQuestion &asked) const
{
    const qint64 ms = qRound64(double(t.wallNs) / 1e6);
    return {teach::nearestChoice(asked.choices, double(ms)), Predictions::tr("the crawl took %1 ms").arg(ms)};
}

} // namespace conlab
