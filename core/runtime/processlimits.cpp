#include "processlimits.h"

#include <sys/resource.h>

#include <algorithm>

namespace conlab {

long raiseOpenFileLimit(long wanted)
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    const rlim_t target = std::min<rlim_t>(rlim_t(wanted), limit.rlim_max);
    if (target > limit.rlim_cur) {
        limit.rlim_cur = target;
        if (setrlimit(RLIMIT_NOFILE, &limit) != 0)
            getrlimit(RLIMIT_NOFILE, &limit);
    }
    return long(limit.rlim_cur);
}

} // namespace conlab
