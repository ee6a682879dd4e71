#pragma once

#include "runtime/runcontext.h"

#include <atomic>
#include <deque>
#include <memory>
#include <mutex>

namespace conlab {

// The lines of put() or get() in a producer-consumer listing, in the order the variant takes
// them: condition variable "with not_full:", "not_full.wait()", "queue.append(item)",
// "not_empty.notify()"; semaphore "free_slots.acquire()", "with lock:", "queue.append(item)",
// "filled_slots.release()".
struct QueueOpLines
{
    int first = 0, second = 0, change = 0, signal = 0, ret = 0;
};

struct QueueStats
{
    qsizetype maxLength = 0;
    int waitsNotFull = 0;
    int waitsNotEmpty = 0;
};

// The producer-consumer scenario's bounded queue of item numbers (0 stands for None, "no more
// items"). put() and get() go through the listing's lines as steps; a wait shows as a
// WaitingCondition span labelled "not-full" or "not-empty"; the length is a counter on the
// main lane. Every wait ends on Stop.
class BoundedQueue
{
public:
    virtual ~BoundedQueue() = default;
    BoundedQueue(const BoundedQueue &) = delete;
    BoundedQueue &operator=(const BoundedQueue &) = delete;

    virtual bool put(int lane, int item) = 0; // false: the run was stopped
    virtual bool get(int lane, int *item) = 0;
    QueueStats stats();

    // The variant's queue: "condition-variable" or "semaphore". `lanes`: how many lanes may use it.
    static std::unique_ptr<BoundedQueue> make(RunContext &ctx, const QString &listing, int capacity, int lanes);

protected:
    BoundedQueue(RunContext &ctx, int capacity);
    int act(const char *text) { return m_ctx.intern(QLatin1String(text)); }
    void step(int lane, const char *action, int line) { m_ctx.step(lane, act(action), line, [] {}); }
    void waiting(int lane, bool forNotFull);
    bool full() const { return qsizetype(m_items.size()) >= m_capacity; }
    void push(int item); // with m_mutex held
    int pop();           // with m_mutex held

    RunContext &m_ctx;
    const qsizetype m_capacity;
    QueueOpLines m_put, m_get;
    std::mutex m_mutex; // the listing's lock: the queue itself and maxLength
    std::deque<int> m_items;

private:
    qsizetype m_maxLength = 0;
    std::atomic<int> m_waitsNotFull{0}, m_waitsNotEmpty{0};
    const int m_notFullLabel, m_notEmptyLabel, m_lengthName;
};

} // namespace conlab
