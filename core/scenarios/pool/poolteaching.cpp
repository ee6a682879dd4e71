#include "poolteaching.h"

#include "scenarios/lessons.h"
#include "trace/trace.h"

namespace conlab {

using teach::num;

LessonBefore PoolTeaching::before(const QString &variant, const QVariantMap &p) const
{
    return {teach::is(variant, "pool") ? Lessons::tr("Watch the pool's %1 worker lanes take the jobs, and the main "
                                                     "lane wait in result() for each future in turn.")
                                             .arg(num(p, "workers"))
                                       : Lessons::tr("Watch the main lane do read_file, connect_db and send_request "
                                                     "one after another."),
            Lessons::tr("The jobs take 1, 2 and 3 units. How long will the whole program take?")};
}

QString PoolTeaching::after(const Trace &t) const
{
    const QVariantMap &p = t.parameters;
    QString s = Lessons::tr("The program printed used time %1 and took %2 units in all; the ideal is %3.")
                    .arg(num(t.results, "used_time"))
                    .arg(Lessons::units(t.wallNs, p))
                    .arg(Lessons::units(t.idealNs, p));
    if (teach::is(t.variant, "pool"))
        s += QLatin1Char(' ') + Lessons::tr("On %1 pool threads the jobs overlapped, while the main thread waited "
                                            "in result() for the futures in turn.")
                                    .arg(num(p, "workers"));
    else
        s += QLatin1Char(' ') + Lessons::tr("On the main thread alone the jobs ran one after another: their times "
                                            "add up.");
    return s;
}

PredictionQuestion PoolTeaching::question(const Scenario &scenario, const QString &, const QVariantMap &p) const
{
    return teach::durationQuestion(scenario, p);
}

PredictionReveal PoolTeaching::reveal(const Trace &trace, const PredictionQuestion &asked) const
{
    return teach::durationReveal(trace, asked);
}

} // namespace conlab
