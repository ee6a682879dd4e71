#include "crawlerscenario.h"

#include "crawlerrun.h"
#include "crawlerteaching.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

namespace conlab {

namespace {

qint64 latencyMs(const QVariantMap &params)
{
    const qint64 latency = params.value(QStringLiteral("latency-ms")).toLongLong();
    return latency > 0 ? latency : params.value(QStringLiteral("unit-ms")).toLongLong();
}

// The folder asked for, made if missing; else a fresh one under the system's temporary folder.
QString outputFolder(const RunSettings &settings, QString *error)
{
    if (!settings.outDir.isEmpty()) {
        if (!QDir().mkpath(settings.outDir)) {
            *error = QStringLiteral("cannot create the folder %1").arg(settings.outDir);
            return {};
        }
        return QDir(settings.outDir).absolutePath();
    }
    QTemporaryDir dir(QDir::temp().filePath(QStringLiteral("conlab-crawler-XXXXXX")));
    if (!dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder: %1").arg(dir.errorString());
        return {};
    }
    dir.setAutoRemove(false); // the student opens the files after the run
    return dir.path();
}

void failRun(RunContext &ctx, const QString &why)
{
    ctx.setResult(QStringLiteral("error"), why);
    ctx.print(ctx.mainLane(), why);
    ctx.state(ctx.mainLane(), State::Failed, ctx.intern(why));
}

} // namespace

const Teaching *CrawlerScenario::teaching() const
{
    static const CrawlerTeaching teaching;
    return &teaching;
}

const ScenarioInfo &CrawlerScenario::info() const
{
    static const ScenarioInfo info{
        "crawler",
        QT_TRANSLATE_NOOP("Scenario", "Crawler"),
        QT_TRANSLATE_NOOP("Scenario",
                          "the tutorial's crawler against a practice site of our own: download, parse and save nine "
                          "pages, five ways"),
        {
            {"sequential", QT_TRANSLATE_NOOP("Scenario", "Sequential"),
             QT_TRANSLATE_NOOP("Scenario",
                               "One page after another on the main thread: nine waits for the network in a row. The "
                               "tutorial's URLs ended in #p2, #p3…, a fragment that never reaches the server, so "
                               "they would fetch the same page nine times; and it saved once per item in write mode, "
                               "so each file kept only the last item. Here each page has its own path and one save "
                               "writes all of its items.")},
            {"start-join", QT_TRANSLATE_NOOP("Scenario", "Start-join in the loop"),
             QT_TRANSLATE_NOOP("Scenario",
                               "The tutorial's threaded version: start() and then join() inside the same loop. Nine "
                               "threads, but the program waits for each before starting the next, so the pages still "
                               "download one at a time and it is no faster than sequential.")},
            {"threads", QT_TRANSLATE_NOOP("Scenario", "Threads"),
             QT_TRANSLATE_NOOP("Scenario",
                               "Start every thread first, join them afterwards: the nine downloads wait for the "
                               "network together, about one latency in all.")},
            {"pool", QT_TRANSLATE_NOOP("Scenario", "Thread pool"),
             QT_TRANSLATE_NOOP("Scenario",
                               "A pool of worker threads takes the pages from one queue: as many downloads at once "
                               "as there are workers.")},
            {"coroutines", QT_TRANSLATE_NOOP("Scenario", "Coroutines"),
             QT_TRANSLATE_NOOP("Scenario",
                               "Nine coroutines on one thread: each suspends at its download and the event loop "
                               "runs the others, about one latency in all with no extra thread.")},
        },
        {
            unitParam(),
            {"pages", ParamSpec::Int, 9, 1, 50, QT_TRANSLATE_NOOP("Scenario", "Pages"),
             QT_TRANSLATE_NOOP("Scenario", "List pages to crawl, 20 posts each")},
            {"latency-ms", ParamSpec::Int, 0, 0, 10000, QT_TRANSLATE_NOOP("Scenario", "Latency"),
             QT_TRANSLATE_NOOP("Scenario", "How long the practice site takes to answer each request (0: one unit)"),
             "ms"},
            {"workers", ParamSpec::Int, 3, 1, 16, QT_TRANSLATE_NOOP("Scenario", "Workers"),
             QT_TRANSLATE_NOOP("Scenario", "Threads in the pool (pool variant)")},
            {"timeout-ms", ParamSpec::Int, 3000, 50, 60000, QT_TRANSLATE_NOOP("Scenario", "Timeout"),
             QT_TRANSLATE_NOOP("Scenario", "A page not downloaded in this time fails"), "ms"},
            {"fault-page", ParamSpec::Int, 0, 0, 50, QT_TRANSLATE_NOOP("Scenario", "Faulty page"),
             QT_TRANSLATE_NOOP("Scenario", "Page the site gets wrong on purpose (0: none)")},
            {"fault-kind", ParamSpec::Int, 2, 1, kSiteFaultMax, QT_TRANSLATE_NOOP("Scenario", "Fault"),
             QT_TRANSLATE_NOOP("Scenario",
                               "What goes wrong with that page: 1 404, 2 500, 3 slow drip, 4 connection reset, "
                               "5 no answer")},
        },
        QStringLiteral(":/listings/crawler-sequential.py"),
    };
    return info;
}

QString CrawlerScenario::listingResource(const QString &variant) const
{
    return variant.isEmpty() ? info().listingResource : QStringLiteral(":/listings/crawler-%1.py").arg(variant);
}

qint64 CrawlerScenario::idealNs(const QString &variant, const QVariantMap &params) const
{
    QVariantMap all = defaults();
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        all.insert(it.key(), it.value());
    const qint64 latency = latencyMs(all) * 1'000'000;
    const qint64 pages = all.value(QStringLiteral("pages")).toLongLong();
    if (variant == QLatin1String("threads") || variant == QLatin1String("coroutines"))
        return latency;
    if (variant == QLatin1String("pool")) {
        const qint64 workers = std::max<qint64>(1, all.value(QStringLiteral("workers")).toLongLong());
        return (pages + workers - 1) / workers * latency;
    }
    return pages * latency; // sequential, and start-join: one page at a time
}

void CrawlerScenario::run(RunContext &ctx) const
{
    const int main = ctx.mainLane();
    ctx.state(main, State::Running);
    SiteOptions options;
    options.pages = int(ctx.param(QStringLiteral("pages")));
    options.latencyMs = int(latencyMs(ctx.settings().params));
    const int faultPage = int(ctx.param(QStringLiteral("fault-page")));
    if (faultPage > options.pages) {
        failRun(ctx, QStringLiteral("fault-page %1 is beyond the %2 pages").arg(faultPage).arg(options.pages));
        return;
    }
    if (faultPage > 0)
        options.faults.insert(faultPage, SiteFault(ctx.param(QStringLiteral("fault-kind"))));
    QString error;
    const QString outDir = outputFolder(ctx.settings(), &error);
    if (outDir.isEmpty()) {
        failRun(ctx, error);
        return;
    }
    PracticeSite site(options);
    if (!site.start(&error)) {
        failRun(ctx, error);
        return;
    }
    ctx.setResult(QStringLiteral("site"), site.url());
    ctx.print(main, QStringLiteral("practice site %1, saving to %2").arg(site.url(), outDir));
    CrawlerRun crawler(ctx, site, outDir, renderedListing(ctx.variant(), ctx.settings().params));
    const QString &v = ctx.variant();
    if (v == QLatin1String("start-join"))
        crawler.runStartJoin();
    else if (v == QLatin1String("threads"))
        crawler.runThreads();
    else if (v == QLatin1String("pool"))
        crawler.runPool();
    else if (v == QLatin1String("coroutines"))
        crawler.runCoroutines();
    else
        crawler.runSequential();
    ctx.joinThreads(); // every download ended before the site stops
    site.stop();       // answers what is still suspended (a hanging page) and joins its threads
    crawler.report();
    // A fresh folder a stopped run saved nothing into is not left behind (rmdir keeps a
    // folder that holds anything).
    if (ctx.stopping() && ctx.settings().outDir.isEmpty())
        QDir().rmdir(outDir);
}

} // namespace conlab
