#include "recorder.h"

#include <algorithm>
#include <thread>

namespace conlab {

namespace {
constexpr int kChunkEvents = 4096;
constexpr size_t kMaxSpareChunks = 32; // 4 MB kept for reuse at most
std::atomic<quint64> g_recorderSerial{1};
} // namespace

struct Recorder::Chunk
{
    Event events[kChunkEvents];
    std::atomic<int> count{0};
    std::atomic<Chunk *> next{nullptr};
};

// Producer and consumer fields on separate cache lines, and each writer on lines of its own:
// two writers sharing a line would slow each other's every append.
struct alignas(64) Recorder::Writer
{
    Chunk *tail = nullptr; // producer side: chunk being filled
    int tailCount = 0;     // producer side: mirror of tail->count, saves an atomic load
    std::atomic<quint64> total{0};
    alignas(64) Chunk *head = nullptr; // consumer side: oldest chunk not yet freed
    int consumed = 0;                  // consumer side: events of `head` already drained
    std::thread::id owner;
};

Recorder::Recorder()
    : m_serial(g_recorderSerial.fetch_add(1))
    , m_strings(std::make_shared<StringTable>())
{
}

Recorder::~Recorder()
{
    for (Chunk *c : m_spare)
        delete c;
    for (auto &w : m_writers) {
        Chunk *c = w->head;
        while (c) {
            Chunk *n = c->next.load(std::memory_order_acquire);
            delete c;
            c = n;
        }
    }
}

int Recorder::addLane(Lane lane)
{
    std::lock_guard lock(m_mutex);
    lane.id = int(m_lanes.size());
    m_lanes.push_back(lane);
    m_dirtyLanes.push_back(lane.id);
    return lane.id;
}

void Recorder::updateLane(const Lane &lane)
{
    std::lock_guard lock(m_mutex);
    if (lane.id < 0 || lane.id >= int(m_lanes.size()))
        return;
    m_lanes[size_t(lane.id)] = lane;
    m_dirtyLanes.push_back(lane.id);
}

std::vector<Lane> Recorder::lanes() const
{
    std::lock_guard lock(m_mutex);
    return m_lanes;
}

Recorder::Writer *Recorder::writerForThisThread()
{
    struct Cache
    {
        quint64 serial = 0;
        Writer *writer = nullptr;
    };
    thread_local Cache cache;
    if (cache.serial == m_serial)
        return cache.writer;
    cache.writer = registerWriter();
    cache.serial = m_serial;
    return cache.writer;
}

Recorder::Writer *Recorder::registerWriter()
{
    const auto self = std::this_thread::get_id();
    std::lock_guard lock(m_mutex);
    // A thread that alternates between recorders finds its old chain again.
    for (auto &existing : m_writers) {
        if (existing->owner == self)
            return existing.get();
    }
    auto w = std::make_unique<Writer>();
    w->head = w->tail = new Chunk;
    w->owner = self;
    m_writers.push_back(std::move(w));
    m_writerCount.store(int(m_writers.size()), std::memory_order_release);
    return m_writers.back().get();
}

void Recorder::append(const Event &e)
{
    Writer *w = writerForThisThread();
    if (w->tailCount == kChunkEvents) [[unlikely]] {
        Chunk *fresh = newChunk();
        w->tail->next.store(fresh, std::memory_order_release);
        w->tail = fresh;
        w->tailCount = 0;
    }
    w->tail->events[w->tailCount] = e;
    ++w->tailCount;
    w->tail->count.store(w->tailCount, std::memory_order_release);
    w->total.store(w->total.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
}

void Recorder::drain(Batch &out)
{
    std::lock_guard drainLock(m_drainMutex);
    std::vector<Writer *> writers;
    {
        std::lock_guard lock(m_mutex);
        std::sort(m_dirtyLanes.begin(), m_dirtyLanes.end());
        m_dirtyLanes.erase(std::unique(m_dirtyLanes.begin(), m_dirtyLanes.end()), m_dirtyLanes.end());
        for (int id : m_dirtyLanes)
            out.lanes.push_back(m_lanes[size_t(id)]);
        m_dirtyLanes.clear();
        writers.reserve(m_writers.size());
        for (auto &w : m_writers)
            writers.push_back(w.get());
    }
    for (Writer *w : writers) {
        for (;;) {
            Chunk *c = w->head;
            const int n = c->count.load(std::memory_order_acquire);
            out.events.insert(out.events.end(), c->events + w->consumed, c->events + n);
            w->consumed = n;
            if (n < kChunkEvents)
                break;
            Chunk *next = c->next.load(std::memory_order_acquire);
            if (!next)
                break; // full, but the writer has not moved on yet
            recycle(c);
            w->head = next;
            w->consumed = 0;
        }
    }
}

Recorder::Chunk *Recorder::newChunk()
{
    {
        std::lock_guard lock(m_spareMutex);
        if (!m_spare.empty()) {
            Chunk *c = m_spare.back();
            m_spare.pop_back();
            return c;
        }
    }
    return new Chunk;
}

void Recorder::recycle(Chunk *chunk)
{
    chunk->count.store(0, std::memory_order_relaxed);
    chunk->next.store(nullptr, std::memory_order_relaxed);
    {
        std::lock_guard lock(m_spareMutex);
        if (m_spare.size() < kMaxSpareChunks) {
            m_spare.push_back(chunk);
            return;
        }
    }
    delete chunk;
}

quint64 Recorder::appended() const
{
    std::lock_guard lock(m_mutex);
    quint64 sum = 0;
    for (auto &w : m_writers)
        sum += w->total.load(std::memory_order_relaxed);
    return sum;
}

} // namespace conlab
