// Fidelity: measured wall time against the ideal, at unit 100 ms, for both scenarios and variants.
#include "benchutil.h"
#include "scenarios/run.h"

#include <cmath>

using namespace conlab;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bool ok = true;
    for (const char *id : {"processes", "threads"}) {
        const Scenario &s = *findScenario(QLatin1String(id));
        for (const char *variant : {"sequential", "parallel"}) {
            std::vector<double> ratios;
            for (int round = 0; round < 3; ++round) {
                RunSettings settings;
                settings.variant = QLatin1String(variant);
                settings.params = s.defaults();
                settings.params.insert(QStringLiteral("unit-ms"), 100);
                settings.workerPath = QStringLiteral(CONLAB_EXE);
                const Trace t = runToEnd(s, settings);
                ratios.push_back(double(t.wallNs) / double(t.idealNs));
            }
            const double deviation = 100.0 * std::abs(bench::median(ratios) - 1.0);
            const QByteArray what = QByteArray(id) + '/' + variant + ": |measured/ideal - 1|, median of 3";
            ok &= bench::report(what.constData(), deviation, "%", 3);
        }
    }
    return bench::checking(argc, argv) && !ok ? 1 : 0;
}
