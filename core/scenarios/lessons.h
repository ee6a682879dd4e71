#pragma once

#include "teaching.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

namespace conlab {

class Scenario;
class Trace;

// A short lesson for each scenario, for the teacher to read out: before a run, what to watch
// for and the question to ask the class; after it, what happened, told with the run's own
// figures (its wall time in units, its results), so the sentences change when the unit, the
// workers or the outcome do. Plain sentences; the window sets them in HTML. The texts are the
// scenario's own (Scenario::teaching()); they are translated in this class's context.
class Lessons
{
    Q_DECLARE_TR_FUNCTIONS(Lessons)

public:
    using Before = LessonBefore;
    static Before before(const Scenario &scenario, const QString &variant, const QVariantMap &params);
    // Empty if the run has no scenario this knows, or ended with no results (stopped early).
    static QString after(const Trace &trace);

    // A run's wall time in units, as the lessons write it ("4.0").
    static QString units(qint64 ns, const QVariantMap &params);
};

} // namespace conlab
