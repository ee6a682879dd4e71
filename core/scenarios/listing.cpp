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
    return listing;
}

} // namespace conlab
