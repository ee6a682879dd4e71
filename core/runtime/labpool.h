#pragma once

#include <QFuture>
#include <QPromise>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>
#include <thread>
#include <type_traits>
#include <vector>

namespace conlab {

// A thread pool of one run, shaped like Python's ThreadPoolExecutor: a fixed number of worker
// threads started up front, one task queue, and a QFuture per submitted task made from a
// QPromise. Not QtConcurrent::run or QThreadPool: waiting on such a future may run a task that
// has not started yet on the waiting thread, and the task would then show on the wrong lane.
//
// Every wait watches the run's stop token: on Stop, idle workers end at once and wait() returns
// false. A task that is running must notice the stop itself (its sleeps do).
class LabPool
{
public:
    // What the scenario records on each worker's lane. `started`, `idle` and `finished` run on
    // the worker's own thread; `queueChanged` runs with the pool's lock held, so the recorded
    // queue lengths are in order (it must not block or call the pool).
    struct Hooks
    {
        std::function<void(int worker)> started;
        std::function<void(int worker)> idle; // about to wait for work
        std::function<void(int worker)> finished;
        std::function<void(qsizetype queued)> queueChanged;
    };

    LabPool(int workers, std::stop_token stop, Hooks hooks = {});
    ~LabPool(); // shutdown()
    LabPool(const LabPool &) = delete;
    LabPool &operator=(const LabPool &) = delete;

    int workerCount() const { return m_workerCount; }

    // Queues fn(worker) and returns the future of its result.
    template<typename Fn>
    auto submit(Fn fn) -> QFuture<std::invoke_result_t<Fn &, int>>
    {
        using R = std::invoke_result_t<Fn &, int>;
        static_assert(!std::is_void_v<R>, "pool tasks return a value, as a future's result");
        auto job = std::make_unique<TypedJob<R, Fn>>(std::move(fn));
        QFuture<R> future = job->promise.future();
        enqueue(std::move(job));
        return future;
    }

    // Waits until `future` (from this pool) is fulfilled; false if the run was stopped first.
    // The wait goes through the pool's own lock, so what the task produced is safely visible.
    // After a wait cut short by a stop, a worker may still be fulfilling that future: let the
    // future go only after shutdown() (declare it before the pool).
    template<typename T>
    bool wait(const QFuture<T> &future)
    {
        std::unique_lock lock(m_mutex);
        return m_doneCv.wait(lock, m_stop, [&] { return future.isFinished(); });
    }

    // No more tasks: the workers finish what is queued (unless stopped) and end; joins them.
    void shutdown();

private:
    struct Job
    {
        virtual ~Job() = default;
        virtual void work(int worker) = 0; // outside the pool's lock
        virtual void complete() = 0;       // under it: fulfils the promise
    };
    template<typename R, typename Fn>
    struct TypedJob : Job
    {
        explicit TypedJob(Fn f)
            : fn(std::move(f))
        {
            promise.start();
        }
        void work(int worker) override { value.emplace(fn(worker)); }
        void complete() override
        {
            promise.addResult(std::move(*value));
            promise.finish();
        }
        Fn fn;
        QPromise<R> promise; // a job dropped unrun cancels its future
        std::optional<R> value;
    };

    void enqueue(std::unique_ptr<Job> job);
    void workerLoop(int worker);

    const int m_workerCount;
    const std::stop_token m_stop;
    const Hooks m_hooks;
    std::mutex m_mutex;
    std::condition_variable_any m_workCv; // a task was queued, or the pool is closing
    std::condition_variable_any m_doneCv; // a task was fulfilled
    std::deque<std::unique_ptr<Job>> m_queue;
    bool m_closing = false;
    std::vector<std::jthread> m_threads;
};

} // namespace conlab
