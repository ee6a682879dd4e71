#include "windowsettings.h"

#include "apptheme.h"
#include "mainwindow.h"
#include "runcontrols.h"
#include "scenariolist.h"
#include "scenarios/scenario.h"

#include <QSettings>

namespace conlab {

namespace {

const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kScenario = QStringLiteral("run/scenario");
const QString kVariant = QStringLiteral("run/variant");
const QString kUnitMs = QStringLiteral("run/unit-ms");
const QString kTheme = QStringLiteral("view/theme");

} // namespace

void WindowSettings::restore(MainWindow &window, const QSettings &settings)
{
    AppTheme::apply(AppTheme::fromKey(settings.value(kTheme).toString()));
    if (settings.contains(kGeometry))
        window.restoreGeometry(settings.value(kGeometry).toByteArray());
    if (settings.contains(kState))
        window.restoreState(settings.value(kState).toByteArray());
    // A scenario or variant that no longer exists is passed over; the defaults stay.
    const QString scenario = settings.value(kScenario).toString();
    if (scenario.isEmpty() || !window.scenarioList()->select(scenario))
        return;
    if (settings.contains(kVariant))
        window.runControls()->setVariant(settings.value(kVariant).toString());
    if (settings.contains(kUnitMs))
        window.runControls()->setParam(QStringLiteral("unit-ms"), settings.value(kUnitMs).toLongLong());
}

void WindowSettings::save(const MainWindow &window, QSettings &settings)
{
    settings.setValue(kTheme, AppTheme::key(AppTheme::choice()));
    settings.setValue(kGeometry, window.saveGeometry());
    settings.setValue(kState, window.saveState());
    const RunControls *controls = window.runControls();
    if (const Scenario *scenario = controls->scenario()) {
        settings.setValue(kScenario, QLatin1String(scenario->info().id));
        settings.setValue(kVariant, controls->variant());
        const QVariant unit = controls->params().value(QStringLiteral("unit-ms"));
        if (unit.isValid())
            settings.setValue(kUnitMs, unit);
        else
            settings.remove(kUnitMs);
    }
}

} // namespace conlab
