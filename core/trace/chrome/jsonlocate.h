#pragma once

// Internal to the trace reader.
#include "chromeevent.h"

#include <string_view>

namespace conlab {

// For the error path only: when simdjson reports a structural problem without saying where
// (unbalanced brackets, a string never closed, bad UTF-8), a plain walk over the bytes finds
// the first one and says where it is, and which trace event it cut short.
// False if it finds nothing wrong.
bool locateProblem(std::string_view json, ReadProblem *out);

// The byte offset of the first invalid UTF-8 sequence, or -1.
qint64 firstInvalidUtf8(std::string_view text);

} // namespace conlab
