#include "lessons.h"

#include "scenario.h"
#include "trace/trace.h"

namespace conlab {

QString Lessons::units(qint64 ns, const QVariantMap &params)
{
    const double unitNs = double(qMax<qint64>(1, teach::num(params, "unit-ms"))) * 1e6;
    return QString::number(double(ns) / unitNs, 'f', 1);
}

Lessons::Before Lessons::before(const Scenario &scenario, const QString &variant, const QVariantMap &given)
{
    const Teaching *teaching = scenario.teaching();
    return teaching ? teaching->before(variant, teach::withDefaults(scenario, given)) : Before{};
}

QString Lessons::after(const Trace &t)
{
    if (t.results.isEmpty() || t.results.value(QStringLiteral("stopped")).toBool())
        return {};
    const Scenario *scenario = findScenario(t.scenario);
    const Teaching *teaching = scenario ? scenario->teaching() : nullptr;
    return teaching ? teaching->after(t) : QString();
}

} // namespace conlab
