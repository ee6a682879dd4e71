#include "deadlockteaching.h"

#include "scenarios/lessons.h"
#include "scenarios/predictions.h"
#include "trace/trace.h"

namespace conlab {

LessonBefore DeadlockTeaching::before(const QString &variant, const QVariantMap &p) const
{
    return {teach::is(variant, "naive") ? Lessons::tr("Watch each thread take its first lock, hold it %1 ms, then ask "
                                                      "for the other.")
                                              .arg(teach::num(p, "hold-ms"))
                                        : Lessons::tr("Watch the order in which the two threads take the locks A and B."),
            Lessons::tr("Will both threads finish, or will they wait for each other for ever?")};
}

QString DeadlockTeaching::after(const Trace &t) const
{
    if (t.results.value(QStringLiteral("deadlock_detected")).toBool()) {
        const QStringList cycle = t.results.value(QStringLiteral("cycle")).toStringList();
        return Lessons::tr("Deadlock: %1. Each thread holds one lock and waits for the other; neither can ever go on.")
            .arg(cycle.join(QStringLiteral("; ")));
    }
    return Lessons::tr("No deadlock: both threads finished in %1 ms. A thread never held one lock while it waited "
                       "for the other in the opposite order.")
        .arg(qRound(double(t.wallNs) / 1e6));
}

PredictionQuestion DeadlockTeaching::question(const Scenario &, const QString &, const QVariantMap &) const
{
    return {Predictions::tr("Will both threads finish?"),
            {{Predictions::tr("yes, both finish"), 0}, {Predictions::tr("no, they deadlock"), 1}}};
}

PredictionReveal DeadlockTeaching::reveal(const Trace &t, const PredictionQuestion &) const
{
    const bool dead = t.results.value(QStringLiteral("deadlock_detected")).toBool();
    return {dead ? 1 : 0, dead ? Predictions::tr("the threads deadlocked") : Predictions::tr("both threads finished")};
}

} // namespace conlab
