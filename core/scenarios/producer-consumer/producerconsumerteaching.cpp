#include "producerconsumerteaching.h"

#include "scenarios/lessons.h"
#include "scenarios/predictions.h"
#include "trace/trace.h"

namespace conlab {

using teach::num;

LessonBefore ProducerConsumerTeaching::before(const QString &, const QVariantMap &p) const
{
    return {Lessons::tr("Watch the queue length counter and the waits: producers wait on not-full, consumers on "
                        "not-empty."),
            Lessons::tr("%1 producers and %2 consumers share a queue of %3 places. Who will wait more, the producers "
                        "or the consumers?")
                .arg(num(p, "producers"))
                .arg(num(p, "consumers"))
                .arg(num(p, "capacity"))};
}

QString ProducerConsumerTeaching::after(const Trace &t) const
{
    const QVariantMap &r = t.results;
    return Lessons::tr("%1 items produced and %2 consumed; the queue held at most %3 of its %4 places. Producers "
                       "waited on not-full %5 times, consumers on not-empty %6 times.")
        .arg(num(r, "produced"))
        .arg(num(r, "consumed"))
        .arg(num(r, "max_queue"))
        .arg(num(t.parameters, "capacity"))
        .arg(num(r, "waits_not_full"))
        .arg(num(r, "waits_not_empty"));
}

PredictionQuestion ProducerConsumerTeaching::question(const Scenario &, const QString &, const QVariantMap &) const
{
    return {Predictions::tr("Who will wait more often?"),
            {{Predictions::tr("the producers, for a free place"), 0},
             {Predictions::tr("the consumers, for an item"), 1},
             {Predictions::tr("both the same"), 2}}};
}

PredictionReveal ProducerConsumerTeaching::reveal(const Trace &t, const PredictionQuestion &) const
{
    const qint64 full = num(t.results, "waits_not_full"), empty = num(t.results, "waits_not_empty");
    return {full > empty ? 0 : empty > full ? 1 : 2,
            Predictions::tr("producers waited %1 times, consumers %2 times").arg(full).arg(empty)};
}

} // namespace conlab
