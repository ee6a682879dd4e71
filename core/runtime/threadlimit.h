#pragma once

#include <QString>

namespace conlab {

// How many threads one run may start on this machine, and why that many.
struct ThreadLimit
{
    int limit = 0;
    QString why;          // "the smallest of: …", one line
    qint64 stackBytes = 0; // what each thread reserves for its stack
};

// The smallest of: a cap for a lesson (2,000: enough to see the cost, few enough that the
// machine stays usable for the class), half of RLIMIT_NPROC (threads count as processes of the
// user, and the user's other programs need some), half of kernel.threads-max, half of
// vm.max_map_count (each stack is two mappings: the stack and its guard page), and available
// memory at 1 MiB a thread (kernel stack, page tables and the touched part of the stack, with
// room to spare).
ThreadLimit safeThreadLimit();

} // namespace conlab
