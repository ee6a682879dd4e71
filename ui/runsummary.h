#pragma once

#include "trace/trace.h"

#include <QCoreApplication>
#include <QString>

namespace conlab {

// The words that explain a run: its scenario, variant, parameters, measured against ideal time
// and results. Shared by picture titles and the result panel, so they always agree.
class RunSummary
{
    Q_DECLARE_TR_FUNCTIONS(RunSummary)

public:
    static QString scenarioTitle(const Trace &trace);
    static QString scenarioTitle(const QString &scenario);
    static QString variantTitle(const Trace &trace);
    static QString variantTitle(const QString &scenario, const QString &variant);
    // "Unit 500 ms · Sing times 3 · Dance times 4", labels from the scenario's parameter table.
    static QString parametersText(const Trace &trace);
    static QString parametersText(const QString &scenario, const QVariantMap &parameters,
                                  const QStringList &skip = {});
    // "measured 4.02 units (2.01 s) · ideal 4 units (2.00 s)"
    static QString measuredText(const Trace &trace);
    // "counter = 7 · used_time = 4"
    static QString resultsText(const Trace &trace);
    static QString valueText(const QVariant &value);
    // A time in ms and, if the run has a unit, in units: "2.01 s (4.02 units)".
    static QString timeText(qint64 ns, qint64 unitNs);
};

} // namespace conlab
