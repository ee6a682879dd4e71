#pragma once

namespace conlab {

// Raises this process's soft limit on open files towards `wanted` (never above the hard limit,
// never lowering it). The practice site holds a descriptor per connection: a class hammering it
// with a thousand connections must not meet the common default of 1,024. Returns the limit now.
long raiseOpenFileLimit(long wanted);

} // namespace conlab
