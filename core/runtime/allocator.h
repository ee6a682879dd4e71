#pragma once

namespace conlab {

// The program starts and ends many short threads (every run, every trial). glibc gives each
// thread that allocates at the same time as another an arena of its own, up to eight per core,
// and keeps every arena for good: resident memory creeps up over a lesson without any leak.
// The program's threads allocate little (a chunk per 4096 events), so a few arenas serve them
// all. Call once at start, before any thread.
void limitAllocatorArenas();

} // namespace conlab
