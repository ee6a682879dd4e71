#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace conlab {

class Scenario;
class Trace;

// Predict, then reveal: before a run the class picks an answer to one question about it (the
// balance at the end, how long it takes, whether it deadlocks); after the run the measured
// result says which choice it bore out.
class Predictions
{
    Q_DECLARE_TR_FUNCTIONS(Predictions)

public:
    struct Choice
    {
        QString text;
        double value = 0; // what the run must show for this choice: a balance, units, a yes/no …
    };
    struct Question
    {
        QString text; // empty: this scenario asks nothing
        QList<Choice> choices;
    };
    struct Reveal
    {
        int choice = -1;  // the choice the run bore out; -1: none of them
        QString measured; // what the run gave, in words
    };

    static Question question(const Scenario &scenario, const QString &variant, const QVariantMap &params);
    // The run's answer to the question asked for its scenario, variant and parameters.
    static Reveal reveal(const Scenario &scenario, const Trace &trace);
};

} // namespace conlab
