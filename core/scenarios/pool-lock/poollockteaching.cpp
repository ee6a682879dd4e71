#include "poollockteaching.h"

#include "scenarios/lessons.h"
#include "scenarios/predictions.h"
#include "scenarios/shared/withdrawalteaching.h"

namespace conlab {

using teach::num;

LessonBefore PoolLockTeaching::before(const QString &variant, const QVariantMap &p) const
{
    return {teach::is(variant, "lock")
                ? Lessons::tr("Watch the lock band move from worker to worker, and the others wait for it.")
                : Lessons::tr("Watch every worker check the balance before any of them subtracts."),
            Lessons::tr("%1 withdrawals of %2 from %3 on a pool of %4 threads: how many will go through, and what "
                        "will the balance be?")
                .arg(num(p, "withdrawals"))
                .arg(num(p, "amount"))
                .arg(num(p, "balance"))
                .arg(num(p, "workers"))};
}

QString PoolLockTeaching::after(const Trace &trace) const
{
    return withdrawals::after(trace);
}

PredictionQuestion PoolLockTeaching::question(const Scenario &, const QString &, const QVariantMap &p) const
{
    return {Predictions::tr("What will the balance be at the end?"),
            withdrawals::balanceChoices(p, num(p, "withdrawals"))};
}

PredictionReveal PoolLockTeaching::reveal(const Trace &trace, const PredictionQuestion &asked) const
{
    return withdrawals::balanceReveal(trace, asked);
}

} // namespace conlab
