#include "net/httpclient.h"
#include "net/postparser.h"
#include "net/practicesite.h"
#include "net/sitecontent.h"
#include "runhelpers.h"
#include "timing.h"

#include <QDir>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>
#include <set>
#include <thread>

using namespace conlab;
using namespace conlab::test;

namespace {

struct Crawl
{
    Trace trace;
    QString dir;
};

Crawl crawl(const QString &variant, const QVariantMap &extra, const QTemporaryDir &out)
{
    const Scenario &s = *findScenario(QStringLiteral("crawler"));
    RunSettings settings = settingsFor(s, variant, extra);
    settings.outDir = out.path();
    return {runToEnd(s, settings), out.path()};
}

// The downloads of every lane, in time order: WaitingIO spans on threads, Suspended spans (at
// the await) on coroutines.
std::vector<Interval> downloads(const Trace &t)
{
    std::vector<Interval> spans;
    for (const Lane &lane : t.lanes()) {
        for (State waiting : {State::WaitingIO, State::Suspended}) {
            const std::vector<Interval> own = spansIn(t, lane.id, waiting);
            spans.insert(spans.end(), own.begin(), own.end());
        }
    }
    std::sort(spans.begin(), spans.end(), [](const Interval &a, const Interval &b) { return a.begin < b.begin; });
    return spans;
}

// How long the run spent downloading, overlapping downloads counted once: what the variants
// change. Parsing and saving are the same work in every variant, and starting nine threads
// is the machine's cost; both are left out.
qint64 downloadTime(const Trace &t)
{
    return unionLength(downloads(t));
}

QByteArray downloadFigures(const char *name, const Crawl &c, const Crawl &seq)
{
    return QByteArray(name) + " downloading " + msText(downloadTime(c.trace)) + " (wall " + msText(c.trace.wallNs) +
           "), sequential " + msText(downloadTime(seq.trace)) + " (wall " + msText(seq.trace.wallNs) + ")";
}

} // namespace

// The crawler lesson as a student sees it: every variant saves exactly what the site serves;
// the tutorial's start-join runs one page at a time on nine threads; real threads and
// coroutines overlap their downloads; a failing page fails alone; Stop is prompt.
class TestCrawler : public QObject
{
    Q_OBJECT

private slots:
    void everyVariantSavesWhatTheSiteServes_data();
    void everyVariantSavesWhatTheSiteServes();
    void startJoinIsOnePageAtATimeOnNineThreads();
    void threadsAndCoroutinesOverlapTheirDownloads();
    void aPageAnswering500FailsAndTheOthersAreSaved_data();
    void aPageAnswering500FailsAndTheOthersAreSaved();
    void aHangingPageTimesOut();
    void stopMidDownloadIsPrompt_data();
    void stopMidDownloadIsPrompt();
    void clientReadsChunkedAndKeepsToItsLimits();
    void clientIsCancelledByStop();
    void listingsHaveEveryStepPoint();
};

void TestCrawler::everyVariantSavesWhatTheSiteServes_data()
{
    QTest::addColumn<QString>("variant");
    for (const char *v : {"sequential", "start-join", "threads", "pool", "coroutines"})
        QTest::newRow(v) << QString::fromLatin1(v);
}

void TestCrawler::everyVariantSavesWhatTheSiteServes()
{
    QFETCH(QString, variant);
    QTemporaryDir out;
    const Crawl c = crawl(variant, {{QStringLiteral("unit-ms"), 20}}, out);
    const QVariantMap &r = c.trace.results;
    QCOMPARE(r.value(QStringLiteral("pages_saved")).toInt(), 9);
    QCOMPARE(r.value(QStringLiteral("items_saved")).toInt(), 180);
    QVERIFY(r.value(QStringLiteral("failures")).toList().isEmpty());
    QCOMPARE(r.value(QStringLiteral("out_dir")).toString(), out.path());
    QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 9);
    for (int page = 1; page <= 9; ++page) {
        QString error;
        const QList<PostItem> saved =
            loadPostItems(QDir(out.path()).filePath(QStringLiteral("run-%1.json").arg(page)), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(saved, sitecontent::pageItems(page));
    }
    // Nine different pages were asked for, not one page nine times.
    QCOMPARE(r.value(QStringLiteral("site_requests")).toInt(), 9);
    for (const Lane &lane : c.trace.lanes())
        QCOMPARE(finalState(c.trace, lane.id), State::Done);
    // Each download, parse and save is a span of its own.
    std::set<QString> labels;
    for (const Lane &lane : c.trace.lanes())
        for (const Event &e : eventsOf(c.trace, lane.id, EventType::State))
            labels.insert(c.trace.label(e.label));
    QVERIFY(labels.count(QStringLiteral("parse")) && labels.count(QStringLiteral("save_json")));
    QVERIFY(labels.count(variant == QLatin1String("coroutines") ? QStringLiteral("await download /p/9")
                                                                : QStringLiteral("download /p/9")));
}

void TestCrawler::startJoinIsOnePageAtATimeOnNineThreads()
{
    const QVariantMap unit{{QStringLiteral("unit-ms"), 40}};
    QTemporaryDir a, b;
    const Crawl seq = crawl(QStringLiteral("sequential"), unit, a);
    const Crawl sj = crawl(QStringLiteral("start-join"), unit, b);
    QCOMPARE(sj.trace.results.value(QStringLiteral("distinct_threads")).toInt(), 9);
    const auto spans = downloads(sj.trace);
    QCOMPARE(spans.size(), size_t(9));
    for (size_t i = 1; i < spans.size(); ++i)
        QVERIFY2(spans[i].begin >= spans[i - 1].end, "two downloads of start-join overlap");
    const QByteArray figures = downloadFigures("start-join", sj, seq);
    qInfo("%s", figures.constData());
    QVERIFY2(downloadTime(sj.trace) > downloadTime(seq.trace) * 8 / 10, figures.constData());
    QVERIFY(downloadTime(sj.trace) >= 9 * 40'000'000LL * 9 / 10);
}

void TestCrawler::threadsAndCoroutinesOverlapTheirDownloads()
{
    // Downloads of 100 ms: starting nine threads one after another took 190 ms in a sanitizer
    // build on a busy machine, which must not weigh like the downloads themselves.
    const QVariantMap unit{{QStringLiteral("unit-ms"), 100}};
    QTemporaryDir a, b, c;
    const Crawl seq = crawl(QStringLiteral("sequential"), unit, a);
    const Crawl threads = crawl(QStringLiteral("threads"), unit, b);
    QCOMPARE(downloads(seq.trace).size(), size_t(9));
    QCOMPARE(downloads(threads.trace).size(), size_t(9));
    const QByteArray threadFigures = downloadFigures("threads", threads, seq);
    qInfo("%s", threadFigures.constData());
    QVERIFY2(downloadTime(threads.trace) < downloadTime(seq.trace) / 2, threadFigures.constData());
    QCOMPARE(threads.trace.results.value(QStringLiteral("distinct_threads")).toInt(), 9);

    const Crawl co = crawl(QStringLiteral("coroutines"), unit, c);
    QCOMPARE(downloads(co.trace).size(), size_t(9));
    const QByteArray coFigures = downloadFigures("coroutines", co, seq);
    qInfo("%s", coFigures.constData());
    QVERIFY2(downloadTime(co.trace) < downloadTime(seq.trace) / 2, coFigures.constData());
    // Every download on one thread: the run's own, the event loop's.
    QCOMPARE(co.trace.results.value(QStringLiteral("distinct_threads")).toInt(), 1);
    const qint64 loopTid = laneNamed(co.trace, QStringLiteral("event loop"))->tid;
    for (const QVariant &tid : co.trace.results.value(QStringLiteral("thread_ids")).toList())
        QCOMPARE(tid.toLongLong(), loopTid);
}

void TestCrawler::aPageAnswering500FailsAndTheOthersAreSaved_data()
{
    QTest::addColumn<QString>("variant");
    for (const char *v : {"sequential", "threads", "pool", "coroutines"})
        QTest::newRow(v) << QString::fromLatin1(v);
}

void TestCrawler::aPageAnswering500FailsAndTheOthersAreSaved()
{
    QFETCH(QString, variant);
    QTemporaryDir out;
    const Crawl c = crawl(variant,
                          {{QStringLiteral("unit-ms"), 20},
                           {QStringLiteral("fault-page"), 3},
                           {QStringLiteral("fault-kind"), int(SiteFault::ServerError)}},
                          out);
    const QVariantMap &r = c.trace.results;
    QCOMPARE(r.value(QStringLiteral("pages_saved")).toInt(), 8);
    QCOMPARE(r.value(QStringLiteral("failures")).toStringList(), QStringList{QStringLiteral("page 3: HTTP 500")});
    const QDir dir(out.path());
    for (int page = 1; page <= 9; ++page)
        QCOMPARE(dir.exists(QStringLiteral("run-%1.json").arg(page)), page != 3);
    // A Failed span that says why, on the lane that downloaded page 3.
    bool failedSpan = false;
    for (const Lane &lane : c.trace.lanes())
        for (const Event &e : eventsOf(c.trace, lane.id, EventType::State))
            failedSpan = failedSpan || (e.state == State::Failed &&
                                        c.trace.label(e.label) == QLatin1String("page 3 failed: HTTP 500"));
    QVERIFY(failedSpan);
    if (const Lane *lane = laneNamed(c.trace, QStringLiteral("crawl-3")))
        QCOMPARE(finalState(c.trace, lane->id), State::Failed);
    // The run as a whole says a page failed, whichever lane it was on (exit code 1).
    QCOMPARE(finalState(c.trace, laneNamed(c.trace, QStringLiteral("main"))->id), State::Failed);
}

void TestCrawler::aHangingPageTimesOut()
{
    QTemporaryDir out;
    QElapsedTimer clock;
    clock.start();
    const Crawl c = crawl(QStringLiteral("threads"),
                          {{QStringLiteral("unit-ms"), 20},
                           {QStringLiteral("fault-page"), 5},
                           {QStringLiteral("fault-kind"), int(SiteFault::Hang)},
                           {QStringLiteral("timeout-ms"), 300}},
                          out);
    QVERIFY2(clock.elapsed() < quickMs(2000), qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(c.trace.results.value(QStringLiteral("pages_saved")).toInt(), 8);
    QCOMPARE(c.trace.results.value(QStringLiteral("failures")).toStringList(),
             QStringList{QStringLiteral("page 5: no answer within 300 ms")});
}

void TestCrawler::stopMidDownloadIsPrompt_data()
{
    QTest::addColumn<QString>("variant");
    for (const char *v : {"sequential", "start-join", "threads", "pool", "coroutines"})
        QTest::newRow(v) << QString::fromLatin1(v);
}

void TestCrawler::stopMidDownloadIsPrompt()
{
    QFETCH(QString, variant);
    const Scenario &s = *findScenario(QStringLiteral("crawler"));
    const int threadsBefore = threadCount();
    QTemporaryDir out;
    // Long latency and a page that never answers: Stop comes with every download in flight.
    RunSettings settings = settingsFor(s, variant,
                                       {{QStringLiteral("latency-ms"), 5000},
                                        {QStringLiteral("fault-page"), 1},
                                        {QStringLiteral("fault-kind"), int(SiteFault::Hang)},
                                        {QStringLiteral("timeout-ms"), 60000}});
    settings.outDir = out.path();
    QByteArray why;
    for (int afterMs : {0, 5, 60}) {
        QVERIFY2(stopsCleanly(s, settings, afterMs, &why), why.constData());
        QVERIFY(threadsSettleAt(threadsBefore));
    }
}

void TestCrawler::clientReadsChunkedAndKeepsToItsLimits()
{
    SiteOptions o;
    o.latencyMs = 10;
    o.faults = {{2, SiteFault::Slow}};
    PracticeSite site(o);
    QString error;
    QVERIFY2(site.start(&error), qPrintable(error));
    std::stop_source stop;
    HttpLimits limits;
    const HttpResult plain = httpGet(site.pageUrl(1), limits, stop.get_token());
    QVERIFY2(plain.ok(), qPrintable(plain.failure()));
    QCOMPARE(parsePostItems(plain.body), sitecontent::pageItems(1));
    const HttpResult chunked = httpGet(site.pageUrl(2), limits, stop.get_token());
    QVERIFY2(chunked.ok(), qPrintable(chunked.failure()));
    QCOMPARE(parsePostItems(chunked.body), sitecontent::pageItems(2));
    // The fragment never reaches the server: "#p2" asks for the front page.
    const HttpResult fragment = httpGet(site.url(QStringLiteral("/#p2")), limits, stop.get_token());
    QCOMPARE(parsePostItems(fragment.body), sitecontent::pageItems(1));

    HttpLimits small;
    small.maxBodyBytes = 1000;
    QVERIFY(httpGet(site.pageUrl(1), small, stop.get_token()).failure().contains(QStringLiteral("limit")));
    QVERIFY(httpGet(site.pageUrl(2), small, stop.get_token()).failure().contains(QStringLiteral("limit")));
    QCOMPARE(httpGet(site.url(QStringLiteral("/p/99")), limits, stop.get_token()).failure(),
             QStringLiteral("HTTP 404"));
    QVERIFY(httpGet(QStringLiteral("http://192.0.2.1/"), limits, stop.get_token())
                .failure()
                .contains(QStringLiteral("loopback")));

    // The coroutine form brings back the same bytes.
    QEventLoop loop;
    HttpResult async;
    auto task = [&]() -> QCoro::Task<> {
        async = co_await httpGetAsync(site.pageUrl(2), limits, stop.get_token());
        loop.quit();
    };
    auto running = task();
    if (!running.isReady())
        loop.exec();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY2(async.ok(), qPrintable(async.failure()));
    QCOMPARE(async.body, chunked.body);
}

void TestCrawler::clientIsCancelledByStop()
{
    SiteOptions o;
    o.faults = {{1, SiteFault::Hang}};
    PracticeSite site(o);
    QString error;
    QVERIFY2(site.start(&error), qPrintable(error));
    HttpLimits limits;
    limits.timeoutMs = 60000;
    {
        std::stop_source stop;
        HttpResult r;
        QElapsedTimer clock;
        std::jthread downloader([&] { r = httpGet(site.pageUrl(1), limits, stop.get_token()); });
        QTRY_COMPARE_WITH_TIMEOUT(site.requestsSeen(), 1, 2000);
        clock.start();
        stop.request_stop();
        downloader.join();
        QVERIFY2(clock.elapsed() < quickMs(150), qPrintable(QString::number(clock.elapsed())));
        QVERIFY(r.cancelled);
    }
    {
        std::stop_source stop;
        QEventLoop loop;
        HttpResult r;
        auto task = [&]() -> QCoro::Task<> {
            r = co_await httpGetAsync(site.pageUrl(1), limits, stop.get_token());
            loop.quit();
        };
        QElapsedTimer clock;
        QTimer::singleShot(100, &loop, [&] {
            clock.start();
            stop.request_stop(); // from another thread in a run; the wake-up is posted either way
        });
        auto running = task();
        loop.exec();
        QVERIFY2(clock.elapsed() < quickMs(150), qPrintable(QString::number(clock.elapsed())));
        QVERIFY(r.cancelled);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

void TestCrawler::listingsHaveEveryStepPoint()
{
    const Scenario &s = *findScenario(QStringLiteral("crawler"));
    for (const VariantSpec &v : s.info().variants) {
        const QString listing = s.renderedListing(QLatin1String(v.id), s.defaults());
        QVERIFY2(!listing.isEmpty(), v.id);
        QVERIFY2(!listing.contains(QStringLiteral("${")), v.id);
        for (const char *needle : {"download(", "parse(html)", "save_json(f", "write finish", "--- finish ---"})
            QVERIFY2(findLine(listing, QStringLiteral("def crawl("), QLatin1String(needle)) > 0 ||
                         findLine(listing, QStringLiteral("if __name__"), QLatin1String(needle)) > 0,
                     qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(v.id), QLatin1String(needle))));
    }
}

QTEST_GUILESS_MAIN(TestCrawler)
#include "tst_crawler.moc"
