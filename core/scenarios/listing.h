#pragma once

#include <QString>
#include <QVariantMap>

namespace conlab {

// The 1-based number of the first line containing `needle` after the first line containing
// `anchor` (anchor empty: from the top); 0 if absent. Scenario code names its step points by
// what the listing says, so editing the listing cannot silently shift a highlight.
int findLine(const QString &listing, const QString &anchor, const QString &needle);

// The listing with ${param} replaced by the run's values, and its conditional lines resolved:
// a line ending in "#?name" is kept only when parameter `name` is set (non-zero), one ending
// in "#?!name" only when it is not; the marker itself is removed. Scenario::renderedListing
// sets "@<variant>", so "#?@lock" keeps a line in the lock variant only.
QString fillListing(QString listing, const QVariantMap &params);

} // namespace conlab
