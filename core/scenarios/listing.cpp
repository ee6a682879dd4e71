#include "listing.h"

#include <QStringList>

namespace conlab {

int findLine(const QString &listing, const QString &anchor, const QString &needle)
{
    const QStringList lines = listing.split(QLatin1Char('\n'));
    bool afterAnchor = anchor.isEmpty();
    for (int i = 0; i < lines.size(); ++i) {
        if (!afterAnchor) {
            afterAnchor = lines[i].contains(anchor);
            if (!afterAnchor)
                continue;
        }
        if (lines[i].contains(needle))
            return i + 1;
    }
    return 0;
}

QString fillListing(QString listing, const QVariantMap &params)
{
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        listing.replace(QLatin1String("${") + it.key() + QLatin1Char('}'), it.value().toString());
    QStringList kept;
    for (const QString &line : listing.split(QLatin1Char('\n'))) {
        const qsizetype marker = line.lastIndexOf(QLatin1String("#?"));
        if (marker < 0) {
            kept << line;
            continue;
        }
        QString name = line.mid(marker + 2).trimmed();
        const bool negated = name.startsWith(QLatin1Char('!'));
        if (negated)
            name.remove(0, 1);
        const QVariant value = params.value(name);
        const bool set = value.typeId() == QMetaType::Bool ? value.toBool() : value.toLongLong() != 0;
        if (set != negated) {
            QString text = line.left(marker);
            while (text.endsWith(QLatin1Char(' ')))
                text.chop(1);
            kept << text;
        }
    }
    return kept.join(QLatin1Char('\n'));
}

} // namespace conlab
