#include "allocator.h"

#include <malloc.h>

namespace conlab {

void limitAllocatorArenas()
{
    mallopt(M_ARENA_MAX, 4);
}

} // namespace conlab
