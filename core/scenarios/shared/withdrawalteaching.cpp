#include "withdrawalteaching.h"

#include "scenarios/lessons.h"
#include "scenarios/predictions.h"
#include "trace/trace.h"

namespace conlab::withdrawals {

using teach::num;

QString after(const Trace &t)
{
    const QVariantMap &r = t.results;
    QString s = Lessons::tr("%1 withdrawals went through and %2 were refused; the balance ended at %3.")
                    .arg(num(r, "withdrawals_ok"))
                    .arg(num(r, "withdrawals_refused"))
                    .arg(num(r, "final_balance"));
    if (num(r, "final_balance") < 0)
        s += QLatin1Char(' ') + Lessons::tr("Overdrawn: threads passed the check before another had subtracted.");
    if (num(r, "stale_checks") > 0)
        s += QLatin1Char(' ') + Lessons::tr("Stale checks: %1, withdrawals decided on a balance that had already "
                                            "changed.")
                                    .arg(num(r, "stale_checks"));
    if (num(r, "lost_updates") > 0)
        s += QLatin1Char(' ') + Lessons::tr("Lost updates: %1, a subtraction overwritten by another thread's store.")
                                    .arg(num(r, "lost_updates"));
    if (num(r, "money_created") != 0)
        s += QLatin1Char(' ') + Lessons::tr("The bank paid out %1 more than the account held.")
                                    .arg(num(r, "money_created"));
    if (teach::is(t.variant, "lock"))
        s += QLatin1Char(' ') + Lessons::tr("With the lock, checking and subtracting are one step: a thread that comes "
                                            "second sees the balance after the first one's withdrawal.");
    if (t.results.contains(QStringLiteral("lock_utilisation")))
        s += QLatin1Char(' ') + Lessons::tr("Some worker held the lock for %1% of the run.")
                                    .arg(teach::text(r, "lock_utilisation"));
    return s;
}

QList<PredictionChoice> balanceChoices(const QVariantMap &p, qint64 count)
{
    const qint64 balance = num(p, "balance"), amount = qMax<qint64>(1, num(p, "amount"));
    const qint64 covered = qMin(count, balance / amount);
    QList<PredictionChoice> c;
    teach::addChoice(c, Predictions::tr("%1: as many withdrawals as the money covers").arg(balance - covered * amount),
                     double(balance - covered * amount));
    teach::addChoice(c, Predictions::tr("%1: every withdrawal goes through").arg(balance - count * amount),
                     double(balance - count * amount));
    teach::addChoice(c, Predictions::tr("%1: no withdrawal goes through").arg(balance), double(balance));
    return c;
}

PredictionReveal balanceReveal(const Trace &t, const PredictionQuestion &asked)
{
    const qint64 balance = num(t.results, "final_balance");
    return {teach::exactChoice(asked.choices, double(balance)), Predictions::tr("the balance ended at %1").arg(balance)};
}

} // namespace conlab::withdrawals
