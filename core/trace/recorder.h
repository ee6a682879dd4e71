#pragma once

#include "event.h"
#include "lane.h"
#include "stringtable.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

namespace conlab {

// Collects events from any number of threads without a shared lock on the hot path.
// Each writer thread appends to a chain of fixed-size chunks of its own (single producer,
// single consumer); one consumer drains all chains in batches. No signal per event: the
// consumer polls (the GUI on a display-rate timer, the CLI at the end of a run).
class Recorder
{
public:
    Recorder();
    ~Recorder();
    Recorder(const Recorder &) = delete;
    Recorder &operator=(const Recorder &) = delete;

    // Lanes are rare: a mutex is fine. Returns the new lane's id.
    int addLane(Lane lane);
    void updateLane(const Lane &lane); // e.g. a child's pid once it is known
    std::vector<Lane> lanes() const;

    StringTable &strings() { return *m_strings; }
    std::shared_ptr<StringTable> sharedStrings() const { return m_strings; }

    // Hot path: wait-free apart from one allocation per chunk of events.
    void append(const Event &e);

    struct Batch
    {
        std::vector<Lane> lanes; // lanes added or changed since the last drain
        std::vector<Event> events;
    };
    // Moves everything recorded since the last drain into `out` (appending). One consumer at a time.
    void drain(Batch &out);

    quint64 appended() const; // events appended so far (all writers)

private:
    struct Chunk;
    struct Writer;
    Writer *writerForThisThread();
    Writer *registerWriter();
    Chunk *newChunk();
    void recycle(Chunk *chunk);

    const quint64 m_serial; // tells this recorder from a later one at the same address
    std::shared_ptr<StringTable> m_strings;
    mutable std::mutex m_mutex; // lanes and the writer list
    std::vector<Lane> m_lanes;
    std::vector<int> m_dirtyLanes;
    std::vector<std::unique_ptr<Writer>> m_writers;
    std::atomic<int> m_writerCount{0};
    std::mutex m_drainMutex;
    // Drained chunks wait here for a writer that needs a fresh one: touching new pages costs
    // more than the events themselves. Taken once per chunk of events, never per event.
    std::mutex m_spareMutex;
    std::vector<Chunk *> m_spare;
};

} // namespace conlab
