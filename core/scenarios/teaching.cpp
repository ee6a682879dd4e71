#include "teaching.h"

#include "lessons.h"
#include "predictions.h"
#include "scenario.h"
#include "trace/trace.h"

#include <cmath>

namespace conlab::teach {

qint64 num(const QVariantMap &map, const char *key)
{
    return map.value(QLatin1String(key)).toLongLong();
}

QString text(const QVariantMap &map, const char *key)
{
    return map.value(QLatin1String(key)).toString();
}

bool is(const QString &variant, const char *id)
{
    return variant == QLatin1String(id);
}

QVariantMap withDefaults(const Scenario &scenario, const QVariantMap &given)
{
    QVariantMap p = scenario.defaults();
    for (auto it = given.cbegin(); it != given.cend(); ++it)
        p.insert(it.key(), it.value());
    return p;
}

void addChoice(QList<PredictionChoice> &choices, const QString &text, double value)
{
    for (const PredictionChoice &c : std::as_const(choices)) {
        if (c.value == value)
            return;
    }
    choices.append({text, value});
}

int exactChoice(const QList<PredictionChoice> &choices, double value)
{
    for (int i = 0; i < choices.size(); ++i) {
        if (choices[i].value == value)
            return i;
    }
    return -1;
}

int nearestChoice(const QList<PredictionChoice> &choices, double value)
{
    int best = -1;
    for (int i = 0; i < choices.size(); ++i) {
        if (best < 0 || std::abs(choices[i].value - value) < std::abs(choices[best].value - value))
            best = i;
    }
    if (best >= 0 && std::abs(choices[best].value - value) > std::max(0.34 * value, 0.5))
        return -1;
    return best;
}

PredictionQuestion durationQuestion(const Scenario &scenario, const QVariantMap &params)
{
    const double unitNs = double(qMax<qint64>(1, num(params, "unit-ms"))) * 1e6;
    QList<PredictionChoice> choices;
    // Every variant's ideal, the slow one first, and one unit: what a class that expects no
    // waiting at all would say.
    for (const VariantSpec &v : scenario.info().variants) {
        const qint64 units = qRound64(double(scenario.idealNs(QLatin1String(v.id), params)) / unitNs);
        addChoice(choices, Predictions::tr("about %1 units").arg(units), double(units));
    }
    addChoice(choices, Predictions::tr("about %1 units").arg(1), 1);
    return {Predictions::tr("How long will the run take?"), choices};
}

PredictionReveal durationReveal(const Trace &trace, const PredictionQuestion &asked)
{
    const QString units = Lessons::units(trace.wallNs, trace.parameters);
    return {nearestChoice(asked.choices, units.toDouble()), Predictions::tr("the run took %1 units").arg(units)};
}

} // namespace conlab::teach
