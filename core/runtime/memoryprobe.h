#pragma once

#include <QtGlobal>

namespace conlab {

// What this process costs, as the kernel and the allocator see it. Peak figures only make
// sense in a fresh process: memory given back never lowers a peak, so each measurement of the
// coroutines lesson runs in a worker process of its own.

// VmHWM of /proc/self/status: the most resident memory this process has had, in bytes.
qint64 peakRssBytes();
// VmRSS: resident memory now, in bytes.
qint64 rssBytes();
// Lowers VmHWM to the present RSS (writes 5 to /proc/self/clear_refs, Linux 4.0+), so start-up
// peaks do not hide what follows. False if the kernel refused.
bool resetPeakRss();
// Bytes the allocator has handed out and not had back (mallinfo2); 0 where unknown, e.g.
// under AddressSanitizer, whose allocator glibc cannot see.
qint64 heapInUseBytes();
// The stack a new std::thread reserves: glibc's default, taken from RLIMIT_STACK at start-up.
qint64 defaultThreadStackBytes();

} // namespace conlab
