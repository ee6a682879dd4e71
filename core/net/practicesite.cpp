#include "practicesite.h"

#include "sitecontent.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace conlab {

namespace {

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// A slow page's body comes in this many pieces, half a latency apart.
constexpr int kDripPieces = 16;
constexpr unsigned kConnectionLimit = 2048; // a whole class at once, and then some
constexpr unsigned kIdleTimeoutS = 30;
// Memory per connection for the request line and headers: a crawler's request needs a few
// hundred bytes. Longer is refused by the library itself: 414 for the line, 431 for headers.
constexpr size_t kRequestMemory = 8 * 1024;
// How long stop() waits for the daemon to take back the connections it resumed.
constexpr auto kResumeWait = std::chrono::milliseconds(150);

struct Request : PracticeSite::Suspension
{
    bool delayed = false;
};

struct Drip : PracticeSite::Suspension
{
    PracticeSite *site = nullptr;
    MHD_Connection *connection = nullptr;
    QByteArray body;
    qint64 piece = 1;
    qint64 intervalNs = 0;
    qint64 nextAt = 0;
};

// What a path asks for: list page n, post (n, item), or nothing.
struct Route
{
    enum Kind { Missing, List, Post } kind = Missing;
    int page = 0;
    int item = 0;
};

Route route(const char *rawUrl, int pages)
{
    const QString url = QString::fromUtf8(rawUrl);
    if (url == QLatin1String("/") || url == QLatin1String("/index.html"))
        return {Route::List, 1, 0};
    static const QRegularExpression list(QStringLiteral("^/p/([0-9]{1,4})/?$"));
    static const QRegularExpression post(QStringLiteral("^/post/([0-9]{1,4})-([0-9]{2})\\.html$"));
    if (const auto m = list.match(url); m.hasMatch()) {
        const int n = m.captured(1).toInt();
        if (n >= 1 && n <= pages)
            return {Route::List, n, 0};
    } else if (const auto m = post.match(url); m.hasMatch()) {
        const int n = m.captured(1).toInt();
        const int item = m.captured(2).toInt();
        if (n >= 1 && n <= pages && item >= 1 && item <= sitecontent::kPostsPerPage)
            return {Route::Post, n, item - 1};
    }
    return {};
}

MHD_Result answer(MHD_Connection *connection, unsigned status, const QByteArray &body)
{
    MHD_Response *response = MHD_create_response_from_buffer(size_t(body.size()), const_cast<char *>(body.constData()),
                                                             MHD_RESPMEM_MUST_COPY);
    if (!response)
        return MHD_NO;
    MHD_add_response_header(response, "Content-Type", "text/html; charset=utf-8");
    const MHD_Result result = MHD_queue_response(connection, status, response);
    MHD_destroy_response(response);
    return result;
}

// Closes with a TCP reset: no FIN, no answer, the client sees "connection reset by peer".
MHD_Result resetConnection(MHD_Connection *connection)
{
    if (const MHD_ConnectionInfo *info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CONNECTION_FD)) {
        const linger hard{1, 0};
        setsockopt(info->connect_fd, SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
    return MHD_NO;
}

ssize_t dripRead(void *cls, uint64_t pos, char *buf, size_t max)
{
    auto *d = static_cast<Drip *>(cls);
    d->site->resumed(d);
    if (d->site->stopping())
        return MHD_CONTENT_READER_END_WITH_ERROR;
    if (pos >= uint64_t(d->body.size()))
        return MHD_CONTENT_READER_END_OF_STREAM;
    const qint64 now = steadyNs();
    if (now < d->nextAt) {
        // Returning nothing is only allowed with the connection suspended (else it spins).
        d->site->suspendUntil(d->connection, d, d->nextAt);
        return 0;
    }
    const size_t n = size_t(std::min<qint64>({d->piece, d->body.size() - qint64(pos), qint64(max)}));
    std::memcpy(buf, d->body.constData() + pos, n);
    d->nextAt = now + d->intervalNs;
    return ssize_t(n);
}

void dripFree(void *cls)
{
    auto *d = static_cast<Drip *>(cls);
    d->site->resumed(d); // its connection may have ended while it waited for the next piece
    delete d;
}

} // namespace

// The daemon's callbacks, on its thread.
struct SiteCallbacks
{
    static MHD_Result request(void *cls, MHD_Connection *connection, const char *url, const char *method, const char *,
                              const char *, size_t *uploadSize, void **requestCls)
    {
        auto *site = static_cast<PracticeSite *>(cls);
        auto *r = static_cast<Request *>(*requestCls);
        if (!r) { // the headers are in: count it and come back for the body
            *requestCls = new Request;
            site->m_seen.fetch_add(1);
            return MHD_YES;
        }
        site->resumed(r);
        if (site->stopping())
            return MHD_NO;
        if (*uploadSize != 0) { // a body we do not need
            *uploadSize = 0;
            return MHD_YES;
        }
        if (std::strcmp(method, MHD_HTTP_METHOD_GET) != 0 && std::strcmp(method, MHD_HTTP_METHOD_HEAD) != 0)
            return answer(connection, MHD_HTTP_METHOD_NOT_ALLOWED,
                          sitecontent::errorHtml(405, QStringLiteral("only GET and HEAD")));
        const Route where = route(url, site->m_options.pages);
        const bool listPage = where.kind == Route::List && std::strcmp(url, "/") != 0;
        const SiteFault fault = listPage ? site->m_options.faults.value(where.page, SiteFault::None) : SiteFault::None;
        if (!r->delayed) {
            r->delayed = true;
            if (fault == SiteFault::Hang) {
                site->suspendUntil(connection, r, -1);
                return MHD_YES;
            }
            if (site->m_options.latencyMs > 0) {
                site->suspendUntil(connection, r, steadyNs() + qint64(site->m_options.latencyMs) * 1'000'000);
                return MHD_YES;
            }
        }
        switch (fault) {
        case SiteFault::NotFound:
            return answer(connection, MHD_HTTP_NOT_FOUND, sitecontent::errorHtml(404, QStringLiteral("fault: 404")));
        case SiteFault::ServerError:
            return answer(connection, MHD_HTTP_INTERNAL_SERVER_ERROR,
                          sitecontent::errorHtml(500, QStringLiteral("fault: 500")));
        case SiteFault::Reset:
            return resetConnection(connection);
        case SiteFault::Slow:
            return drip(site, connection, site->m_pageHtml[size_t(where.page - 1)]);
        case SiteFault::Hang:
        case SiteFault::None:
            break;
        }
        switch (where.kind) {
        case Route::List:
            return answer(connection, MHD_HTTP_OK, site->m_pageHtml[size_t(where.page - 1)]);
        case Route::Post:
            return answer(connection, MHD_HTTP_OK, sitecontent::postHtml(where.page, where.item));
        case Route::Missing:
            break;
        }
        return answer(connection, MHD_HTTP_NOT_FOUND,
                      sitecontent::errorHtml(404, QStringLiteral("no such page: %1").arg(QString::fromUtf8(url))));
    }

    // Unknown length: the body goes out chunked, piece by piece.
    static MHD_Result drip(PracticeSite *site, MHD_Connection *connection, const QByteArray &body)
    {
        auto *d = new Drip;
        d->site = site;
        d->connection = connection;
        d->body = body;
        d->piece = std::max<qint64>(1, (body.size() + kDripPieces - 1) / kDripPieces);
        d->intervalNs = std::max<qint64>(5, site->m_options.latencyMs) * 1'000'000 / 2;
        MHD_Response *response = MHD_create_response_from_callback(MHD_SIZE_UNKNOWN, 4096, dripRead, d, dripFree);
        if (!response) {
            delete d;
            return MHD_NO;
        }
        MHD_add_response_header(response, "Content-Type", "text/html; charset=utf-8");
        const MHD_Result result = MHD_queue_response(connection, MHD_HTTP_OK, response);
        MHD_destroy_response(response);
        return result;
    }

    static void completed(void *cls, MHD_Connection *, void **requestCls, MHD_RequestTerminationCode how)
    {
        auto *site = static_cast<PracticeSite *>(cls);
        if (how == MHD_REQUEST_TERMINATED_COMPLETED_OK)
            site->countAnswer();
        // A client that went away while its request was suspended (a crawl being stopped) ends
        // here, without the request being called again: it is no longer suspended either.
        if (auto *r = static_cast<Request *>(*requestCls))
            site->resumed(r);
        delete static_cast<Request *>(*requestCls);
        *requestCls = nullptr;
    }
};

PracticeSite::PracticeSite(SiteOptions options) : m_options(std::move(options)) {}

PracticeSite::~PracticeSite()
{
    stop();
}

bool PracticeSite::start(QString *error)
{
    if (m_daemon)
        return true;
    m_pageHtml.clear();
    for (int p = 1; p <= m_options.pages; ++p)
        m_pageHtml.push_back(sitecontent::pageHtml(p, m_options.pages));

    // Our own listening socket: bind()'s errno names the problem (port taken) exactly.
    auto fail = [&](const QString &why) {
        *error = QCoreApplication::translate("PracticeSite", "cannot listen on 127.0.0.1:%1: %2")
                     .arg(m_options.port)
                     .arg(why);
        return false;
    };
    const int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return fail(QString::fromLocal8Bit(std::strerror(errno)));
    const int on = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(m_options.port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK); // never another interface
    if (bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 || listen(fd, SOMAXCONN) != 0) {
        const int e = errno;
        close(fd);
        return fail(QString::fromLocal8Bit(std::strerror(e)));
    }
    socklen_t len = sizeof addr;
    getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len);
    m_port = ntohs(addr.sin_port);

    m_stopping = false;
    for (const unsigned polling : {unsigned(MHD_USE_EPOLL), unsigned(MHD_USE_AUTO)}) { // epoll where built in
        m_daemon =
            MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | polling | MHD_ALLOW_SUSPEND_RESUME, 0, nullptr, nullptr,
                             &SiteCallbacks::request, this, MHD_OPTION_LISTEN_SOCKET, fd, MHD_OPTION_CONNECTION_LIMIT,
                             kConnectionLimit, MHD_OPTION_CONNECTION_TIMEOUT, kIdleTimeoutS,
                             MHD_OPTION_CONNECTION_MEMORY_LIMIT, kRequestMemory,
                             MHD_OPTION_NOTIFY_COMPLETED, &SiteCallbacks::completed, this, MHD_OPTION_END);
        if (m_daemon)
            break;
    }
    if (!m_daemon) {
        close(fd);
        return fail(QCoreApplication::translate("PracticeSite", "the HTTP daemon did not start"));
    }
    m_timer = std::thread([this] { timerLoop(); });
    return true;
}

void PracticeSite::stop()
{
    if (!m_daemon)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_timerCv.notify_all();
    m_timer.join(); // it resumes every suspended connection on its way out
    {
        // The library forbids stopping with a connection suspended: wait until the daemon has
        // taken back each one (they end at once: the site is stopping).
        std::unique_lock lock(m_mutex);
        m_resumedCv.wait_for(lock, kResumeWait, [this] { return m_suspended == 0; });
    }
    MHD_stop_daemon(m_daemon); // joins the daemon's thread, closes the listening socket
    m_daemon = nullptr;
    m_due.clear();
    m_hung.clear();
    m_suspended = 0;
}

QString PracticeSite::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
}

QString PracticeSite::pageUrl(int page) const
{
    return url(QStringLiteral("/p/%1").arg(page));
}

void PracticeSite::suspendUntil(MHD_Connection *connection, Suspension *s, qint64 deadlineNs)
{
    // Suspended first, then handed to the timer: it must never resume one not yet suspended.
    MHD_suspend_connection(connection);
    {
        std::unique_lock lock(m_mutex);
        s->suspended = true;
        ++m_suspended;
        if (m_stopping) { // the timer has gone: back at once, to be closed
            lock.unlock();
            MHD_resume_connection(connection);
            return;
        }
        if (deadlineNs < 0) {
            m_hung.push_back(connection);
        } else {
            m_due.push_back({deadlineNs, connection});
            std::push_heap(m_due.begin(), m_due.end(),
                           [](const Due &a, const Due &b) { return a.deadline > b.deadline; });
        }
    }
    m_timerCv.notify_one();
}

void PracticeSite::resumed(Suspension *s)
{
    std::lock_guard lock(m_mutex);
    if (!s->suspended)
        return;
    s->suspended = false;
    --m_suspended;
    m_resumedCv.notify_all();
}

void PracticeSite::timerLoop()
{
    const auto later = [](const Due &a, const Due &b) { return a.deadline > b.deadline; };
    std::vector<MHD_Connection *> wake;
    std::unique_lock lock(m_mutex);
    for (;;) {
        wake.clear();
        const bool stopping = m_stopping.load();
        const qint64 now = steadyNs();
        while (!m_due.empty() && (stopping || m_due.front().deadline <= now)) {
            std::pop_heap(m_due.begin(), m_due.end(), later);
            wake.push_back(m_due.back().connection);
            m_due.pop_back();
        }
        if (stopping) {
            wake.insert(wake.end(), m_hung.begin(), m_hung.end());
            m_hung.clear();
        }
        if (!wake.empty()) {
            // Outside our lock: the daemon's thread takes its own locks and then ours.
            lock.unlock();
            for (MHD_Connection *c : wake)
                MHD_resume_connection(c);
            lock.lock();
            continue;
        }
        if (stopping)
            return;
        if (m_due.empty())
            m_timerCv.wait(lock);
        else
            m_timerCv.wait_until(
                lock, std::chrono::steady_clock::time_point(std::chrono::nanoseconds(m_due.front().deadline)));
    }
}

} // namespace conlab
