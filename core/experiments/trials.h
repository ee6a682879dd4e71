#pragma once

#include "scenarios/scenario.h"

#include <functional>

namespace conlab {

// Many runs of one scenario in chaos mode (seeds seed, seed+1, …), summarised as a histogram
// of outcomes keyed by the scenario's outcomeKeys(), plus the totals of its damage counts.
struct TrialsSummary
{
    QString scenario;
    QString variant;
    QVariantMap parameters;
    int trials = 0;
    qint64 wallNs = 0;
    QVariantList histogram; // {key values…, count}, most frequent first
    QVariantMap totals;     // stale_checks, lost_updates: summed; trials_with_<name>: how many had any
    bool stopped = false;
};

// `progress(done)` is called after each trial; returning false stops the trials.
TrialsSummary runTrials(const Scenario &scenario, RunSettings settings, int trials,
                        const std::function<bool(int)> &progress = {});

QVariantMap trialsToVariant(const TrialsSummary &summary);

} // namespace conlab
