#include "crawlerrun.h"

#include "scenarios/listing.h"
#include "net/postparser.h"

#include <QDir>

#include <cmath>
#include <set>

namespace conlab {

CrawlerLines CrawlerLines::find(const QString &l)
{
    CrawlerLines c;
    const QString crawl = QStringLiteral("def crawl(");
    c.download = findLine(l, crawl, QStringLiteral("download("));
    c.parse = findLine(l, crawl, QStringLiteral("parse(html)"));
    c.save = findLine(l, crawl, QStringLiteral("save_json("));
    c.print = findLine(l, crawl, QStringLiteral("write finish"));
    const QString run = QStringLiteral("def run(");
    c.loop = findLine(l, run, QStringLiteral("for i, url in"));
    c.call = findLine(l, run, QStringLiteral("crawl(i, url)"));
    c.create = findLine(l, run, QStringLiteral("Thread(target=crawl"));
    c.start = findLine(l, run, QStringLiteral(".start()"));
    c.join = findLine(l, run, QStringLiteral(".join()"));
    c.submit = findLine(l, run, QStringLiteral("pool.submit("));
    c.result = findLine(l, run, QStringLiteral(".result()"));
    c.gather = findLine(l, run, QStringLiteral("gather("));
    const QString main = QStringLiteral("if __name__");
    c.startTime = findLine(l, main, QStringLiteral("start_time = time()"));
    c.callRun = findLine(l, main, QStringLiteral("run()"));
    c.finish = findLine(l, main, QStringLiteral("--- finish ---"));
    return c;
}

CrawlerRun::CrawlerRun(RunContext &ctx, const PracticeSite &site, QString outDir, const QString &listing)
    : m_ctx(ctx), m_site(site), m_outDir(std::move(outDir)), m_lines(CrawlerLines::find(listing)),
      m_pages(site.options().pages), m_results(size_t(site.options().pages))
{
    m_limits.timeoutMs = int(ctx.param(QStringLiteral("timeout-ms")));
    const int main = ctx.mainLane();
    ctx.step(main, action("clock"), m_lines.startTime, [] {});
    m_start = ctx.now();
    ctx.step(main, action("call"), m_lines.callRun, [] {});
}

QString CrawlerRun::fileName(int page) const
{
    return QStringLiteral("run-%1.json").arg(page);
}

void CrawlerRun::downloading(int lane, int page, State waiting)
{
    m_ctx.step(lane, action("download"), m_lines.download, [] {});
    const QString what =
        waiting == State::Suspended ? QStringLiteral("await download /p/%1") : QStringLiteral("download /p/%1");
    m_ctx.state(lane, waiting, m_ctx.intern(what.arg(page)));
    std::lock_guard lock(m_mutex);
    m_results[size_t(page - 1)].tid = currentTid();
}

bool CrawlerRun::finishPage(int lane, int page, const HttpResult &r)
{
    if (r.cancelled || m_ctx.stopping())
        return false;
    Page &out = m_results[size_t(page - 1)]; // each page has one crawler: its slot is its own
    auto failPage = [&](const QString &why) {
        {
            std::lock_guard lock(m_mutex);
            out.failure = why;
        }
        const QString text = QStringLiteral("page %1 failed: %2").arg(page).arg(why);
        m_ctx.print(lane, text);
        m_ctx.state(lane, State::Failed, m_ctx.intern(text));
        return true;
    };
    if (!r.ok())
        return failPage(r.failure());
    m_ctx.step(lane, action("parse"), m_lines.parse, [] {});
    m_ctx.state(lane, State::Running, m_ctx.intern(QStringLiteral("parse")));
    const QList<PostItem> items = parsePostItems(r.body);
    m_ctx.step(lane, action("save"), m_lines.save, [] {});
    m_ctx.state(lane, State::Running, m_ctx.intern(QStringLiteral("save_json")));
    QString error;
    if (!savePostItems(QDir(m_outDir).filePath(fileName(page)), items, &error))
        return failPage(error);
    m_ctx.step(lane, action("print"), m_lines.print, [] {});
    m_ctx.print(lane, QStringLiteral("%1 write finish, %2 items").arg(fileName(page)).arg(items.size()));
    std::lock_guard lock(m_mutex);
    out.saved = true;
    out.items = int(items.size());
    return true;
}

bool CrawlerRun::crawl(int lane, int page)
{
    downloading(lane, page, State::WaitingIO);
    const HttpResult r = httpGet(m_site.pageUrl(page), m_limits, m_ctx.stopToken());
    return finishPage(lane, page, r);
}

QCoro::Task<bool> CrawlerRun::crawlAsync(int lane, int page)
{
    downloading(lane, page, State::Suspended);
    const HttpResult r = co_await httpGetAsync(m_site.pageUrl(page), m_limits, m_ctx.stopToken());
    if (m_loopLane >= 0) {
        m_ctx.state(m_loopLane, State::Running, m_ctx.intern(QStringLiteral("crawl-%1").arg(page)));
        loopIdle = false;
    }
    co_return finishPage(lane, page, r);
}

void CrawlerRun::report()
{
    std::lock_guard lock(m_mutex);
    int saved = 0, items = 0;
    QVariantList failures, tids;
    std::set<qint64> distinct;
    for (int p = 1; p <= m_pages; ++p) {
        const Page &page = m_results[size_t(p - 1)];
        saved += page.saved ? 1 : 0;
        items += page.items;
        if (!page.failure.isEmpty())
            failures << QStringLiteral("page %1: %2").arg(p).arg(page.failure);
        tids << page.tid;
        if (page.tid != 0)
            distinct.insert(page.tid);
    }
    m_ctx.setResult(QStringLiteral("pages_saved"), saved);
    m_ctx.setResult(QStringLiteral("items_saved"), items);
    m_ctx.setResult(QStringLiteral("failures"), failures);
    m_ctx.setResult(QStringLiteral("out_dir"), m_outDir);
    m_ctx.setResult(QStringLiteral("thread_ids"), tids); // per page, in page order
    m_ctx.setResult(QStringLiteral("distinct_threads"), int(distinct.size()));
    m_ctx.setResult(QStringLiteral("site_requests"), m_site.requestsSeen());
    if (m_ctx.stopping())
        return;
    const int main = m_ctx.mainLane();
    const qint64 used = m_ctx.now() - m_start;
    m_ctx.setResult(QStringLiteral("crawl_ms"), std::round(double(used) / 1e5) / 10.0);
    m_ctx.step(main, action("print"), m_lines.finish, [] {});
    m_ctx.print(main, QStringLiteral("--- finish ---, used time %1").arg(double(used) / 1e9, 0, 'f', 2));
    m_ctx.print(
        main, QStringLiteral("%1 of %2 pages saved, %3 items, in %4").arg(saved).arg(m_pages).arg(items).arg(m_outDir));
    for (const QVariant &f : failures)
        m_ctx.print(main, QStringLiteral("failed: %1").arg(f.toString()));
    // Whichever lane the failure was on, the run says so: its exit code is 1.
    if (!failures.isEmpty())
        m_ctx.state(main, State::Failed,
                    m_ctx.intern(QStringLiteral("%1 of %2 pages failed").arg(failures.size()).arg(m_pages)));
}

} // namespace conlab
