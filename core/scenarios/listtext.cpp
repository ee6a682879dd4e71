#include "listtext.h"

#include "scenario.h"

#include <QCoreApplication>

namespace conlab {

QString listText()
{
    QString out;
    for (const Scenario *s : scenarios()) {
        const ScenarioInfo &info = s->info();
        out += QLatin1String(info.id) + QStringLiteral(" — ") + QCoreApplication::translate("Scenario", info.summary) +
               QLatin1Char('\n');
        out += QLatin1String("  variants:");
        for (const VariantSpec &v : info.variants)
            out += QLatin1Char(' ') + QLatin1String(v.id);
        out += QLatin1Char('\n');
        for (const ParamSpec &p : info.params) {
            QString flag = QLatin1String("  --") + QLatin1String(p.id);
            if (p.type == ParamSpec::Int)
                flag += QLatin1String(" N");
            else
                flag = QLatin1String("  --[no-]") + QLatin1String(p.id);
            out += flag.leftJustified(20) + QLatin1Char(' ') + QCoreApplication::translate("Scenario", p.help);
            if (p.type == ParamSpec::Int)
                out += QStringLiteral(" [%1…%2, default %3]").arg(p.minimum).arg(p.maximum).arg(p.defaultValue);
            out += QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace conlab
