#pragma once

#include "teaching.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace conlab {

class Scenario;
class Trace;

// Predict, then reveal: before a run the class picks an answer to one question about it (the
// balance at the end, how long it takes, whether it deadlocks); after the run the measured
// result says which choice it bore out. The questions are the scenario's own
// (Scenario::teaching()); they are translated in this class's context.
class Predictions
{
    Q_DECLARE_TR_FUNCTIONS(Predictions)

public:
    using Choice = PredictionChoice;
    using Question = PredictionQuestion;
    using Reveal = PredictionReveal;

    static Question question(const Scenario &scenario, const QString &variant, const QVariantMap &params);
    // The run's answer to the question asked for its scenario, variant and parameters.
    static Reveal reveal(const Scenario &scenario, const Trace &trace);
};

} // namespace conlab
