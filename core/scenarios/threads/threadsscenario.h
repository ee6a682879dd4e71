#pragma once

#include "scenarios/scenario.h"

namespace conlab {

// The tutorial's threading program: sing(3) and dance(4), sequentially on the main lane
// or on two threads of one process sharing one counter.
class ThreadsScenario : public Scenario
{
public:
    const ScenarioInfo &info() const override;
    const Teaching *teaching() const override;
    void run(RunContext &ctx) const override;
    qint64 idealNs(const QString &variant, const QVariantMap &params) const override;
};

} // namespace conlab
