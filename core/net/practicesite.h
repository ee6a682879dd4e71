#pragma once

#include "sitefault.h"

#include <QByteArray>
#include <QString>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

struct MHD_Daemon;
struct MHD_Connection;

namespace conlab {

struct SiteOptions
{
    quint16 port = 0; // 0: any free port
    int pages = 9;
    int latencyMs = 100; // before every answer
    SiteFaults faults;
};

// The crawler lesson's web site: list pages "/" and /p/1 … /p/N with 20 post links each
// (a.post-item-title, Chinese and English titles) and the post pages, on 127.0.0.1 only.
//
// libmicrohttpd serves it from one epoll thread. A request's latency is not a sleeping thread:
// the connection is suspended and a single timer thread resumes it at its deadline, so nine
// requests at once take one latency and two threads, not nine. Faults per page: 404, 500, a
// body that drips out in chunks, a reset connection, or no answer at all.
//
// stop() may come with requests in flight: every suspended connection is resumed (and
// answered with a closed connection) before the daemon stops, as the library requires.
class PracticeSite
{
public:
    explicit PracticeSite(SiteOptions options);
    ~PracticeSite(); // stop()
    PracticeSite(const PracticeSite &) = delete;
    PracticeSite &operator=(const PracticeSite &) = delete;

    // Listens on 127.0.0.1; false with one line in `error` (port taken, …).
    bool start(QString *error);
    void stop();

    bool running() const { return m_daemon != nullptr; }
    quint16 port() const { return m_port; }
    const SiteOptions &options() const { return m_options; }
    QString url(const QString &path = QStringLiteral("/")) const;
    QString pageUrl(int page) const;
    // Requests whose headers arrived, and answers sent in full.
    int requestsSeen() const { return m_seen.load(); }
    int requestsAnswered() const { return m_answered.load(); }

    // Suspended connections and their deadlines; public only for the callbacks in the .cpp.
    struct Suspension
    {
        bool suspended = false;
    };
    void suspendUntil(MHD_Connection *connection, Suspension *s, qint64 deadlineNs); // deadline < 0: until stop
    void resumed(Suspension *s);
    bool stopping() const { return m_stopping.load(); }
    void countAnswer() { m_answered.fetch_add(1); }

private:
    friend struct SiteCallbacks;
    struct Due
    {
        qint64 deadline;
        MHD_Connection *connection;
    };
    void timerLoop();

    SiteOptions m_options;
    std::vector<QByteArray> m_pageHtml; // list pages, built once: index 0 is page 1
    quint16 m_port = 0;
    MHD_Daemon *m_daemon = nullptr;
    std::atomic<bool> m_stopping{false};
    std::atomic<int> m_seen{0};
    std::atomic<int> m_answered{0};
    std::mutex m_mutex;
    std::condition_variable m_timerCv;    // a new deadline, or stopping
    std::condition_variable m_resumedCv;  // a suspended connection was handled again
    std::vector<Due> m_due;               // min-heap by deadline
    std::vector<MHD_Connection *> m_hung; // resumed only by stop()
    int m_suspended = 0;
    std::thread m_timer; // joined in stop(); not a jthread: its stop is our own flag
};

} // namespace conlab
