#include "net/postparser.h"
#include "net/practicesite.h"
#include "net/sitecontent.h"
#include "procfs.h"
#include "runtime/processlimits.h"
#include "timing.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkInterface>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <vector>

using namespace conlab;
using namespace conlab::test;

namespace {

// A plain HTTP/1.1 client written out by hand, independent of the crawler's: it sends a GET
// with Connection: close and reads until the server closes.
struct Raw
{
    std::unique_ptr<QTcpSocket> socket = std::make_unique<QTcpSocket>();
    QByteArray bytes;
    bool closed = false;

    void send(quint16 port, const QByteArray &path)
    {
        sendRequest(port, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    }
    void sendRequest(quint16 port, const QByteArray &request)
    {
        socket->setProxy(QNetworkProxy::NoProxy);
        socket->connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(socket->waitForConnected(2000));
        socket->write(request);
        QVERIFY(socket->waitForBytesWritten(2000));
    }
    // Reads what is there, waiting up to `ms`; true once the server has closed.
    bool poll(int ms)
    {
        if (!closed && socket->state() == QAbstractSocket::ConnectedState)
            socket->waitForReadyRead(ms);
        bytes += socket->readAll();
        closed = closed || socket->state() != QAbstractSocket::ConnectedState;
        return closed;
    }
    int status() const { return bytes.startsWith("HTTP/1.1 ") ? bytes.mid(9, 3).toInt() : 0; }
    QByteArray head() const { return bytes.left(bytes.indexOf("\r\n\r\n")); }
    QByteArray body() const
    {
        const QByteArray raw = bytes.mid(bytes.indexOf("\r\n\r\n") + 4);
        if (!head().toLower().contains("transfer-encoding: chunked"))
            return raw;
        QByteArray out; // undo the chunks
        qsizetype pos = 0;
        for (;;) {
            const qsizetype eol = raw.indexOf("\r\n", pos);
            const qint64 size = raw.mid(pos, eol - pos).toLongLong(nullptr, 16);
            if (eol < 0 || size <= 0)
                return out;
            out += raw.mid(eol + 2, size);
            pos = eol + 2 + size + 2;
        }
    }
};

Raw get(quint16 port, const QByteArray &path, int timeoutMs = 5000)
{
    Raw r;
    r.send(port, path);
    QElapsedTimer clock;
    clock.start();
    while (!r.poll(20) && clock.elapsed() < timeoutMs) {
    }
    return r;
}

SiteOptions options(int latencyMs, SiteFaults faults = {})
{
    SiteOptions o;
    o.latencyMs = latencyMs;
    o.faults = std::move(faults);
    return o;
}

} // namespace

// The practice site as a student's crawler meets it: 20 links a page, latency without a thread
// per request, each fault as promised, loopback only, and a prompt stop with requests in flight.
class TestPracticeSite : public QObject
{
    Q_OBJECT

private slots:
    void everyPageHasTwentyPostLinks();
    void nineParallelRequestsTakeOneLatencyAndNoThreads();
    void faults_data();
    void faults();
    void listensOnLoopbackOnly();
    void stopWithRequestsInFlightIsPromptAndLeavesNothing();
    void takenPortIsOneClearError();
    void thousandConnectionsAllAnswered();
    void badRequestsAreRefused_data();
    void badRequestsAreRefused();
};

void TestPracticeSite::everyPageHasTwentyPostLinks()
{
    PracticeSite site(options(0));
    QString error;
    QVERIFY2(site.start(&error), qPrintable(error));
    QVERIFY(site.port() != 0);
    static const QRegularExpression link(QStringLiteral("<a class=\"post-item-title\" href=\"[^\"]+\"[^>]*>[^<]+</a>"));
    for (int page = 1; page <= 9; ++page) {
        const Raw r = get(site.port(), "/p/" + QByteArray::number(page));
        QCOMPARE(r.status(), 200);
        QVERIFY(r.head().contains("Content-Type: text/html; charset=utf-8"));
        const QString html = QString::fromUtf8(r.body());
        QCOMPARE(html.count(link), 20);
        QVERIFY(html.contains(QStringLiteral("多线程")) || html.contains(QStringLiteral("协程")) ||
                html.contains(QStringLiteral("进程")));
        QCOMPARE(parsePostItems(r.body()), sitecontent::pageItems(page));
        // The same bytes on every request: deterministic pages.
        QCOMPARE(get(site.port(), "/p/" + QByteArray::number(page)).body(), r.body());
    }
    QCOMPARE(get(site.port(), "/").body(), get(site.port(), "/p/1").body());
    const Raw post = get(site.port(), "/post/2-07.html");
    QCOMPARE(post.status(), 200);
    QVERIFY(QString::fromUtf8(post.body()).contains(sitecontent::pageItems(2)[6].title.toHtmlEscaped()));
    QCOMPARE(get(site.port(), "/p/10").status(), 404);
    QCOMPARE(get(site.port(), "/nothing").status(), 404);
}

void TestPracticeSite::nineParallelRequestsTakeOneLatencyAndNoThreads()
{
    PracticeSite site(options(200));
    QString error;
    QVERIFY2(site.start(&error), qPrintable(error));
    const int threadsWithSite = threadCount();
    std::vector<Raw> raws(9);
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 9; ++i)
        raws[size_t(i)].send(site.port(), "/p/" + QByteArray::number(i + 1));
    int most = threadCount();
    bool all = false;
    while (!all && clock.elapsed() < 3000) {
        all = true;
        for (Raw &r : raws)
            all = r.poll(1) && all;
        most = std::max(most, threadCount());
    }
    const qint64 ms = clock.elapsed();
    QVERIFY(all);
    for (const Raw &r : raws)
        QCOMPARE(r.status(), 200);
    QVERIFY2(ms >= 190, qPrintable(QStringLiteral("%1 ms: the latency was not applied").arg(ms)));
    QVERIFY2(ms < quickMs(400), qPrintable(QStringLiteral("9 requests at 200 ms latency took %1 ms").arg(ms)));
    QCOMPARE(most, threadsWithSite); // no thread per request
}

void TestPracticeSite::faults_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("404") << int(SiteFault::NotFound);
    QTest::newRow("500") << int(SiteFault::ServerError);
    QTest::newRow("slow") << int(SiteFault::Slow);
    QTest::newRow("reset") << int(SiteFault::Reset);
    QTest::newRow("hang") << int(SiteFault::Hang);
}

void TestPracticeSite::faults()
{
    QFETCH(int, kind);
    const SiteFault fault = SiteFault(kind);
    constexpr int latency = 40;
    PracticeSite site(options(latency, {{4, fault}}));
    QString error;
    QVERIFY2(site.start(&error), qPrintable(error));
    const QByteArray good = get(site.port(), "/p/3").body();
    QCOMPARE(parsePostItems(good).size(), 20);
    QElapsedTimer clock;
    clock.start();
    const int timeout = fault == SiteFault::Hang ? 20 * latency : 5000;
    const Raw r = get(site.port(), "/p/4", timeout);
    const qint64 ms = clock.elapsed();
    switch (fault) {
    case SiteFault::NotFound:
        QCOMPARE(r.status(), 404);
        break;
    case SiteFault::ServerError:
        QCOMPARE(r.status(), 500);
        break;
    case SiteFault::Slow:
        // The whole page, in pieces over several latencies, chunked.
        QCOMPARE(r.status(), 200);
        QVERIFY(r.head().toLower().contains("transfer-encoding: chunked"));
        QCOMPARE(parsePostItems(r.body()), sitecontent::pageItems(4));
        QVERIFY2(ms >= 5 * latency, qPrintable(QStringLiteral("slow page took only %1 ms").arg(ms)));
        break;
    case SiteFault::Reset:
        QVERIFY(r.closed);
        QVERIFY(r.bytes.isEmpty());
        break;
    case SiteFault::Hang:
        QVERIFY(!r.closed);
        QVERIFY(r.bytes.isEmpty());
        QVERIFY(ms >= 20 * latency - 5);
        break;
    case SiteFault::None:
        break;
    }
    // The other pages are not affected.
    QCOMPARE(get(site.port(), "/p/5").status(), 200);
}

void TestPracticeSite::listensOnLoopbackOnly()
{
    PracticeSite site(options(0));
    QString error;
    QVERIFY2(site.start(&error), qPrintable(error));
    // /proc/net/tcp lists the listening socket (state 0A) by address: 0100007F is 127.0.0.1.
    QFile tcp(QStringLiteral("/proc/net/tcp"));
    QVERIFY(tcp.open(QIODevice::ReadOnly));
    const QByteArray port = QByteArray::number(site.port(), 16).toUpper().rightJustified(4, '0');
    int listening = 0;
    for (const QByteArray &line : tcp.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() > 3 && f[1].endsWith(QByteArray(':' + port)) && f[3] == "0A") {
            QCOMPARE(f[1], QByteArray("0100007F:" + port));
            ++listening;
        }
    }
    QCOMPARE(listening, 1);
    // And from another address of this machine, nothing answers.
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (a.isLoopback() || a.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        QTcpSocket s;
        s.setProxy(QNetworkProxy::NoProxy); // no system proxy lookup: the connection itself is tested
        s.connectToHost(a, site.port());
        QVERIFY2(!s.waitForConnected(1000), qPrintable(a.toString()));
    }
}

void TestPracticeSite::stopWithRequestsInFlightIsPromptAndLeavesNothing()
{
    const int threadsBefore = threadCount();
    const int filesBefore = openFileCount();
    std::vector<Raw> raws(9);
    {
        PracticeSite site(options(2000, {{9, SiteFault::Hang}, {8, SiteFault::Slow}}));
        QString error;
        QVERIFY2(site.start(&error), qPrintable(error));
        for (int i = 0; i < 9; ++i)
            raws[size_t(i)].send(site.port(), "/p/" + QByteArray::number(i + 1));
        QTRY_COMPARE_WITH_TIMEOUT(site.requestsSeen(), 9, 2000);
        QElapsedTimer clock;
        clock.start();
        site.stop();
        QVERIFY2(clock.elapsed() < quickMs(200), qPrintable(QStringLiteral("stop took %1 ms").arg(clock.elapsed())));
        QVERIFY(!site.running());
    }
    // Every client sees its connection closed, with no answer: nothing was left half-open.
    for (Raw &r : raws) {
        QElapsedTimer clock;
        clock.start();
        while (!r.poll(20) && clock.elapsed() < 1000) {
        }
        QVERIFY(r.closed);
        QCOMPARE(r.status(), 0);
        r.socket.reset();
    }
    QVERIFY(threadsSettleAt(threadsBefore));
    QCOMPARE(openFileCount(), filesBefore);
}

void TestPracticeSite::takenPortIsOneClearError()
{
    PracticeSite first(options(0));
    QString error;
    QVERIFY2(first.start(&error), qPrintable(error));
    SiteOptions o = options(0);
    o.port = first.port();
    PracticeSite second(o);
    QVERIFY(!second.start(&error));
    QVERIFY2(error.contains(QString::number(first.port())) && error.contains(QStringLiteral("in use")),
             qPrintable(error));
}

// A thousand connections at once, every one with a well-formed request that waits its latency:
// all answered, whole, by the site's two threads. Loopback only, bounded in count and time.
void TestPracticeSite::thousandConnectionsAllAnswered()
{
    const int count = scaled(1000);
    QVERIFY2(raiseOpenFileLimit(4 * count + 256) >= 2 * count + 64, "not enough file descriptors for the test");
    PracticeSite site(options(300));
    QString error;
    QVERIFY2(site.start(&error), qPrintable(error));
    const int threadsBefore = threadCount();
    struct Client
    {
        int fd = -1;
        QByteArray bytes;
        bool done = false;
    };
    std::vector<Client> clients(static_cast<size_t>(count));
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(site.port());
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    for (int i = 0; i < count; ++i) {
        Client &c = clients[size_t(i)];
        c.fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        QVERIFY(c.fd >= 0);
        QVERIFY2(::connect(c.fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0, strerror(errno));
        const QByteArray request = "GET /p/" + QByteArray::number(i % 9 + 1) +
                                   " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
        QCOMPARE(::send(c.fd, request.constData(), size_t(request.size()), MSG_NOSIGNAL), ssize_t(request.size()));
    }
    QElapsedTimer clock;
    clock.start();
    int open = count;
    std::vector<pollfd> fds;
    while (open > 0 && clock.elapsed() < 30'000) {
        fds.clear();
        for (const Client &c : clients)
            if (!c.done)
                fds.push_back({c.fd, POLLIN, 0});
        if (::poll(fds.data(), fds.size(), 200) <= 0)
            continue;
        for (const pollfd &p : fds) {
            if (!(p.revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            auto it = std::find_if(clients.begin(), clients.end(), [&](const Client &c) { return c.fd == p.fd; });
            char buf[16384];
            const ssize_t n = ::recv(p.fd, buf, sizeof buf, 0);
            if (n > 0) {
                it->bytes.append(buf, n);
            } else {
                it->done = true;
                --open;
            }
        }
    }
    const qint64 tookMs = clock.elapsed();
    int answered = 0;
    for (Client &c : clients) {
        answered += c.bytes.startsWith("HTTP/1.1 200") && c.bytes.count("post-item-title") >= 20 ? 1 : 0;
        ::close(c.fd);
    }
    qInfo("%d connections held at once, %d answered in full in %lld ms", count, answered, tookMs);
    QCOMPARE(answered, count);
    QCOMPARE(threadCount(), threadsBefore); // no thread per connection
    site.stop();
}

void TestPracticeSite::badRequestsAreRefused_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    const QByteArray tail = " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
    QTest::newRow("POST") << QByteArray("POST /p/1" + tail) << 405;
    QTest::newRow("DELETE") << QByteArray("DELETE /p/1" + tail) << 405;
    QTest::newRow("made-up method") << QByteArray("BREW /p/1" + tail) << 405;
    QTest::newRow("path traversal") << QByteArray("GET /../../etc/passwd" + tail) << 404;
    QTest::newRow("encoded traversal") << QByteArray("GET /p/%2e%2e/%2e%2e/etc/passwd" + tail) << 404;
    QTest::newRow("request line too long") << QByteArray("GET /p/" + QByteArray(20000, 'a') + tail) << 414;
    QTest::newRow("headers too large")
        << QByteArray("GET /p/1 HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + QByteArray(20000, 'b') +
                      "\r\nConnection: close\r\n\r\n")
        << 431;
}

// What a student's home-made client may send by mistake, or a curious one on purpose: refused
// with the right status by the site (or by the library's own limits), and the site goes on.
void TestPracticeSite::badRequestsAreRefused()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    PracticeSite site(options(0));
    QString error;
    QVERIFY2(site.start(&error), qPrintable(error));
    Raw r;
    r.sendRequest(site.port(), request);
    QElapsedTimer clock;
    clock.start();
    while (!r.poll(20) && clock.elapsed() < 5000) {
    }
    QCOMPARE(r.status(), status);
    QCOMPARE(get(site.port(), "/p/1").status(), 200);
}

QTEST_GUILESS_MAIN(TestPracticeSite)
#include "tst_practicesite.moc"
