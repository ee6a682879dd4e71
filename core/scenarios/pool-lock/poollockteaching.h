#pragma once

#include "scenarios/teaching.h"

namespace conlab {

// The pool's withdrawals' lesson: the lock band moving from worker to worker; the balance to predict.
class PoolLockTeaching final : public Teaching
{
public:
    LessonBefore before(const QString &variant, const QVariantMap &params) const override;
    QString after(const Trace &trace) const override;
    PredictionQuestion question(const Scenario &scenario, const QString &variant,
                                const QVariantMap &params) const override;
    PredictionReveal reveal(const Trace &trace, const PredictionQuestion &asked) const override;
};

} // namespace conlab
