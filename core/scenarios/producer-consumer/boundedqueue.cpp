#include "boundedqueue.h"

#include "scenarios/listing.h"

#include <condition_variable>
#include <functional>
#include <semaphore>
#include <stop_token>

namespace conlab {

namespace {

QueueOpLines findOp(const QString &l, const char *def, const char *first, const char *second, const char *change,
                    const char *signal)
{
    const QString anchor = QLatin1String(def);
    return {findLine(l, anchor, QLatin1String(first)), findLine(l, anchor, QLatin1String(second)),
            findLine(l, anchor, QLatin1String(change)), findLine(l, anchor, QLatin1String(signal)),
            findLine(l, anchor, QStringLiteral("return item"))};
}

// One lock and two condition variables, waiting with the run's stop token.
class ConditionQueue : public BoundedQueue
{
public:
    ConditionQueue(RunContext &ctx, const QString &l, int capacity)
        : BoundedQueue(ctx, capacity)
    {
        m_put = findOp(l, "def put(", "with not_full:", "not_full.wait()", "queue.append(item)", "not_empty.notify()");
        m_get = findOp(l, "def get(", "with not_empty:", "not_empty.wait()", "queue.popleft()", "not_full.notify()");
    }

    bool put(int lane, int item) override
    {
        step(lane, "with not_full", m_put.first);
        std::unique_lock lock(m_mutex);
        if (full()) { // the listing's while loop: wait() with a predicate checks again on every wake-up
            step(lane, "wait", m_put.second);
            waiting(lane, true);
            if (!m_notFull.wait(lock, m_ctx.stopToken(), [this] { return !full(); }))
                return false;
            m_ctx.state(lane, State::Running);
        }
        m_ctx.step(lane, act("append"), m_put.change, [&] { push(item); });
        m_ctx.step(lane, act("notify"), m_put.signal, [&] { m_notEmpty.notify_one(); });
        return true;
    }

    bool get(int lane, int *item) override
    {
        step(lane, "with not_empty", m_get.first);
        std::unique_lock lock(m_mutex);
        if (m_items.empty()) {
            step(lane, "wait", m_get.second);
            waiting(lane, false);
            if (!m_notEmpty.wait(lock, m_ctx.stopToken(), [this] { return !m_items.empty(); }))
                return false;
            m_ctx.state(lane, State::Running);
        }
        m_ctx.step(lane, act("popleft"), m_get.change, [&] { *item = pop(); });
        m_ctx.step(lane, act("notify"), m_get.signal, [&] { m_notFull.notify_one(); });
        step(lane, "return", m_get.ret);
        return true;
    }

private:
    std::condition_variable_any m_notFull, m_notEmpty;
};

// Two counting semaphores (free and filled slots) and a lock for the queue itself.
class SemaphoreQueue : public BoundedQueue
{
public:
    SemaphoreQueue(RunContext &ctx, const QString &l, int capacity, int lanes)
        : BoundedQueue(ctx, capacity)
        , m_free(capacity)
        , m_filled(0)
        // A semaphore's acquire() cannot watch a stop token. Stop releases each semaphore once
        // for every lane instead: every waiter wakes, sees the stop and leaves. No lane acquires
        // again after a stop, so that is enough.
        , m_wake(ctx.stopToken(), [this, lanes] {
            m_free.release(lanes);
            m_filled.release(lanes);
        })
    {
        m_put = findOp(l, "def put(", "free_slots.acquire()", "with lock:", "queue.append(item)",
                       "filled_slots.release()");
        m_get = findOp(l, "def get(", "filled_slots.acquire()", "with lock:", "queue.popleft()",
                       "free_slots.release()");
    }

    bool put(int lane, int item) override
    {
        step(lane, "acquire", m_put.first);
        if (!acquire(m_free, lane, true))
            return false;
        step(lane, "with lock", m_put.second);
        {
            std::lock_guard lock(m_mutex);
            m_ctx.step(lane, act("append"), m_put.change, [&] { push(item); });
        }
        m_ctx.step(lane, act("release"), m_put.signal, [&] { m_filled.release(); });
        return true;
    }

    bool get(int lane, int *item) override
    {
        step(lane, "acquire", m_get.first);
        if (!acquire(m_filled, lane, false))
            return false;
        step(lane, "with lock", m_get.second);
        {
            std::lock_guard lock(m_mutex);
            m_ctx.step(lane, act("popleft"), m_get.change, [&] { *item = pop(); });
        }
        m_ctx.step(lane, act("release"), m_get.signal, [&] { m_free.release(); });
        step(lane, "return", m_get.ret);
        return true;
    }

private:
    bool acquire(std::counting_semaphore<> &sem, int lane, bool forNotFull)
    {
        if (!sem.try_acquire()) {
            waiting(lane, forNotFull);
            sem.acquire();
            if (!m_ctx.stopping())
                m_ctx.state(lane, State::Running);
        }
        return !m_ctx.stopping();
    }

    std::counting_semaphore<> m_free, m_filled;
    std::stop_callback<std::function<void()>> m_wake; // last: goes before the semaphores do
};

} // namespace

BoundedQueue::BoundedQueue(RunContext &ctx, int capacity)
    : m_ctx(ctx)
    , m_capacity(capacity)
    , m_notFullLabel(ctx.intern(QStringLiteral("not-full")))
    , m_notEmptyLabel(ctx.intern(QStringLiteral("not-empty")))
    , m_lengthName(ctx.intern(QStringLiteral("queue")))
{
    m_ctx.counter(m_ctx.mainLane(), m_lengthName, 0);
}

std::unique_ptr<BoundedQueue> BoundedQueue::make(RunContext &ctx, const QString &listing, int capacity, int lanes)
{
    if (ctx.variant() == QLatin1String("semaphore"))
        return std::make_unique<SemaphoreQueue>(ctx, listing, capacity, lanes);
    return std::make_unique<ConditionQueue>(ctx, listing, capacity);
}

QueueStats BoundedQueue::stats()
{
    std::lock_guard lock(m_mutex);
    return {m_maxLength, m_waitsNotFull.load(), m_waitsNotEmpty.load()};
}

void BoundedQueue::waiting(int lane, bool forNotFull)
{
    ++(forNotFull ? m_waitsNotFull : m_waitsNotEmpty);
    m_ctx.state(lane, State::WaitingCondition, forNotFull ? m_notFullLabel : m_notEmptyLabel);
}

void BoundedQueue::push(int item)
{
    m_items.push_back(item);
    m_maxLength = std::max(m_maxLength, qsizetype(m_items.size()));
    m_ctx.counter(m_ctx.mainLane(), m_lengthName, double(m_items.size()));
}

int BoundedQueue::pop()
{
    const int item = m_items.front();
    m_items.pop_front();
    m_ctx.counter(m_ctx.mainLane(), m_lengthName, double(m_items.size()));
    return item;
}

} // namespace conlab
