#pragma once

#include "runtime/runcontext.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace conlab {

class Teaching;

// One row of a scenario's parameter table. The CLI flags, --list, the GUI controls and the
// JSON summary are all generated from these rows.
struct ParamSpec
{
    enum Type { Int, Bool };
    const char *id;    // stable: CLI flag name and key in saved files
    Type type;
    qint64 defaultValue;
    qint64 minimum;
    qint64 maximum;
    const char *label; // translatable (context "Scenario")
    const char *help;  // translatable (context "Scenario")
    const char *unit = ""; // "ms", "" …
};

struct VariantSpec
{
    const char *id;    // stable
    const char *title; // translatable
    const char *help;  // translatable
};

struct ScenarioInfo
{
    const char *id;      // stable
    const char *title;   // translatable
    const char *summary; // one line, translatable
    std::vector<VariantSpec> variants;
    std::vector<ParamSpec> params;
    QString listingResource; // Python-style listing in the resources
};

class Scenario
{
public:
    virtual ~Scenario() = default;
    virtual const ScenarioInfo &info() const = 0;
    // Runs on the run's own thread; returns when done or stopped.
    virtual void run(RunContext &ctx) const = 0;
    // The ideal wall time for these parameters, or -1 where the scenario has none.
    virtual qint64 idealNs(const QString &variant, const QVariantMap &params) const;

    const ParamSpec *param(const QString &id) const;
    const VariantSpec *variant(const QString &id) const;
    QVariantMap defaults() const;
    QString listing() const; // the raw listing of the first variant, markers and all
    // What the source panel shows and the step lines refer to: the variant's listing with the
    // run's parameters filled in and its conditional lines resolved.
    QString renderedListing(const QString &variant, const QVariantMap &params) const;
    // The listing resource for a variant (default: info().listingResource).
    virtual QString listingResource(const QString &variant) const;
    // Result names whose values together key the trials histogram (empty: no trials).
    virtual QStringList outcomeKeys() const { return {}; }
    // How many lanes a schedule can name for these parameters (0: this scenario has none).
    virtual int steppableLanes(const QVariantMap &params) const;
    // What it teaches: the lesson before and after a run, the question to predict (none: the
    // lesson panel says nothing of it).
    virtual const Teaching *teaching() const { return nullptr; }
    // Its work is computation alone, so it speeds up with free cores and no further (what the
    // speed-up sweep's picture explains).
    virtual bool pureComputation() const { return false; }
};

// The unit parameter every scenario shares.
ParamSpec unitParam();

// The registry (registry.cpp): every scenario, in the order the list shows them.
const std::vector<const Scenario *> &scenarios();
const Scenario *findScenario(const QString &id);
// Adds a scenario after the built-in ones, for a program or test that defines its own. Call on
// the main thread before any run starts; `scenario` must outlive every use of the registry.
void registerScenario(const Scenario *scenario);

} // namespace conlab
