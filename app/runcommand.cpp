#include "runcommand.h"

#include "guimodule.h"
#include "printline.h"
#include "stopsignals.h"
#include "scenarios/cpu-bound/cpuwork.h"
#include "scenarios/run.h"
#include "experiments/sweep.h"
#include "experiments/trials.h"
#include "trace/chrome/chromewriter.h"
#include "trace/savefile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <thread>

namespace conlab {

namespace {

bool anyLaneFailed(const Trace &trace)
{
    for (const Lane &lane : trace.lanes()) {
        const auto &events = trace.events(lane.id);
        for (auto it = events.rbegin(); it != events.rend(); ++it) {
            if (it->type == EventType::State) {
                if (it->state == State::Failed)
                    return true;
                break;
            }
        }
    }
    return false;
}

QString summaryText(const Trace &trace)
{
    const double unitMs = trace.parameters.value(QStringLiteral("unit-ms")).toDouble();
    const double wallMs = double(trace.wallNs) / 1e6;
    QString s = QStringLiteral("%1/%2: %3 ms").arg(trace.scenario, trace.variant).arg(wallMs, 0, 'f', 1);
    if (unitMs > 0)
        s += QStringLiteral(" (%1 units)").arg(wallMs / unitMs, 0, 'f', 2);
    if (trace.idealNs >= 0) {
        const double idealMs = double(trace.idealNs) / 1e6;
        s += QCoreApplication::translate("CommandLine", ", ideal %1 ms").arg(idealMs, 0, 'f', 0);
        if (idealMs > 0)
            s += QStringLiteral(" (%1%)").arg(100.0 * wallMs / idealMs, 0, 'f', 1);
    }
    s += QLatin1Char('\n');
    for (const Lane &lane : trace.lanes()) {
        s += QStringLiteral("  %1 (%2): pid %3, ppid %4, tid %5\n")
                 .arg(lane.name, QString::fromLatin1(laneKindName(lane.kind)).toLower())
                 .arg(lane.pid)
                 .arg(lane.ppid)
                 .arg(lane.tid);
    }
    for (auto it = trace.results.cbegin(); it != trace.results.cend(); ++it) {
        const QJsonValue v = QJsonValue::fromVariant(it.value());
        const QString text = v.isArray() || v.isObject()
                                 ? QString::fromUtf8(QJsonDocument::fromVariant(it.value()).toJson(QJsonDocument::Compact))
                                 : it.value().toString();
        s += QStringLiteral("  %1 = %2\n").arg(it.key(), text);
    }
    return s;
}

QString exportTrace(const Trace &trace, const QString &path, QSize size)
{
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        QString error;
        GuiModule *gui = GuiModule::get(&error);
        return gui ? gui->exportPicture(trace, path, size) : error;
    }
    return saveChromeTrace(trace, path);
}

// The histogram as JSON, or as a picture drawn like the window's Trials view.
QString exportTrials(const TrialsSummary &summary, const QByteArray &json, const QString &path, QSize size)
{
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        QString error;
        GuiModule *gui = GuiModule::get(&error);
        return gui ? gui->exportTrials({summary}, path, size) : error;
    }
    return saveFile(path, json);
}

} // namespace

QByteArray summaryJson(const Trace &trace)
{
    QJsonObject o;
    o.insert(QStringLiteral("scenario"), trace.scenario);
    o.insert(QStringLiteral("variant"), trace.variant);
    o.insert(QStringLiteral("parameters"), QJsonObject::fromVariantMap(trace.parameters));
    o.insert(QStringLiteral("wall_ms"), double(trace.wallNs) / 1e6);
    o.insert(QStringLiteral("ideal_ms"), trace.idealNs >= 0 ? QJsonValue(double(trace.idealNs) / 1e6) : QJsonValue());
    QJsonArray lanes;
    for (const Lane &lane : trace.lanes()) {
        QJsonObject l;
        l.insert(QStringLiteral("name"), lane.name);
        l.insert(QStringLiteral("kind"), QLatin1String(laneKindName(lane.kind)));
        l.insert(QStringLiteral("pid"), lane.pid);
        l.insert(QStringLiteral("ppid"), lane.ppid);
        l.insert(QStringLiteral("tid"), lane.tid);
        lanes.append(l);
    }
    o.insert(QStringLiteral("lanes"), lanes);
    o.insert(QStringLiteral("results"), QJsonObject::fromVariantMap(trace.results));
    QJsonArray schedule;
    for (int n : trace.schedule)
        schedule.append(n);
    o.insert(QStringLiteral("schedule"), schedule);
    o.insert(QStringLiteral("events"), qint64(trace.eventCount()));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Writes an export of trials or a sweep; false (and one line on stderr) if it cannot.
bool writeJson(const QString &path, const QByteArray &json)
{
    const QString error = saveFile(path, json);
    if (!error.isEmpty())
        printError(error);
    return error.isEmpty();
}

QString trialsText(const TrialsSummary &s, const QStringList &keys)
{
    QString out = QStringLiteral("%1/%2: %3 chaos trials in %4 ms\n")
                      .arg(s.scenario, s.variant)
                      .arg(s.trials)
                      .arg(double(s.wallNs) / 1e6, 0, 'f', 0);
    for (const QVariant &row : s.histogram) {
        const QVariantMap m = row.toMap();
        QStringList parts;
        for (const QString &k : keys)
            parts << k + QLatin1Char('=') + m.value(k).toString();
        const int count = m.value(QStringLiteral("count")).toInt();
        out += QStringLiteral("  %1  %2 (%3%)\n")
                   .arg(parts.join(QLatin1String(", ")).leftJustified(40))
                   .arg(count, 6)
                   .arg(100.0 * count / std::max(1, s.trials), 0, 'f', 1);
    }
    for (auto it = s.totals.cbegin(); it != s.totals.cend(); ++it)
        out += QStringLiteral("  %1 = %2\n").arg(it.key(), it.value().toString());
    return out;
}

int trialsCommand(const Command &command, RunSettings settings)
{
    StopSignals stopSignals;
    bool interrupted = false;
    const TrialsSummary summary = runTrials(*command.scenario, settings, command.trials, [&](int) {
        interrupted = interrupted || stopSignals.caught(0);
        return !interrupted;
    });
    const QByteArray json = QJsonDocument(QJsonObject::fromVariantMap(trialsToVariant(summary))).toJson(QJsonDocument::Compact);
    if (command.json)
        printLine(stdout, QString::fromUtf8(json));
    else
        std::fputs(qPrintable(trialsText(summary, command.scenario->outcomeKeys())), stdout);
    if (!command.exportPath.isEmpty()) {
        const QString error = exportTrials(summary, json, command.exportPath, command.size);
        if (!error.isEmpty()) {
            printError(error);
            return 1;
        }
    }
    return interrupted ? 130 : 0;
}

QString sweepRow(const SweepPoint &p)
{
    return QStringLiteral("  %1 %2 %3 %4 %5")
        .arg(p.workers, 7)
        .arg(double(p.wallNs) / 1e6, 9, 'f', 1)
        .arg(p.speedup, 8, 'f', 2)
        .arg(p.ideal, 6, 'f', 2)
        .arg(p.cpuMs >= 0 ? QString::number(p.cpuMs, 'f', 1) : QStringLiteral("-"), 8);
}

// --sweep: the runs go on a thread of their own so that Ctrl+C can stop the one in progress.
int sweepCommand(const Command &command, RunSettings settings)
{
    StopSignals stopSignals;
    std::stop_source stop;
    if (!command.json) {
        printLine(stdout, QCoreApplication::translate("CommandLine", "%1/%2: speed-up against workers, 1 to %3, on %4 cores")
                              .arg(QLatin1String(command.scenario->info().id), command.variant)
                              .arg(command.sweepMax)
                              .arg(availableCores()));
        printLine(stdout, QCoreApplication::translate("CommandLine", "  workers   wall ms speed-up  ideal   cpu ms"));
    }
    SweepSummary summary;
    std::atomic<bool> done{false};
    std::jthread worker([&] {
        summary = runSweep(*command.scenario, settings, command.sweepMax, stop.get_token(), [&](const SweepPoint &p) {
            if (!command.json)
                printLine(stdout, sweepRow(p));
        });
        done = true;
    });
    bool interrupted = false;
    while (!done.load()) {
        if (stopSignals.caught(50) && !interrupted) {
            interrupted = true;
            stop.request_stop();
        }
    }
    worker.join();
    if (summary.stopped && !command.json)
        printLine(stdout, QCoreApplication::translate("CommandLine", "  stopped"));
    const QByteArray json =
        QJsonDocument(QJsonObject::fromVariantMap(sweepToVariant(summary))).toJson(QJsonDocument::Compact);
    if (command.json)
        printLine(stdout, QString::fromUtf8(json));
    if (command.exportPath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        if (!writeJson(command.exportPath, json))
            return 1;
    } else if (!command.exportPath.isEmpty() && !summary.points.empty()) {
        QString error;
        GuiModule *gui = GuiModule::get(&error);
        if (gui)
            error = gui->exportSweep(summary, command.exportPath, command.size);
        if (!error.isEmpty()) {
            printError(error);
            return 1;
        }
    }
    return interrupted ? 130 : 0;
}

// One run to its end; a stop signal stops it early and sets `interrupted`.
Trace runOnce(const Scenario &scenario, const RunSettings &settings, StopSignals &stopSignals, bool *interrupted)
{
    Run run(scenario, settings);
    Trace trace(run.context().recorder().sharedStrings());
    run.start();
    while (!run.waitFinished(0)) {
        if (stopSignals.caught(50)) {
            *interrupted = true;
            run.stop();
        }
        run.drainInto(trace); // keeps the recorder's chunks short on long runs
    }
    run.stop();
    run.finishTrace(trace);
    return trace;
}

// --compare: every variant in the scenario's order with the same parameters, then one picture
// with the runs stacked on one time axis (or their summaries as JSON).
int compareCommand(const Command &command, RunSettings settings)
{
    StopSignals stopSignals;
    bool interrupted = false;
    std::vector<Trace> traces;
    for (const VariantSpec &v : command.scenario->info().variants) {
        settings.variant = QLatin1String(v.id);
        if (!command.json) {
            printLine(stdout,
                      QStringLiteral("== %1/%2").arg(QLatin1String(command.scenario->info().id), settings.variant));
            settings.output = [](const QString &line) { printLine(stdout, line); };
        }
        traces.push_back(runOnce(*command.scenario, settings, stopSignals, &interrupted));
        if (!command.json)
            std::fputs(qPrintable(summaryText(traces.back())), stdout);
        if (interrupted)
            return 130;
    }
    QJsonArray summaries;
    QList<const Trace *> runs;
    for (const Trace &t : traces) {
        summaries.append(QJsonDocument::fromJson(summaryJson(t)).object());
        runs << &t;
    }
    const QByteArray json =
        QJsonDocument(QJsonObject{{QStringLiteral("scenario"), QLatin1String(command.scenario->info().id)},
                                  {QStringLiteral("compare"), summaries}})
            .toJson(QJsonDocument::Compact);
    if (command.json)
        printLine(stdout, QString::fromUtf8(json));
    if (!command.exportPath.isEmpty()) {
        QString error;
        if (command.exportPath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
            if (!writeJson(command.exportPath, json))
                return 1;
        } else if (GuiModule *gui = GuiModule::get(&error)) {
            error = gui->exportComparison(runs, command.exportPath, command.size);
        }
        if (!error.isEmpty()) {
            printError(error);
            return 1;
        }
    }
    const bool failed = std::any_of(traces.begin(), traces.end(), [](const Trace &t) { return anyLaneFailed(t); });
    return failed ? 1 : 0;
}

int runCommand(const Command &command)
{
    RunSettings settings;
    settings.variant = command.variant;
    settings.params = command.params;
    settings.workerPath = QCoreApplication::applicationFilePath();
    settings.outDir = command.outDir;
    if (!command.schedule.empty()) {
        settings.gate.mode = StepMode::Schedule;
        settings.gate.schedule = command.schedule;
    }
    if (command.trials > 0)
        return trialsCommand(command, settings);
    if (command.sweep)
        return sweepCommand(command, settings);
    if (command.compare)
        return compareCommand(command, settings);
    if (!command.json)
        settings.output = [](const QString &line) { printLine(stdout, line); };

    StopSignals stopSignals;
    bool interrupted = false;
    const Trace trace = runOnce(*command.scenario, settings, stopSignals, &interrupted);

    if (command.json)
        printLine(stdout, QString::fromUtf8(summaryJson(trace)));
    else
        std::fputs(qPrintable(summaryText(trace)), stdout);
    if (!command.exportPath.isEmpty()) {
        const QString error = exportTrace(trace, command.exportPath, command.size);
        if (!error.isEmpty()) {
            printError(error);
            return 1;
        }
    }
    if (interrupted)
        return 130;
    return anyLaneFailed(trace) ? 1 : 0;
}

} // namespace conlab
