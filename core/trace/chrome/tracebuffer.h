#pragma once

// Internal to the trace reader.
#include <simdjson.h>

#include <sys/mman.h>

#include <cstdlib>
#include <cstring>
#include <memory>

namespace conlab {

// The file's bytes, one spare byte for the ] a cut array gets, and the zeroed room simdjson
// reads past the end.
struct TraceBuffer
{
    struct Free
    {
        void operator()(char *p) const { std::free(p); }
    };
    std::unique_ptr<char, Free> bytes;
    size_t size = 0;
    size_t capacity = 0;

    bool allocate(size_t n)
    {
        // Large files in whole huge pages where the kernel offers them: a 100 MB file otherwise
        // costs 25,000 page faults before simdjson sees a byte.
        constexpr size_t kHuge = size_t(2) << 20;
        const size_t needed = n + 1 + simdjson::SIMDJSON_PADDING;
        const bool huge = n >= 4 * kHuge;
        capacity = huge ? (needed + kHuge - 1) / kHuge * kHuge : needed;
        bytes.reset(static_cast<char *>(huge ? std::aligned_alloc(kHuge, capacity) : std::malloc(capacity)));
        if (!bytes)
            return false;
        if (huge)
            madvise(bytes.get(), capacity, MADV_HUGEPAGE);
        size = n;
        std::memset(bytes.get() + n, 0, needed - n);
        return true;
    }
};
} // namespace conlab
