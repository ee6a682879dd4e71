#pragma once

#include "scenarios/teaching.h"

namespace conlab {

// The producer-consumer lesson: who waits on not-full and who on not-empty.
class ProducerConsumerTeaching final : public Teaching
{
public:
    LessonBefore before(const QString &variant, const QVariantMap &params) const override;
    QString after(const Trace &trace) const override;
    PredictionQuestion question(const Scenario &scenario, const QString &variant,
                                const QVariantMap &params) const override;
    PredictionReveal reveal(const Trace &trace, const PredictionQuestion &asked) const override;
};

} // namespace conlab
