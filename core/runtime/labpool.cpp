#include "labpool.h"

namespace conlab {

LabPool::LabPool(int workers, std::stop_token stop, Hooks hooks)
    : m_workerCount(std::max(1, workers))
    , m_stop(std::move(stop))
    , m_hooks(std::move(hooks))
{
    m_threads.reserve(size_t(m_workerCount));
    for (int i = 0; i < m_workerCount; ++i)
        m_threads.emplace_back([this, i] { workerLoop(i); });
}

LabPool::~LabPool()
{
    shutdown();
}

void LabPool::enqueue(std::unique_ptr<Job> job)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(job));
        if (m_hooks.queueChanged)
            m_hooks.queueChanged(qsizetype(m_queue.size()));
    }
    m_workCv.notify_one();
}

void LabPool::workerLoop(int worker)
{
    if (m_hooks.started)
        m_hooks.started(worker);
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (m_queue.empty() && !m_closing && !m_stop.stop_requested()) {
            lock.unlock();
            if (m_hooks.idle)
                m_hooks.idle(worker);
            lock.lock();
        }
        m_workCv.wait(lock, m_stop, [this] { return !m_queue.empty() || m_closing; });
        if (m_stop.stop_requested() || m_queue.empty())
            break; // stopped, or closing with nothing left to do
        std::unique_ptr<Job> job = std::move(m_queue.front());
        m_queue.pop_front();
        if (m_hooks.queueChanged)
            m_hooks.queueChanged(qsizetype(m_queue.size()));
        lock.unlock();
        job->work(worker);
        lock.lock();
        job->complete();
        // Dropped under the lock too: the waiter then owns the future's result alone.
        job.reset();
        m_doneCv.notify_all();
    }
    lock.unlock();
    if (m_hooks.finished)
        m_hooks.finished(worker);
}

void LabPool::shutdown()
{
    {
        std::lock_guard lock(m_mutex);
        m_closing = true;
    }
    m_workCv.notify_all();
    for (std::jthread &t : m_threads) {
        if (t.joinable())
            t.join();
    }
    std::lock_guard lock(m_mutex);
    m_queue.clear(); // left by a stop: their futures end cancelled
    m_doneCv.notify_all();
}

} // namespace conlab
