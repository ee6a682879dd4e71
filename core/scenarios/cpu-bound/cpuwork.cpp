#include "cpuwork.h"

#include <algorithm>

#include <sched.h>
#include <time.h>

namespace conlab {

bool isPrime(quint32 n)
{
    if (n < 2)
        return false;
    if (n % 2 == 0)
        return n == 2;
    // 32-bit division: about twice as fast as 64-bit here, and every chunk fits below 2^32.
    for (quint32 d = 3; quint64(d) * d <= n; d += 2) {
        if (n % d == 0)
            return false;
    }
    return true;
}

int countPrimesInChunk(int chunk, std::stop_token stop)
{
    const qint64 first = kPrimeStart + qint64(chunk) * kChunkSize;
    int found = 0;
    for (qint64 n = first; n < first + kChunkSize; ++n) {
        // Every 256 numbers (well under a millisecond): Stop must not wait for a whole chunk.
        if ((n & 255) == 0 && stop.stop_requested())
            return -1;
        found += isPrime(quint32(n));
    }
    return found;
}

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

int availableCores()
{
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof(set), &set) != 0)
        return 1;
    return std::max(1, CPU_COUNT(&set));
}

} // namespace conlab
