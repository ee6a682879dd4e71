#pragma once

#include "scenarios/teaching.h"

namespace conlab {

// What race and pool-lock teach alike: both withdraw from one balance, so their runs are told,
// predicted and revealed in the same words.
namespace withdrawals {

// The withdrawals that went through and were refused, the balance, and the damage done.
QString after(const Trace &trace);
// The balance at the end if the money covers as many as it can, if all `count` go through, if none do.
QList<PredictionChoice> balanceChoices(const QVariantMap &params, qint64 count);
PredictionReveal balanceReveal(const Trace &trace, const PredictionQuestion &asked);

} // namespace withdrawals

} // namespace conlab
