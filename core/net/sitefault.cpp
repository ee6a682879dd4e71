#include "sitefault.h"

#include <QCoreApplication>

namespace conlab {

QString siteFaultName(SiteFault fault)
{
    switch (fault) {
    case SiteFault::None:
        return QStringLiteral("none");
    case SiteFault::NotFound:
        return QStringLiteral("404");
    case SiteFault::ServerError:
        return QStringLiteral("500");
    case SiteFault::Slow:
        return QStringLiteral("slow");
    case SiteFault::Reset:
        return QStringLiteral("reset");
    case SiteFault::Hang:
        return QStringLiteral("hang");
    }
    return {};
}

bool parseSiteFault(const QString &text, int pages, int *page, SiteFault *fault, QString *error)
{
    auto fail = [&](const QString &why) {
        *error = why;
        return false;
    };
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return fail(QCoreApplication::translate("CommandLine",
                                                "--fault needs PAGE:KIND, such as 3:500 (KIND: 404, 500, slow, reset, "
                                                "hang), not '%1'")
                        .arg(text));
    bool ok = false;
    const int n = text.left(colon).toInt(&ok);
    if (!ok || n < 1 || n > pages)
        return fail(
            QCoreApplication::translate("CommandLine", "--fault names page '%1', but the site has pages 1 to %2")
                .arg(text.left(colon))
                .arg(pages));
    const QString kind = text.mid(colon + 1).toLower();
    for (int k = 1; k <= kSiteFaultMax; ++k) {
        if (kind == siteFaultName(SiteFault(k))) {
            *page = n;
            *fault = SiteFault(k);
            return true;
        }
    }
    return fail(
        QCoreApplication::translate("CommandLine", "--fault kind must be 404, 500, slow, reset or hang, not '%1'")
            .arg(text.mid(colon + 1)));
}

} // namespace conlab
