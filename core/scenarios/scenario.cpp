#include "scenario.h"

#include "listing.h"
#include "i18n/language.h"

#include <QFile>

namespace conlab {

qint64 Scenario::idealNs(const QString &, const QVariantMap &) const
{
    return -1;
}

int Scenario::steppableLanes(const QVariantMap &) const
{
    return 0;
}

const ParamSpec *Scenario::param(const QString &id) const
{
    for (const ParamSpec &p : info().params) {
        if (id == QLatin1String(p.id))
            return &p;
    }
    return nullptr;
}

const VariantSpec *Scenario::variant(const QString &id) const
{
    for (const VariantSpec &v : info().variants) {
        if (id == QLatin1String(v.id))
            return &v;
    }
    return nullptr;
}

QVariantMap Scenario::defaults() const
{
    QVariantMap map;
    for (const ParamSpec &p : info().params) {
        if (p.type == ParamSpec::Bool)
            map.insert(QLatin1String(p.id), p.defaultValue != 0);
        else
            map.insert(QLatin1String(p.id), p.defaultValue);
    }
    return map;
}

namespace {
// The listing with its comments in the program's language; its code lines are the same in
// every language, so step lines found in one hold in the other.
QString readResource(const QString &path)
{
    QFile f(localizedResource(path));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}
} // namespace

QString Scenario::listing() const
{
    return readResource(info().listingResource);
}

QString Scenario::listingResource(const QString &) const
{
    return info().listingResource;
}

QString Scenario::renderedListing(const QString &variant, const QVariantMap &params) const
{
    QVariantMap all = defaults();
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        all.insert(it.key(), it.value());
    all.insert(QStringLiteral("@") + variant, true); // lines marked #?@variant

    return fillListing(readResource(listingResource(variant)), all);
}

ParamSpec unitParam()
{
    return {"unit-ms", ParamSpec::Int, 100, 1, 10000, QT_TRANSLATE_NOOP("Scenario", "Unit"),
            QT_TRANSLATE_NOOP("Scenario", "Length of one unit (the tutorial's sleep(1)) in milliseconds"), "ms"};
}

} // namespace conlab
