#pragma once

#include "runtime/stepgate.h"
#include "trace/trace.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace conlab {

// What one steppable lane will do next, in words a student reads off the listing.
struct LaneStep
{
    int number = 0; // 1-based: the key that steps it
    int lane = -1;
    QString name;
    StepGate::Phase phase = StepGate::Phase::Running;
    QString code;   // Parked: the line it takes next, parameters filled in; else what it is doing
    QString values; // the live values that line works on: "balance = 100 · local balance = 20"
    bool canStep = false;
};

// Turns the gate's view of the lanes and the trace so far into "t1 next: … (balance = 100)".
// Pure: no widgets, so the words are tested without a window.
class StepModel
{
    Q_DECLARE_TR_FUNCTIONS(StepModel)

public:
    StepModel() = default;
    // `listing` is the rendered listing the step lines refer to.
    StepModel(const QString &listing, const QVariantMap &params);

    std::vector<LaneStep> lanes(const Trace &trace, const std::vector<StepGate::LaneView> &gate) const;
    // Line `line` (1-based) as code: comment dropped, the enclosing function's arguments that
    // are run parameters replaced by their values; `with x:` becomes x.acquire()/x.release().
    QString code(int line, const QString &action) const;
    // Every lane has arrived at its next step or finished: nothing moves until the next grant.
    static bool settled(const std::vector<StepGate::LaneView> &gate);
    // "1,2,1,2"
    static QString scheduleText(const std::vector<int> &schedule);

private:
    QStringList functionParams(int line) const;
    QString liveValues(const Trace &trace, int lane, const QString &action) const;

    QStringList m_lines;
    QVariantMap m_params;
};

} // namespace conlab
