#pragma once

#include "event.h"

#include <QString>

namespace conlab {

// A swimlane: one process, thread, pool worker, coroutine or event loop.
struct Lane
{
    int id = -1;
    LaneKind kind = LaneKind::Thread;
    QString name;
    qint64 pid = 0;  // real process id (0 while unknown, e.g. before a child has started)
    qint64 ppid = 0; // its parent's pid
    qint64 tid = 0;  // real thread id (0 for a coroutine: it has none of its own)
    int parent = -1; // lane that started this one
};

} // namespace conlab
