#pragma once

#include "net/httpclient.h"
#include "net/practicesite.h"
#include "runtime/runcontext.h"

#include <QCoro/QCoroTask>
#include <mutex>
#include <vector>

namespace conlab {

// Where the step points of the crawler listings are.
struct CrawlerLines
{
    int download = 0, parse = 0, save = 0, print = 0;                                            // in crawl()
    int loop = 0, call = 0, create = 0, start = 0, join = 0, submit = 0, result = 0, gather = 0; // in run()
    int startTime = 0, callRun = 0, finish = 0;
    static CrawlerLines find(const QString &listing);
};

// One crawl of the site by one variant: the pages, what each came to, and the lane work
// every variant shares (download, parse, save). The variants only differ in who calls crawl().
class CrawlerRun
{
public:
    CrawlerRun(RunContext &ctx, const PracticeSite &site, QString outDir, const QString &listing);

    // Blocking, on the calling thread and `lane`. False if the run was stopped.
    bool crawl(int lane, int page);
    // The same as a coroutine on the run's event loop; `lane` is the coroutine's lane.
    QCoro::Task<bool> crawlAsync(int lane, int page);

    int pages() const { return m_pages; }
    const CrawlerLines &lines() const { return m_lines; }
    RunContext &ctx() { return m_ctx; }
    int action(const char *name) { return m_ctx.intern(QLatin1String(name)); }
    void report(); // results and the closing lines
    // The event-loop lane of the coroutine variant: it shows which coroutine the loop runs.
    void setLoopLane(int lane) { m_loopLane = lane; }
    bool loopIdle = false; // the loop lane shows Idle (coroutine variant, loop thread only)

    // The variants (crawlervariants.cpp).
    bool runSequential();
    bool runStartJoin();
    bool runThreads();
    bool runPool();
    bool runCoroutines();

private:
    struct Page
    {
        bool saved = false;
        int items = 0;
        qint64 tid = 0;
        QString failure;
    };
    void downloading(int lane, int page, State waiting);
    bool finishPage(int lane, int page, const HttpResult &r);
    QString fileName(int page) const;

    RunContext &m_ctx;
    const PracticeSite &m_site;
    const QString m_outDir;
    const CrawlerLines m_lines;
    const int m_pages;
    HttpLimits m_limits;
    qint64 m_start = 0;
    int m_loopLane = -1;
    std::mutex m_mutex; // m_results
    std::vector<Page> m_results;
};

} // namespace conlab
