// Scenario figures: pool measured/ideal at unit 100 ms, and cpu-bound speed-up at 1…4 workers
// for threads, processes and threads with a GIL. `--markdown FILE` also writes them as a table.
#include "../core/cpuload.h"
#include "benchutil.h"
#include "scenarios/cpu-bound/cpuwork.h"
#include "scenarios/run.h"
#include "experiments/sweep.h"

#include <QFile>
#include <QSysInfo>

#include <algorithm>
#include <cmath>
#include <map>

using namespace conlab;

namespace {

constexpr int kRounds = 3;

RunSettings settingsFor(const Scenario &s, const char *variant, const QVariantMap &extra)
{
    RunSettings r;
    r.variant = QLatin1String(variant);
    r.params = s.defaults();
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        r.params.insert(it.key(), it.value());
    r.workerPath = QStringLiteral(CONLAB_EXE);
    return r;
}

QString firstLineOf(const char *path, const char *prefix)
{
    QFile f{QString::fromLatin1(path)};
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return {};
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll().split(' ').value(0)) : QString();
}

// pool: |measured/ideal - 1| at unit 100 ms, median of three runs, per variant and worker count.
bool benchPool(QString *md)
{
    const Scenario &s = *findScenario(QStringLiteral("pool"));
    bool ok = true;
    *md += QStringLiteral("\n### pool at unit 100 ms (median of %1 runs)\n\n").arg(kRounds);
    *md += QStringLiteral("| variant | workers | ideal ms | measured ms | measured/ideal |\n|---|---|---|---|---|\n");
    const std::pair<const char *, int> cases[] = {{"sync", 5}, {"pool", 1}, {"pool", 2}, {"pool", 3}, {"pool", 5}};
    for (const auto &[variant, workers] : cases) {
        std::vector<double> walls;
        qint64 ideal = 0;
        for (int round = 0; round < kRounds; ++round) {
            const QVariantMap extra{{QStringLiteral("unit-ms"), 100}, {QStringLiteral("workers"), workers}};
            const Trace t = runToEnd(s, settingsFor(s, variant, extra));
            walls.push_back(double(t.wallNs) / 1e6);
            ideal = t.idealNs;
        }
        const double wall = bench::median(walls);
        const double idealMs = double(ideal) / 1e6;
        const QByteArray what =
            QByteArray("pool/") + variant + " workers " + QByteArray::number(workers) + ": |measured/ideal - 1|";
        ok &= bench::report(what.constData(), 100.0 * std::abs(wall / idealMs - 1.0), "%", 5);
        *md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                   .arg(QLatin1String(variant))
                   .arg(workers)
                   .arg(idealMs, 0, 'f', 0)
                   .arg(wall, 0, 'f', 1)
                   .arg(wall / idealMs, 0, 'f', 3);
    }
    return ok;
}

// cpu-bound: speed-up at 1…4 workers, each point the fastest of three sweeps: on a shared machine
// other work only ever adds time, so the fastest run is the best estimate of what the cores can do.
bool benchCpuBound(QString *md)
{
    const Scenario &s = *findScenario(QStringLiteral("cpu-bound"));
    const int cores = availableCores();
    const int chunks = int(s.param(QStringLiteral("amount"))->defaultValue);
    bool ok = true;
    *md += QStringLiteral("\n### cpu-bound, %1 chunks, speed-up against workers (fastest of %2 sweeps)\n\n")
               .arg(chunks)
               .arg(kRounds);
    *md += QStringLiteral("| variant | workers | wall ms | speed-up | ideal | CPU ms (median) |\n"
                          "|---|---|---|---|---|---|\n");
    for (const char *variant : {"threads", "processes", "threads-gil"}) {
        std::map<int, std::vector<double>> walls, cpu;
        for (int round = 0; round < kRounds; ++round) {
            const SweepSummary sweep = runSweep(s, settingsFor(s, variant, {}), 4);
            for (const SweepPoint &p : sweep.points) {
                walls[p.workers].push_back(double(p.wallNs) / 1e6);
                cpu[p.workers].push_back(p.cpuMs);
            }
        }
        const double base = *std::min_element(walls[1].begin(), walls[1].end());
        for (auto &[workers, w] : walls) {
            const double wall = *std::min_element(w.begin(), w.end());
            const double speedup = base / wall;
            const double ideal = std::min(workers, cores);
            *md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                       .arg(QLatin1String(variant))
                       .arg(workers)
                       .arg(wall, 0, 'f', 1)
                       .arg(speedup, 0, 'f', 2)
                       .arg(ideal, 0, 'f', 0)
                       .arg(bench::median(cpu[workers]), 0, 'f', 1);
            const QByteArray what =
                QByteArray("cpu-bound/") + variant + " speed-up at " + QByteArray::number(workers) + " workers";
            if (workers != 2 || cores < 2)
                std::printf("%-52s %10.2f\n", what.constData(), speedup);
            else if (QByteArray(variant) == "threads-gil")
                ok &= bench::report(what.constData(), speedup, "x", 1.15);
            else
                ok &= bench::report(what.constData(), speedup, "x", 1.6, false);
        }
    }
    *md += QStringLiteral("\nIdeal: one per worker up to the %1 cores, flat beyond. The CPU time stays the same "
                          "whatever the workers: the same chunks are shared out. With the GIL only one thread "
                          "computes at a time, so the wall time stays at the one-worker time.\n")
               .arg(cores);
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--markdown"));
    const QString markdownPath = at >= 0 ? args.value(at + 1) : QString();
    const QString loadBefore = loadAverage();
    QString md = QStringLiteral("## Scenario figures\n\n");
    md += QStringLiteral("Measured by `bench_scenarios` (Release build) on %1, %2 cores available, %3; "
                         "load average %4 at the start.\n")
              .arg(firstLineOf("/proc/cpuinfo", "model name"))
              .arg(availableCores())
              .arg(QSysInfo::prettyProductName())
              .arg(loadBefore);
    bool ok = benchPool(&md);
    const test::CpuSample before = test::CpuSample::now();
    ok &= benchCpuBound(&md);
    const double others = test::CpuSample::now().othersSince(before);
    std::printf("other processes used %.2f cores during the cpu-bound sweeps\n", others);
    md += QStringLiteral("\nOther processes used %1 cores on average during the cpu-bound sweeps.\n")
              .arg(others, 0, 'f', 2);
    md += QStringLiteral("\nLoad average at the end: %1.\n").arg(loadAverage());
    if (!markdownPath.isEmpty()) {
        QFile f(markdownPath);
        if (!f.open(QIODevice::WriteOnly) || f.write(md.toUtf8()) < 0) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(markdownPath));
            return 2;
        }
    }
    return bench::checking(argc, argv) && !ok ? 1 : 0;
}
