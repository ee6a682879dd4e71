#include "singdanceteaching.h"

#include "scenarios/lessons.h"
#include "scenarios/predictions.h"
#include "trace/trace.h"

namespace conlab {

using teach::num;

LessonBefore SingDanceTeaching::before(const QString &variant, const QVariantMap &p) const
{
    LessonBefore b;
    if (teach::is(variant, "parallel"))
        b.watch = m_processes ? Lessons::tr("Watch the two child lanes: each is a process with a pid of its own, "
                                            "started by the program. Do their Sleeping spans lie side by side or one "
                                            "after the other?")
                              : Lessons::tr("Watch the two thread lanes: one pid, two thread ids. Do their Sleeping "
                                            "spans lie side by side or one after the other?");
    else
        b.watch = Lessons::tr("Watch the main lane: sing sleeps %1 units, then dance sleeps %2, one after the other.")
                      .arg(num(p, "sing"))
                      .arg(num(p, "dance"));
    b.ask = m_processes ? Lessons::tr("How long will the run take, and what will the counter be at the end, when sing "
                                      "adds 1 for each of its %1 rounds and dance for each of its %2?")
                              .arg(num(p, "sing"))
                              .arg(num(p, "dance"))
                        : Lessons::tr("Both threads add 1 to the same counter in each of their rounds (%1 and %2): "
                                      "what will it be at the end, and how long will the run take?")
                              .arg(num(p, "sing"))
                              .arg(num(p, "dance"));
    return b;
}

QString SingDanceTeaching::after(const Trace &t) const
{
    const QVariantMap &p = t.parameters;
    const QString took = Lessons::tr("The run took %1 units (%2 ms at %3 ms a unit); the ideal is %4.")
                             .arg(Lessons::units(t.wallNs, p))
                             .arg(qRound(double(t.wallNs) / 1e6))
                             .arg(num(p, "unit-ms"))
                             .arg(Lessons::units(t.idealNs, p));
    const bool parallel = teach::is(t.variant, "parallel");
    QString why;
    if (parallel)
        why = m_processes ? Lessons::tr("The two processes slept at the same time: the run lasts as long as the "
                                        "longer job, not both together.")
                          : Lessons::tr("The two threads slept at the same time: the run lasts as long as the longer "
                                        "job, not both together.");
    else
        why = Lessons::tr("One job after the other: sing's %1 units and dance's %2 add up.")
                  .arg(num(p, "sing"))
                  .arg(num(p, "dance"));
    QString counter;
    const qint64 value = num(t.results, "counter");
    if (m_processes && parallel)
        counter = Lessons::tr("The counter is %1 in the program: each child added to its own copy of memory, and "
                              "that copy ended with the child.")
                      .arg(value);
    else if (m_processes)
        counter = Lessons::tr("The counter is %1: both jobs ran in the program's own process and added to the same "
                              "memory.")
                      .arg(value);
    else
        counter = Lessons::tr("The counter is %1: the threads share the process's memory and added to the same "
                              "variable.")
                      .arg(value);
    return took + QLatin1Char(' ') + why + QLatin1Char(' ') + counter;
}

// Processes ask where the counter ends (the children's additions stay in the children); threads
// share it, so they ask how long the run takes.
PredictionQuestion SingDanceTeaching::question(const Scenario &scenario, const QString &, const QVariantMap &p) const
{
    if (!m_processes)
        return teach::durationQuestion(scenario, p);
    QList<PredictionChoice> c;
    teach::addChoice(c, Predictions::tr("%1: sing's and dance's rounds together").arg(num(p, "sing") + num(p, "dance")),
                     double(num(p, "sing") + num(p, "dance")));
    teach::addChoice(c, Predictions::tr("%1: only dance's rounds").arg(num(p, "dance")), double(num(p, "dance")));
    teach::addChoice(c, Predictions::tr("0: the children's additions stay in the children"), 0);
    return {Predictions::tr("What will the counter be at the end?"), c};
}

PredictionReveal SingDanceTeaching::reveal(const Trace &t, const PredictionQuestion &asked) const
{
    if (!m_processes)
        return teach::durationReveal(t, asked);
    const qint64 counter = num(t.results, "counter");
    return {teach::exactChoice(asked.choices, double(counter)), Predictions::tr("the counter ended at %1").arg(counter)};
}

} // namespace conlab
