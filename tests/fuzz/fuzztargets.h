#pragma once

#include <cstddef>
#include <cstdint>

// One entry per fuzzed input surface. The libFuzzer executables (CONLAB_FUZZ builds, clang)
// and the plain corpus replay test call the same functions, so every input the fuzzer kept
// is run again by every build.
namespace conlab::fuzz {

// One line of the worker-process protocol, and the same bytes as a stream of lines.
int workerLine(const uint8_t *data, size_t size);
// A trace file's bytes, read as our own or another tool's Chrome trace.
int traceReader(const uint8_t *data, size_t size);
// Raw bytes sent to the practice site as a request: it answers or closes, and goes on serving.
int siteRequest(const uint8_t *data, size_t size);

} // namespace conlab::fuzz
