#pragma once

#include <QString>

namespace conlab {

// What `concurrency-lab --list` prints: every scenario in the registry with its variants and
// its parameters' flags, help and ranges, all from the scenarios' own tables.
QString listText();

} // namespace conlab
