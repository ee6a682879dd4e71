#include "coroutinesteaching.h"

#include "scenarios/lessons.h"
#include "scenarios/predictions.h"
#include "trace/trace.h"

namespace conlab {

using teach::num;

LessonBefore CoroutinesTeaching::before(const QString &variant, const QVariantMap &p) const
{
    return {teach::is(variant, "coroutines")
                ? Lessons::tr("Watch the event-loop lane: one thread runs every task in turn; a task that awaits is "
                              "suspended and costs only its frame.")
                : Lessons::tr("Watch the thread lanes: every task has a thread of its own, and each sleeps in the "
                              "kernel."),
            Lessons::tr("%1 tasks each wait %2 times one unit. On how many threads will they run, and how long will "
                        "it take?")
                .arg(num(p, "tasks"))
                .arg(num(p, "awaits"))};
}

QString CoroutinesTeaching::after(const Trace &t) const
{
    const QVariantMap &r = t.results;
    QString s = Lessons::tr("%1 tasks finished on %2 threads in %3 units (%4 ms).")
                    .arg(num(r, "tasks_done"))
                    .arg(num(r, "distinct_threads"))
                    .arg(Lessons::units(t.wallNs, t.parameters))
                    .arg(qRound(double(t.wallNs) / 1e6));
    if (teach::is(t.variant, "coroutines"))
        s += QLatin1Char(' ') + Lessons::tr("One thread was enough: while a task waits it is suspended, and the event "
                                            "loop runs another.");
    else
        s += QLatin1Char(' ') + Lessons::tr("Every task needed a thread of its own, with a whole stack, just to wait.");
    return s;
}

PredictionQuestion CoroutinesTeaching::question(const Scenario &, const QString &, const QVariantMap &p) const
{
    QList<PredictionChoice> c;
    teach::addChoice(c, Predictions::tr("one thread"), 1);
    teach::addChoice(c, Predictions::tr("%1 threads, one per task").arg(num(p, "tasks")), double(num(p, "tasks")));
    return {Predictions::tr("On how many threads will the tasks run?"), c};
}

PredictionReveal CoroutinesTeaching::reveal(const Trace &t, const PredictionQuestion &asked) const
{
    const qint64 threads = num(t.results, "distinct_threads");
    return {teach::exactChoice(asked.choices, double(threads)), Predictions::tr("the tasks ran on %1 threads").arg(threads)};
}

} // namespace conlab
