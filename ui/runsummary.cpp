#include "runsummary.h"

#include "net/sitefault.h"
#include "scenarios/scenario.h"
#include "timeaxis.h"
#include "timelinepainter.h"

#include <QStringList>

namespace conlab {

QString RunSummary::scenarioTitle(const Trace &trace)
{
    return scenarioTitle(trace.scenario);
}

QString RunSummary::scenarioTitle(const QString &scenario)
{
    const Scenario *s = findScenario(scenario);
    return s ? QCoreApplication::translate("Scenario", s->info().title) : scenario;
}

QString RunSummary::variantTitle(const Trace &trace)
{
    return variantTitle(trace.scenario, trace.variant);
}

QString RunSummary::variantTitle(const QString &scenario, const QString &variant)
{
    const Scenario *s = findScenario(scenario);
    const VariantSpec *v = s ? s->variant(variant) : nullptr;
    return v ? QCoreApplication::translate("Scenario", v->title) : variant;
}

QString RunSummary::parametersText(const Trace &trace)
{
    return parametersText(trace.scenario, trace.parameters);
}

QString RunSummary::parametersText(const QString &scenario, const QVariantMap &parameters, const QStringList &skip)
{
    QStringList parts;
    const Scenario *s = findScenario(scenario);
    if (s) {
        for (const ParamSpec &spec : s->info().params) {
            if (skip.contains(QLatin1String(spec.id)))
                continue;
            const QVariant v = parameters.value(QLatin1String(spec.id));
            if (!v.isValid())
                continue;
            // The crawler's fault: nothing to say when no page is faulty, and its kind by name.
            const bool fault = QLatin1String(spec.id).startsWith(QLatin1String("fault-"));
            if (fault && parameters.value(QStringLiteral("fault-page")).toInt() == 0)
                continue;
            const QString label = QCoreApplication::translate("Scenario", spec.label);
            QString value = spec.type == ParamSpec::Bool ? (v.toBool() ? tr("on") : tr("off")) : v.toString();
            if (QLatin1String(spec.id) == QLatin1String("fault-kind"))
                value = siteFaultName(SiteFault(v.toInt()));
            if (spec.unit && *spec.unit)
                value += QLatin1Char(' ') + QString::fromUtf8(spec.unit);
            parts << label + QLatin1Char(' ') + value;
        }
        return parts.join(QStringLiteral(" · "));
    }
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        parts << it.key() + QStringLiteral(" ") + valueText(it.value());
    return parts.join(QStringLiteral(" · "));
}

QString RunSummary::timeText(qint64 ns, qint64 unitNs)
{
    QString t = TimeAxis::formatDuration(ns);
    if (unitNs > 0) {
        const double units = double(ns) / double(unitNs);
        t += QStringLiteral(" (") + tr("%1 units").arg(QString::number(units, 'f', units >= 100 ? 0 : 2)) +
             QLatin1Char(')');
    }
    return t;
}

QString RunSummary::measuredText(const Trace &trace)
{
    const qint64 unit = TimelinePainter::unitOf(trace);
    QString s = tr("measured %1").arg(timeText(trace.wallNs, unit));
    if (trace.idealNs >= 0) {
        QString ideal = TimeAxis::formatDuration(trace.idealNs);
        if (unit > 0)
            ideal += QStringLiteral(" (") + tr("%1 units").arg(TimeAxis::formatUnits(double(trace.idealNs) / unit)) +
                     QLatin1Char(')');
        s += QStringLiteral(" · ") + tr("ideal %1").arg(ideal);
    }
    return s;
}

QString RunSummary::valueText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QVariantList) {
        QStringList items;
        for (const QVariant &v : value.toList())
            items << valueText(v);
        return items.isEmpty() ? tr("none") : items.join(QStringLiteral(", "));
    }
    if (value.typeId() == QMetaType::QVariantMap) {
        const QVariantMap map = value.toMap();
        // A skipped schedule entry: which one, whose, and why.
        if (map.contains(QStringLiteral("entry")) && map.contains(QStringLiteral("lane")) &&
            map.contains(QStringLiteral("why")))
            return tr("entry %1 (lane %2, %3)")
                .arg(map.value(QStringLiteral("entry")).toString(), map.value(QStringLiteral("lane")).toString(),
                     map.value(QStringLiteral("why")).toString());
        QStringList items;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            items << it.key() + QLatin1Char(' ') + valueText(it.value());
        return QLatin1Char('(') + items.join(QLatin1Char(' ')) + QLatin1Char(')');
    }
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? tr("yes") : tr("no");
    if (value.typeId() == QMetaType::Double) // measured figures: enough digits to compare, no noise
        return QString::number(value.toDouble(), 'g', 6);
    return value.toString();
}

QString RunSummary::resultsText(const Trace &trace)
{
    QStringList parts;
    for (auto it = trace.results.cbegin(); it != trace.results.cend(); ++it)
        parts << it.key() + QStringLiteral(" = ") + valueText(it.value());
    return parts.join(QStringLiteral(" · "));
}

} // namespace conlab
