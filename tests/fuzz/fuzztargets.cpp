#include "fuzztargets.h"

#include "net/practicesite.h"
#include "runtime/workerprotocol.h"
#include "trace/chrome/chromereader.h"
#include "trace/chrome/chromewriter.h"

#include <QByteArrayView>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <memory>

#include <cstdlib>

namespace conlab::fuzz {

namespace {

// What the fuzzer must never see: a parse that claims success for something it did not read.
void require(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

int workerLine(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    WorkerMessage m;
    if (parseWorkerLine(bytes, &m)) {
        // A message that parsed formats back to a line that parses to the same message.
        QByteArray again;
        switch (m.kind) {
        case WorkerMessage::Hello: again = formatHello(m.pid, m.ppid, m.tid); break;
        case WorkerMessage::State: again = formatState(m.t, m.state); break;
        case WorkerMessage::Print: again = formatPrint(m.t, m.text); break;
        case WorkerMessage::Counter: again = formatCounter(m.t, m.text, m.value); break;
        case WorkerMessage::Step: again = formatStep(m.t, m.code, m.text); break;
        case WorkerMessage::Exit: again = formatExit(m.t, m.code); break;
        case WorkerMessage::Result: again = formatResult(m.t, m.text, m.value); break;
        }
        if (again.endsWith('\n'))
            again.chop(1);
        WorkerMessage back;
        require(parseWorkerLine(again, &back));
        require(back.kind == m.kind && back.t == m.t);
    }
    // The same bytes as a stream: every line on its own.
    for (QByteArrayView rest = bytes; !rest.isEmpty();) {
        const qsizetype nl = rest.indexOf('\n');
        const QByteArrayView line = nl < 0 ? rest : rest.first(nl);
        WorkerMessage each;
        parseWorkerLine(line, &each);
        rest = nl < 0 ? QByteArrayView() : rest.sliced(nl + 1);
    }
    return 0;
}

int traceReader(const uint8_t *data, size_t size)
{
    const ChromeReadResult first =
        readChromeTraceBytes(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!first.ok())
        return 0;
    // Whatever opens is written again, and what is written opens to the same bytes.
    const QByteArray written = toChromeJson(first.trace);
    const ChromeReadResult second = readChromeTraceBytes(written);
    require(second.ok());
    require(toChromeJson(second.trace) == written);
    return 0;
}

namespace {

// A whole response with a Content-Length has arrived (the site sends no other kind here).
bool completeResponse(const QByteArray &bytes)
{
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QByteArray head = bytes.left(end).toLower();
    const qsizetype at = head.indexOf("content-length:");
    if (at < 0)
        return false;
    const qsizetype eol = head.indexOf("\r\n", at);
    const qint64 length = head.mid(at + 15, eol < 0 ? -1 : eol - at - 15).trimmed().toLongLong();
    return bytes.size() - (end + 4) >= length;
}

// Sends `bytes` on a fresh connection, closes our side, and reads what comes back until the
// site closes or falls quiet after answering; false if it neither answers nor closes within
// `waitMs`.
bool exchange(quint16 port, const char *bytes, size_t size, QByteArray *answer, int waitMs)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return true; // out of descriptors is not the site's fault
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bool ok = ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0;
    if (!ok && errno == EADDRNOTAVAIL) {
        ::close(fd);
        return true; // out of local ports is not the site's fault either
    }
    if (ok) {
        if (size > 0)
            ::send(fd, bytes, size, MSG_NOSIGNAL);
        ::shutdown(fd, SHUT_WR);
        for (;;) {
            // An answer may be followed by the connection kept open (HTTP/1.1 keep-alive):
            // once bytes have come, a short quiet spell ends the exchange.
            pollfd p{fd, POLLIN, 0};
            if (::poll(&p, 1, answer->isEmpty() ? waitMs : 100) <= 0) {
                ok = !answer->isEmpty();
                break;
            }
            char buf[4096];
            const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
            if (n <= 0)
                break;
            answer->append(buf, n);
            if (completeResponse(*answer))
                break;
        }
    }
    if (waitMs < 1000) {
        // The fuzzed client walks away with a reset, as an impatient one does: a request the
        // library would hold until its idle timeout must not pile up across a million inputs.
        const linger abort{1, 0};
        ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &abort, sizeof abort);
    }
    ::close(fd);
    return ok;
}

PracticeSite &site()
{
    static const std::unique_ptr<PracticeSite> s = [] {
        SiteOptions o;
        o.latencyMs = 0;
        auto p = std::make_unique<PracticeSite>(o);
        QString error;
        require(p->start(&error));
        return p;
    }();
    return *s;
}

} // namespace

int siteRequest(const uint8_t *data, size_t size)
{
    PracticeSite &s = site();
    // Anything at all: the site may answer, close, or (an unfinished request line, which the
    // library holds until its idle timeout) say nothing for now. It must not crash, and it
    // must go on serving everyone else.
    QByteArray answer;
    exchange(s.port(), reinterpret_cast<const char *>(data), size, &answer, 50);
    // Whatever came before, a plain request is answered in full. Checked on every 16th input:
    // each check leaves a connection in TIME_WAIT for a minute, and at one per input a long
    // run used up the loopback's ephemeral ports (28,000) in about a minute.
    static unsigned inputs = 0;
    if (inputs++ % 16 != 0)
        return 0;
    static const QByteArray plain = "GET /p/1 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
    QByteArray page;
    require(exchange(s.port(), plain.constData(), size_t(plain.size()), &page, 10000)); // generous: a loaded machine
    require(page.startsWith("HTTP/1.1 200") && page.count("post-item-title") == 20);
    return 0;
}

} // namespace conlab::fuzz
