#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

namespace conlab {

class Scenario;
class Trace;

// What the lesson panel says before a run.
struct LessonBefore
{
    QString watch; // what to look at on the timeline
    QString ask;   // the question for the class
};

struct PredictionChoice
{
    QString text;
    double value = 0; // what the run must show for this choice: a balance, units, a yes/no …
};

struct PredictionQuestion
{
    QString text; // empty: this scenario asks nothing
    QList<PredictionChoice> choices;
};

struct PredictionReveal
{
    int choice = -1;  // the choice the run bore out; -1: none of them
    QString measured; // what the run gave, in words
};

// What one scenario teaches: the lesson before and after a run and the question to predict.
// Each scenario's folder has its own, next to the code and the listings the texts speak of;
// Lessons and Predictions ask it through Scenario::teaching(). They fill in the parameters'
// defaults first and never ask about a run that was stopped or has no results.
class Teaching
{
public:
    virtual ~Teaching() = default;
    virtual LessonBefore before(const QString &variant, const QVariantMap &params) const = 0;
    virtual QString after(const Trace &trace) const = 0;
    virtual PredictionQuestion question(const Scenario &scenario, const QString &variant,
                                        const QVariantMap &params) const = 0;
    // The run's answer to `asked`, the question this teaching gave for the run's parameters.
    virtual PredictionReveal reveal(const Trace &trace, const PredictionQuestion &asked) const = 0;
};

// The helpers the teachings share.
namespace teach {

qint64 num(const QVariantMap &map, const char *key);
QString text(const QVariantMap &map, const char *key);
bool is(const QString &variant, const char *id);
// `given` over the scenario's defaults: what a run with these settings would use.
QVariantMap withDefaults(const Scenario &scenario, const QVariantMap &given);

// Adds a choice unless one with the same value is there: with some parameters two answers coincide.
void addChoice(QList<PredictionChoice> &choices, const QString &text, double value);
int exactChoice(const QList<PredictionChoice> &choices, double value);
// The nearest choice, if it is within a third of the measured value: a run that took 4.3 units
// bears out "about 4 units", not "about 7".
int nearestChoice(const QList<PredictionChoice> &choices, double value);

// "How long will the run take?", answered from the ideal time of each of the scenario's variants
// (the sing/dance threads, the pool), and the run's answer to it.
PredictionQuestion durationQuestion(const Scenario &scenario, const QVariantMap &params);
PredictionReveal durationReveal(const Trace &trace, const PredictionQuestion &asked);

} // namespace teach

} // namespace conlab
