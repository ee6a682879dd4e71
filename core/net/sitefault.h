#pragma once

#include <QMap>
#include <QString>

namespace conlab {

// What a page of the practice site does wrong on request. The numbers are the values of the
// crawler's `fault-kind` parameter: keep them stable.
enum class SiteFault {
    None = 0,
    NotFound = 1,    // 404
    ServerError = 2, // 500
    Slow = 3,        // the body drips out in small chunks
    Reset = 4,       // the connection is reset without an answer
    Hang = 5,        // never answers (until the site stops)
};
constexpr int kSiteFaultMax = 5;

using SiteFaults = QMap<int, SiteFault>; // list page number → fault

// "404", "500", "slow", "reset", "hang"
QString siteFaultName(SiteFault fault);
// Parses "PAGE:KIND" (such as 3:500 or 7:hang) for pages 1…`pages`; on error returns false
// with one line in `error`.
bool parseSiteFault(const QString &text, int pages, int *page, SiteFault *fault, QString *error);

} // namespace conlab
