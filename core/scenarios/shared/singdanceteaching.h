#pragma once

#include "scenarios/teaching.h"

namespace conlab {

// The lesson of the tutorial's sing/dance program, told for processes (each child adds to its
// own copy of the counter) or for threads (they add to one): the two scenarios teach the same
// timing and opposite memory.
class SingDanceTeaching final : public Teaching
{
public:
    explicit SingDanceTeaching(bool processes) : m_processes(processes) {}

    LessonBefore before(const QString &variant, const QVariantMap &params) const override;
    QString after(const Trace &trace) const override;
    PredictionQuestion question(const Scenario &scenario, const QString &variant,
                                const QVariantMap &params) const override;
    PredictionReveal reveal(const Trace &trace, const PredictionQuestion &asked) const override;

private:
    bool m_processes;
};

} // namespace conlab
