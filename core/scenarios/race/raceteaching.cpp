#include "raceteaching.h"

#include "scenarios/lessons.h"
#include "scenarios/predictions.h"
#include "scenarios/shared/withdrawalteaching.h"

namespace conlab {

using teach::num;

LessonBefore RaceTeaching::before(const QString &variant, const QVariantMap &p) const
{
    return {teach::is(variant, "lock") ? Lessons::tr("Watch the lock band: while one thread holds it, the other waits "
                                                     "in front of the check.")
                                       : Lessons::tr("Watch when each thread checks the balance and when it "
                                                     "subtracts: can another thread get in between?"),
            Lessons::tr("%1 threads each withdraw %2 from a balance of %3. What will the balance be at the end?")
                .arg(num(p, "workers"))
                .arg(num(p, "amount"))
                .arg(num(p, "balance"))};
}

QString RaceTeaching::after(const Trace &trace) const
{
    return withdrawals::after(trace);
}

PredictionQuestion RaceTeaching::question(const Scenario &, const QString &, const QVariantMap &p) const
{
    return {Predictions::tr("What will the balance be at the end?"), withdrawals::balanceChoices(p, num(p, "workers"))};
}

PredictionReveal RaceTeaching::reveal(const Trace &trace, const PredictionQuestion &asked) const
{
    return withdrawals::balanceReveal(trace, asked);
}

} // namespace conlab
