#include "runsummary.h"

#include "scenarios/scenario.h"
#include "timeaxis.h"
#include "timelinepainter.h"

#include <QStringList>

namespace conlab {

QString RunSummary::scenarioTitle(const Trace &trace)
{
    const Scenario *s = findScenario(trace.scenario);
    return s ? QCoreApplication::translate("Scenario", s->info().title) : trace.scenario;
}

QString RunSummary::variantTitle(const Trace &trace)
{
    const Scenario *s = findScenario(trace.scenario);
    const VariantSpec *v = s ? s->variant(trace.variant) : nullptr;
    return v ? QCoreApplication::translate("Scenario", v->title) : trace.variant;
}

QString RunSummary::parametersText(const Trace &trace)
{
    QStringList parts;
    const Scenario *s = findScenario(trace.scenario);
    if (s) {
        for (const ParamSpec &spec : s->info().params) {
            const QVariant v = trace.parameters.value(QLatin1String(spec.id));
            if (!v.isValid())
                continue;
            const QString label = QCoreApplication::translate("Scenario", spec.label);
            QString value = spec.type == ParamSpec::Bool ? (v.toBool() ? tr("on") : tr("off")) : v.toString();
            if (spec.unit && *spec.unit)
                value += QLatin1Char(' ') + QLatin1String(spec.unit);
            parts << label + QLatin1Char(' ') + value;
        }
        return parts.join(QStringLiteral(" · "));
    }
    for (auto it = trace.parameters.cbegin(); it != trace.parameters.cend(); ++it)
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
        return items.join(QStringLiteral(", "));
    }
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? tr("yes") : tr("no");
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
