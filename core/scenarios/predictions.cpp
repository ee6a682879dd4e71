#include "predictions.h"

#include "scenario.h"
#include "trace/trace.h"

namespace conlab {

Predictions::Question Predictions::question(const Scenario &scenario, const QString &variant, const QVariantMap &given)
{
    const Teaching *teaching = scenario.teaching();
    return teaching ? teaching->question(scenario, variant, teach::withDefaults(scenario, given)) : Question{};
}

Predictions::Reveal Predictions::reveal(const Scenario &scenario, const Trace &t)
{
    const Question q = question(scenario, t.variant, t.parameters);
    const QVariantMap &r = t.results;
    if (q.text.isEmpty() || r.isEmpty() || r.value(QStringLiteral("stopped")).toBool())
        return {};
    return scenario.teaching()->reveal(t, q);
}

} // namespace conlab
