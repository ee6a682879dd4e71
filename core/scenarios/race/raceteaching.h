#pragma once

#include "scenarios/teaching.h"

namespace conlab {

// The race's lesson: when each thread checks and when it subtracts; the balance to predict.
class RaceTeaching final : public Teaching
{
public:
    LessonBefore before(const QString &variant, const QVariantMap &params) const override;
    QString after(const Trace &trace) const override;
    PredictionQuestion question(const Scenario &scenario, const QString &variant,
                                const QVariantMap &params) const override;
    PredictionReveal reveal(const Trace &trace, const PredictionQuestion &asked) const override;
};

} // namespace conlab
