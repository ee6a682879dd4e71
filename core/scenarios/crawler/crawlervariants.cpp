#include "crawlerrun.h"
#include "scenarios/shared/poollanes.h"
#include "runtime/labpool.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QEventLoop>

namespace conlab {

namespace {

// A page's own lane ends as its crawl did (Failed stays Failed).
void endLane(RunContext &ctx, int lane, bool finished)
{
    if (!finished)
        ctx.state(lane, State::Stopped);
    else if (ctx.lastState(lane) != State::Failed)
        ctx.state(lane, State::Done);
}

} // namespace

bool CrawlerRun::runSequential()
{
    const int main = m_ctx.mainLane();
    for (int page = 1; page <= m_pages; ++page) {
        m_ctx.step(main, action("for"), m_lines.loop, [] {});
        m_ctx.step(main, action("call"), m_lines.call, [] {});
        if (!crawl(main, page))
            return false;
    }
    m_ctx.state(main, State::Running);
    return true;
}

// The tutorial's version: start and join in one loop, so one thread at a time.
bool CrawlerRun::runStartJoin()
{
    const int main = m_ctx.mainLane();
    for (int page = 1; page <= m_pages && !m_ctx.stopping(); ++page) {
        m_ctx.step(main, action("for"), m_lines.loop, [] {});
        const int lane = m_ctx.step(main, action("create"), m_lines.create, [&] {
            return m_ctx.addLane(LaneKind::Thread, QStringLiteral("crawl-%1").arg(page), main);
        });
        m_ctx.state(lane, State::Starting);
        std::jthread *thread = m_ctx.step(main, action("start"), m_lines.start, [&] {
            const int flow = m_ctx.flowOut(main);
            return &m_ctx.startThread([this, lane, flow, page](std::stop_token) {
                m_ctx.claimLane(lane);
                m_ctx.flowIn(lane, flow);
                endLane(m_ctx, lane, crawl(lane, page));
            });
        });
        m_ctx.step(main, action("join"), m_lines.join, [] {});
        m_ctx.state(main, State::WaitingJoin, m_ctx.intern(QStringLiteral("crawl-%1").arg(page)));
        thread->join(); // Stop ends the download within a few ms, so this returns then too
        m_ctx.state(main, State::Running);
    }
    return !m_ctx.stopping();
}

bool CrawlerRun::runThreads()
{
    const int main = m_ctx.mainLane();
    std::vector<int> lanes;
    m_ctx.step(main, action("create"), m_lines.create, [&] {
        for (int page = 1; page <= m_pages; ++page)
            lanes.push_back(m_ctx.addLane(LaneKind::Thread, QStringLiteral("crawl-%1").arg(page), main));
    });
    std::vector<std::jthread *> threads;
    for (int page = 1; page <= m_pages && !m_ctx.stopping(); ++page) {
        const int lane = lanes[size_t(page - 1)];
        m_ctx.state(lane, State::Starting);
        threads.push_back(m_ctx.step(main, action("start"), m_lines.start, [&] {
            const int flow = m_ctx.flowOut(main);
            return &m_ctx.startThread([this, lane, flow, page](std::stop_token) {
                m_ctx.claimLane(lane);
                m_ctx.flowIn(lane, flow);
                endLane(m_ctx, lane, crawl(lane, page));
            });
        }));
    }
    for (size_t i = 0; i < threads.size(); ++i) {
        m_ctx.step(main, action("join"), m_lines.join, [] {});
        m_ctx.state(main, State::WaitingJoin, m_ctx.intern(QStringLiteral("crawl-%1").arg(i + 1)));
        threads[i]->join();
    }
    m_ctx.state(main, State::Running);
    return !m_ctx.stopping();
}

bool CrawlerRun::runPool()
{
    const int main = m_ctx.mainLane();
    const int workers = int(m_ctx.param(QStringLiteral("workers")));
    PoolLanes lanes(m_ctx, main, workers);
    // Declared before the pool, so they go after it (see LabPool::wait).
    std::vector<QFuture<int>> futures;
    LabPool pool(workers, m_ctx.stopToken(), lanes.hooks());
    for (int page = 1; page <= m_pages; ++page) {
        m_ctx.step(main, action("submit"), m_lines.submit, [&] {
            futures.push_back(pool.submit([this, &lanes, page](int worker) {
                const int lane = lanes.lane(worker);
                const bool finished = crawl(lane, page);
                return finished ? m_ctx.flowOut(lane) : -1; // page done → its result() on main
            }));
        });
    }
    bool finished = true;
    for (size_t i = 0; i < futures.size() && finished; ++i) {
        m_ctx.step(main, action("result"), m_lines.result, [] {});
        if (!futures[i].isFinished())
            m_ctx.state(main, State::WaitingFuture, m_ctx.intern(QStringLiteral("page %1").arg(i + 1)));
        finished = pool.wait(futures[i]) && !m_ctx.stopping() && futures[i].resultCount() > 0;
        if (finished) {
            m_ctx.state(main, State::Running);
            m_ctx.flowIn(main, futures[i].result());
        }
    }
    m_ctx.state(main, State::WaitingJoin, m_ctx.intern(QStringLiteral("shutdown")));
    pool.shutdown();
    m_ctx.state(main, State::Running);
    return finished && !m_ctx.stopping();
}

namespace {

// What the crawl coroutines share; lives on the run thread's stack until the last one ends.
struct CoroutineCrawl
{
    CrawlerRun &run;
    QEventLoop &loop;
    int alive = 0;
    bool spawning = true;
    bool stopped = false;
};

// Each coroutine ends its lane; the last one out quits the loop.
QCoro::Task<> crawlCoroutine(CoroutineCrawl &c, int lane, int page)
{
    ++c.alive;
    c.run.ctx().state(lane, State::Running);
    const bool finished = co_await c.run.crawlAsync(lane, page);
    endLane(c.run.ctx(), lane, finished);
    c.stopped = c.stopped || !finished;
    if (--c.alive == 0 && !c.spawning)
        c.loop.quit();
}

} // namespace

bool CrawlerRun::runCoroutines()
{
    const int main = m_ctx.mainLane();
    QEventLoop loop; // first: gives this thread its event dispatcher
    const int loopLane = m_ctx.addLane(LaneKind::EventLoop, QStringLiteral("event loop"), main);
    m_ctx.claimLane(loopLane);
    std::vector<int> lanes;
    for (int page = 1; page <= m_pages; ++page)
        lanes.push_back(m_ctx.addLane(LaneKind::Coroutine, QStringLiteral("crawl-%1").arg(page), loopLane));
    CoroutineCrawl c{*this, loop};
    {
        // The loop lane shows which coroutine it runs (set as each one resumes) and when it
        // waits for the network.
        QObject idleWatch;
        const int waitLabel = m_ctx.intern(QStringLiteral("waiting for the network"));
        setLoopLane(loopLane);
        if (QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance()) {
            QObject::connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, &idleWatch, [&] {
                if (!loopIdle)
                    m_ctx.state(loopLane, State::Idle, waitLabel);
                loopIdle = true;
            });
        }
        m_ctx.state(loopLane, State::Running);
        m_ctx.step(main, action("gather"), m_lines.gather, [] {});
        for (int page = 1; page <= m_pages; ++page) {
            const int lane = lanes[size_t(page - 1)];
            m_ctx.flow(main, m_ctx.now(), lane, m_ctx.now());
            crawlCoroutine(c, lane, page); // runs to its first await; the frame frees itself at its end
        }
        c.spawning = false;
        m_ctx.state(main, State::WaitingJoin, m_ctx.intern(QStringLiteral("gather")));
        if (c.alive > 0)
            loop.exec();
        m_ctx.state(main, State::Running);
    }
    // The downloads' sockets were let go with deleteLater: gone before the loop is.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_ctx.state(loopLane, c.stopped || m_ctx.stopping() ? State::Stopped : State::Done);
    return !c.stopped && !m_ctx.stopping();
}

} // namespace conlab
