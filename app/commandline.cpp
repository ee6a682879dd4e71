#include "commandline.h"

#include "scenarios/scenario.h"
#include "experiments/sweep.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <charconv>

namespace conlab {

namespace {

bool parseInt(const QString &text, qint64 *out)
{
    const QByteArray latin = text.toLatin1();
    if (latin.isEmpty())
        return false;
    const char *end = latin.constData() + latin.size();
    auto [p, ec] = std::from_chars(latin.constData(), end, *out);
    return ec == std::errc() && p == end;
}

// Splits "--name=value" into name and value; plain "--name" gives no value.
void splitOption(const QString &arg, QString *name, QString *value, bool *hasValue)
{
    const qsizetype eq = arg.indexOf(QLatin1Char('='));
    *hasValue = eq >= 0;
    *name = *hasValue ? arg.left(eq) : arg;
    *value = *hasValue ? arg.mid(eq + 1) : QString();
}

QString parseParam(const ParamSpec &spec, const QString &text, QVariant *out)
{
    qint64 v = 0;
    if (!parseInt(text, &v))
        return QCoreApplication::translate("CommandLine", "--%1 needs a whole number, not '%2'").arg(QLatin1String(spec.id), text);
    if (v < spec.minimum || v > spec.maximum)
        return QCoreApplication::translate("CommandLine", "--%1 must be between %2 and %3 (got %4)")
            .arg(QLatin1String(spec.id))
            .arg(spec.minimum)
            .arg(spec.maximum)
            .arg(v);
    *out = v;
    return {};
}

QString parseSize(const QString &text, QSize *out)
{
    const QStringList parts = text.split(QLatin1Char('x'));
    qint64 w = 0, h = 0;
    if (parts.size() != 2 || !parseInt(parts[0], &w) || !parseInt(parts[1], &h))
        return QCoreApplication::translate("CommandLine", "--size needs WIDTHxHEIGHT, such as 1920x1080, not '%1'").arg(text);
    if (w < 320 || h < 200 || w > 7680 || h > 4320)
        return QCoreApplication::translate("CommandLine", "--size must be from 320x200 to 7680x4320 (got %1)").arg(text);
    *out = QSize(int(w), int(h));
    return {};
}

QString parseSchedule(const QString &text, std::vector<int> *out)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() > 100000)
        return QCoreApplication::translate("CommandLine", "--schedule has more than 100000 entries");
    for (const QString &part : parts) {
        qint64 n = 0;
        if (!parseInt(part.trimmed(), &n) || n < 1 || n > 64)
            return QCoreApplication::translate("CommandLine", "--schedule needs lane numbers separated by commas, such as 1,2,1,2, not '%1'").arg(text);
        out->push_back(int(n));
    }
    return {};
}

QString checkSweep(const Command &c)
{
    if (!canSweep(*c.scenario))
        return QCoreApplication::translate("CommandLine", "scenario '%1' has no workers to sweep").arg(QLatin1String(c.scenario->info().id));
    if (!c.schedule.empty() || c.trials > 0)
        return QCoreApplication::translate("CommandLine", "--sweep cannot be combined with --schedule or --trials");
    return {};
}

QString checkCompare(const Command &c)
{
    if (c.variantGiven)
        return QCoreApplication::translate("CommandLine", "--compare runs every variant; it cannot be combined with --variant, --lock or --no-lock");
    if (c.sweep || c.trials > 0 || !c.schedule.empty())
        return QCoreApplication::translate("CommandLine", "--compare cannot be combined with --sweep, --trials or --schedule");
    return {};
}

// Checks that need every option: they depend on each other.
QString checkRun(const Command &c)
{
    if (c.params.value(QStringLiteral("fault-page")).toInt() > c.params.value(QStringLiteral("pages"), 1 << 30).toInt())
        return QCoreApplication::translate("CommandLine", "--fault names page %1, but the run has %2 pages")
            .arg(c.params.value(QStringLiteral("fault-page")).toInt())
            .arg(c.params.value(QStringLiteral("pages")).toInt());
    if (c.compare)
        return checkCompare(c);
    if (c.sweep)
        return checkSweep(c);
    if (!c.schedule.empty()) {
        const int lanes = c.scenario->steppableLanes(c.params);
        if (lanes == 0)
            return QCoreApplication::translate("CommandLine", "scenario '%1' has no lanes to schedule").arg(QLatin1String(c.scenario->info().id));
        for (int n : c.schedule) {
            if (n > lanes)
                return QCoreApplication::translate("CommandLine", "--schedule names lane %1, but this run has %2").arg(n).arg(lanes);
        }
        if (c.trials > 0)
            return QCoreApplication::translate("CommandLine", "--schedule and --trials cannot be combined: trials choose their own interleavings");
    }
    if (c.trials > 0) {
        if (c.scenario->outcomeKeys().isEmpty())
            return QCoreApplication::translate("CommandLine", "scenario '%1' has no outcomes to count in trials").arg(QLatin1String(c.scenario->info().id));
    }
    return {};
}

ParseResult parseRun(const QStringList &args)
{
    ParseResult r;
    Command &c = r.command;
    c.kind = Command::Run;
    if (args.size() < 2 || args[1].startsWith(QLatin1Char('-'))) {
        r.error = QCoreApplication::translate("CommandLine", "run needs a scenario id (see --list)");
        return r;
    }
    c.scenario = findScenario(args[1]);
    if (!c.scenario) {
        r.error = QCoreApplication::translate("CommandLine", "unknown scenario '%1' (see --list)").arg(args[1]);
        return r;
    }
    c.params = c.scenario->defaults();
    c.variant = QLatin1String(c.scenario->info().variants.front().id);
    bool &variantGiven = c.variantGiven;
    QVariantMap given; // parameters set on this command line: the same one twice must agree
    auto setParam = [&](const QString &key, const QVariant &v) {
        if (given.contains(key) && given.value(key) != v) {
            r.error = v.typeId() == QMetaType::Bool
                          ? QCoreApplication::translate("CommandLine", "--%1 and --no-%1 cannot be given together").arg(key)
                          : QCoreApplication::translate("CommandLine", "conflicting values for --%1: %2 and %3").arg(key, given.value(key).toString(), v.toString());
            return false;
        }
        given.insert(key, v);
        c.params.insert(key, v);
        return true;
    };
    for (int i = 2; i < args.size(); ++i) {
        QString name, value;
        bool hasValue = false;
        splitOption(args[i], &name, &value, &hasValue);
        if (!name.startsWith(QLatin1String("--"))) {
            r.error = QCoreApplication::translate("CommandLine", "unexpected argument '%1'").arg(args[i]);
            return r;
        }
        const QString key = name.mid(2);
        auto takeValue = [&]() -> bool {
            if (hasValue)
                return true;
            if (i + 1 < args.size() && !args[i + 1].startsWith(QLatin1String("--"))) {
                value = args[++i];
                return true;
            }
            r.error = QCoreApplication::translate("CommandLine", "%1 needs a value").arg(name);
            return false;
        };
        auto noValue = [&]() -> bool {
            if (hasValue)
                r.error = QCoreApplication::translate("CommandLine", "%1 takes no value").arg(name);
            return !hasValue;
        };
        auto setVariant = [&](const QString &v) -> bool {
            if (variantGiven && v != c.variant) {
                r.error = QCoreApplication::translate("CommandLine", "conflicting variants '%1' and '%2'").arg(c.variant, v);
                return false;
            }
            if (!c.scenario->variant(v)) {
                QStringList ids;
                for (const VariantSpec &spec : c.scenario->info().variants)
                    ids << QLatin1String(spec.id);
                r.error = QCoreApplication::translate("CommandLine", "scenario '%1' has no variant '%2' (it has: %3)")
                              .arg(QLatin1String(c.scenario->info().id), v, ids.join(QLatin1String(", ")));
                return false;
            }
            variantGiven = true;
            c.variant = v;
            return true;
        };
        if (key == QLatin1String("variant")) {
            if (!takeValue() || !setVariant(value))
                return r;
        } else if (key == QLatin1String("lock") || key == QLatin1String("no-lock")) {
            if (!noValue() || !setVariant(key))
                return r;
        } else if (key == QLatin1String("json")) {
            if (!noValue())
                return r;
            c.json = true;
        } else if (key == QLatin1String("compare")) {
            if (!noValue())
                return r;
            c.compare = true;
        } else if (key == QLatin1String("sweep")) {
            if (!noValue())
                return r;
            c.sweep = true;
        } else if (key == QLatin1String("export")) {
            if (!takeValue())
                return r;
            const QString lower = value.toLower();
            if (!lower.endsWith(QLatin1String(".json")) && !lower.endsWith(QLatin1String(".png")) &&
                !lower.endsWith(QLatin1String(".svg"))) {
                r.error = QCoreApplication::translate("CommandLine", "--export writes .png, .svg or .json files, not '%1'").arg(value);
                return r;
            }
            // Known before the run, not after it: the folder the file goes into.
            const QFileInfo folder(QFileInfo(value).absolutePath());
            if (!folder.isDir()) {
                r.error = QCoreApplication::translate("CommandLine", "--export: the folder %1 does not exist").arg(QDir::toNativeSeparators(folder.filePath()));
                return r;
            }
            if (QFileInfo(value).isDir()) {
                r.error = QCoreApplication::translate("CommandLine", "--export: %1 is a folder").arg(QDir::toNativeSeparators(value));
                return r;
            }
            c.exportPath = value;
        } else if (key == QLatin1String("schedule")) {
            if (!takeValue())
                return r;
            if (!c.schedule.empty()) {
                r.error = QCoreApplication::translate("CommandLine", "--schedule given twice");
                return r;
            }
            r.error = parseSchedule(value, &c.schedule);
            if (!r.error.isEmpty())
                return r;
        } else if (key == QLatin1String("trials")) {
            qint64 n = 0;
            if (!takeValue())
                return r;
            if (!parseInt(value, &n) || n < 1 || n > 100000) {
                r.error = QCoreApplication::translate("CommandLine", "--trials needs a number from 1 to 100000, not '%1'").arg(value);
                return r;
            }
            c.trials = int(n);
        } else if (key == QLatin1String("out")) {
            if (!takeValue())
                return r;
            c.outDir = value;
        } else if (key == QLatin1String("fault") && c.scenario->param(QStringLiteral("fault-page"))) {
            // --fault PAGE:KIND, as for serve: short for --fault-page PAGE --fault-kind K
            int page = 0;
            SiteFault fault = SiteFault::None;
            if (!takeValue() || !parseSiteFault(value, int(c.scenario->param(QStringLiteral("fault-page"))->maximum),
                                                &page, &fault, &r.error))
                return r;
            c.params.insert(QStringLiteral("fault-page"), page);
            c.params.insert(QStringLiteral("fault-kind"), int(fault));
        } else if (key == QLatin1String("size")) {
            if (!takeValue())
                return r;
            r.error = parseSize(value, &c.size);
            if (!r.error.isEmpty())
                return r;
        } else if (const ParamSpec *spec = c.scenario->param(key); spec && spec->type == ParamSpec::Int) {
            QVariant v;
            if (!takeValue())
                return r;
            r.error = parseParam(*spec, value, &v);
            if (!r.error.isEmpty())
                return r;
            if (!setParam(key, v))
                return r;
            if (key == QLatin1String("workers"))
                c.sweepMax = v.toInt(); // a sweep's last point
        } else if (const ParamSpec *flag = c.scenario->param(key); flag && flag->type == ParamSpec::Bool) {
            if (!noValue() || !setParam(key, true))
                return r;
        } else if (const ParamSpec *neg = key.startsWith(QLatin1String("no-")) ? c.scenario->param(key.mid(3)) : nullptr;
                   neg && neg->type == ParamSpec::Bool) {
            if (!noValue() || !setParam(key.mid(3), false))
                return r;
        } else {
            r.error = QCoreApplication::translate("CommandLine", "unknown option %1 for 'run %2' (see --list)").arg(name, args[1]);
            return r;
        }
    }
    if (c.sweep && c.sweepMax == 0)
        c.sweepMax = defaultSweepMax(*c.scenario);
    r.error = checkRun(c);
    return r;
}

// serve [--port P] [--pages N] [--latency-ms MS] [--fault PAGE:KIND]…
ParseResult parseServe(const QStringList &args)
{
    ParseResult r;
    Command &c = r.command;
    c.kind = Command::Serve;
    QStringList faults;
    for (int i = 1; i < args.size(); ++i) {
        QString name, value;
        bool hasValue = false;
        splitOption(args[i], &name, &value, &hasValue);
        if (!hasValue) {
            if (i + 1 >= args.size() || args[i + 1].startsWith(QLatin1String("--"))) {
                r.error = name.startsWith(QLatin1String("--")) ? QCoreApplication::translate("CommandLine", "%1 needs a value").arg(name)
                                                                : QCoreApplication::translate("CommandLine", "unexpected argument '%1'").arg(args[i]);
                return r;
            }
            value = args[++i];
        }
        auto number = [&](qint64 lo, qint64 hi, int *out) {
            qint64 v = 0;
            if (!parseInt(value, &v) || v < lo || v > hi) {
                r.error = QCoreApplication::translate("CommandLine", "%1 needs a whole number from %2 to %3, not '%4'").arg(name).arg(lo).arg(hi).arg(value);
                return false;
            }
            *out = int(v);
            return true;
        };
        if (name == QLatin1String("--port")) {
            if (!number(0, 65535, &c.port))
                return r;
        } else if (name == QLatin1String("--pages")) {
            if (!number(1, 50, &c.pages))
                return r;
        } else if (name == QLatin1String("--latency-ms")) {
            if (!number(0, 10000, &c.latencyMs))
                return r;
        } else if (name == QLatin1String("--fault")) {
            faults << value;
        } else {
            r.error = QCoreApplication::translate("CommandLine", "unknown option %1 for 'serve' (see --help)").arg(name);
            return r;
        }
    }
    for (const QString &f : faults) { // after --pages, wherever it came
        int page = 0;
        SiteFault fault = SiteFault::None;
        if (!parseSiteFault(f, c.pages, &page, &fault, &r.error))
            return r;
        c.faults.insert(page, fault);
    }
    return r;
}

} // namespace

ParseResult parseCommandLine(const QStringList &args)
{
    ParseResult r;
    if (args.isEmpty()) {
        r.command.kind = Command::Gui;
        return r;
    }
    const QString &first = args[0];
    if (first == QLatin1String("run"))
        return parseRun(args);
    if (first == QLatin1String("serve"))
        return parseServe(args);
    if (first == QLatin1String("--list") || first == QLatin1String("--version") || first == QLatin1String("--help") ||
        first == QLatin1String("-h")) {
        if (args.size() > 1) {
            r.error = QCoreApplication::translate("CommandLine", "%1 takes no further arguments").arg(first);
            return r;
        }
        r.command.kind = first == QLatin1String("--list")      ? Command::List
                         : first == QLatin1String("--version") ? Command::Version
                                                               : Command::Help;
        return r;
    }
    if (first == QLatin1String("open")) {
        if (args.size() != 2) {
            r.error = QCoreApplication::translate("CommandLine", "open needs exactly one FILE.json");
            return r;
        }
        r.command.kind = Command::Open;
        r.command.file = args[1];
        return r;
    }
    r.error = QCoreApplication::translate("CommandLine", "unknown command '%1' (see --help)").arg(first);
    return r;
}

QString usageText()
{
    return QCoreApplication::translate("CommandLine", "Usage:\n"
              "  concurrency-lab                      open the window\n"
              "  concurrency-lab open FILE.json       open the window with a saved run\n"
              "  concurrency-lab --list               scenarios, variants and parameters\n"
              "  concurrency-lab run ID [--variant V] [--PARAM VALUE ...] [--lock|--no-lock]\n"
              "                  [--schedule 1,2,1,2] [--trials N] [--sweep] [--compare]\n"
              "                  [--export FILE.png|.svg|.json] [--size WxH] [--out DIR] [--json]\n"
              "  concurrency-lab serve [--port P] [--pages N] [--latency-ms MS] [--fault PAGE:KIND]\n"
              "                  the crawler's practice site alone, on 127.0.0.1 (KIND: 404, 500,\n"
              "                  slow, reset, hang); Ctrl+C stops it\n"
              "  concurrency-lab --version | --help\n"
              "\n"
              "A run prints what the program prints and a summary; --json prints one JSON object.\n"
              "run crawler saves its pages into --out DIR (default: a fresh temporary folder);\n"
              "--fault PAGE:KIND is short for --fault-page PAGE --fault-kind KIND.\n"
              "--sweep runs 1, 2, … workers (up to --workers, else twice the cores) and reports\n"
              "the speed-up against workers; with --export FILE.png or .svg it draws the chart.\n"
              "--compare runs every variant one after the other and exports them stacked on one\n"
              "time axis (.png, .svg; .json holds the summaries).\n"
              "Exit codes: 0 the run ended as the scenario intends, 1 it did not (a lane failed),\n"
              "2 bad input.\n");
}

} // namespace conlab
