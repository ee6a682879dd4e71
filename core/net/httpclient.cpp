#include "httpclient.h"

#include "socketwaiter.h"

#include <QHostAddress>
#include <QNetworkProxy>
#include <QScopeGuard>
#include <QTcpSocket>
#include <QUrl>
#include <chrono>

namespace conlab {

namespace {

// How often a blocking download looks at the stop token.
constexpr int kSliceMs = 10;

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

struct Target
{
    QHostAddress address;
    quint16 port = 80;
    QByteArray request;
    QString error;
};

Target target(const QString &text)
{
    Target t;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("http") || url.host().isEmpty()) {
        t.error = QStringLiteral("not an http:// URL: %1").arg(text);
        return t;
    }
    const QString host = url.host();
    t.address = host == QLatin1String("localhost") ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    if (t.address.isNull() || !t.address.isLoopback()) {
        t.error = QStringLiteral("only loopback hosts (127.0.0.1, ::1, localhost), not %1").arg(host);
        return t;
    }
    t.port = quint16(url.port(80));
    // The fragment (#p2) stays with the client, as in every browser: it is never sent.
    QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
    if (path.isEmpty())
        path = "/";
    if (url.hasQuery())
        path += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    const QByteArray hostHeader = url.host(QUrl::FullyEncoded).toUtf8() + ':' + QByteArray::number(t.port);
    t.request = "GET " + path + " HTTP/1.1\r\nHost: " + hostHeader +
                "\r\nUser-Agent: concurrency-lab\r\nAccept: text/html\r\nConnection: close\r\n\r\n";
    return t;
}

HttpResult failed(const QString &why)
{
    HttpResult r;
    r.error = why;
    return r;
}

HttpResult cancelled()
{
    HttpResult r;
    r.cancelled = true;
    r.error = QStringLiteral("stopped");
    return r;
}

HttpResult fromParser(const HttpResponseParser &p)
{
    HttpResult r;
    r.status = p.status();
    r.body = p.body();
    return r;
}

QString timedOut(const HttpLimits &limits)
{
    return QStringLiteral("no answer within %1 ms").arg(limits.timeoutMs);
}

// After the connection dropped: whatever arrived decides.
HttpResult closed(HttpResponseParser &p, const QTcpSocket &socket)
{
    if (p.finish() == HttpResponseParser::Done)
        return fromParser(p);
    QString why = p.error();
    if (socket.error() != QAbstractSocket::UnknownSocketError &&
        socket.error() != QAbstractSocket::RemoteHostClosedError)
        why += QStringLiteral(" (%1)").arg(socket.errorString());
    return failed(why);
}

} // namespace

QString HttpResult::failure() const
{
    if (ok())
        return {};
    if (!error.isEmpty())
        return error;
    return QStringLiteral("HTTP %1").arg(status);
}

HttpResult httpGet(const QString &url, const HttpLimits &limits, std::stop_token stop)
{
    const Target t = target(url);
    if (!t.error.isEmpty())
        return failed(t.error);
    const qint64 deadline = steadyMs() + limits.timeoutMs;
    auto left = [&] { return int(std::min<qint64>(deadline - steadyMs(), kSliceMs)); };
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy); // straight to the loopback host, whatever the system says
    socket.connectToHost(t.address, t.port);
    while (socket.state() != QAbstractSocket::ConnectedState) {
        if (stop.stop_requested())
            return cancelled();
        if (socket.state() == QAbstractSocket::UnconnectedState)
            return failed(QStringLiteral("cannot connect: %1").arg(socket.errorString()));
        if (left() <= 0)
            return failed(timedOut(limits));
        socket.waitForConnected(left());
    }
    socket.write(t.request);
    HttpResponseParser parser(limits);
    for (;;) {
        if (stop.stop_requested())
            return cancelled();
        if (socket.bytesAvailable() > 0) {
            const auto progress = parser.feed(socket.readAll());
            if (progress == HttpResponseParser::Done)
                return fromParser(parser);
            if (progress == HttpResponseParser::Error)
                return failed(parser.error());
        }
        if (socket.state() != QAbstractSocket::ConnectedState)
            return closed(parser, socket);
        if (left() <= 0)
            return failed(timedOut(limits));
        if (socket.bytesToWrite() > 0)
            socket.waitForBytesWritten(left());
        else
            socket.waitForReadyRead(left());
    }
}

QCoro::Task<HttpResult> httpGetAsync(QString url, HttpLimits limits, std::stop_token stop)
{
    const Target t = target(url);
    if (!t.error.isEmpty())
        co_return failed(t.error);
    const qint64 deadline = steadyMs() + limits.timeoutMs;
    // Let go with deleteLater: the coroutine may end inside one of the socket's own signals.
    SocketWaiter *waiter = new SocketWaiter(std::move(stop));
    const auto release = qScopeGuard([waiter] { waiter->release(); });
    QTcpSocket &socket = waiter->socket();
    socket.connectToHost(t.address, t.port);
    while (socket.state() != QAbstractSocket::ConnectedState) {
        if (waiter->stopped())
            co_return cancelled();
        if (socket.state() == QAbstractSocket::UnconnectedState)
            co_return failed(QStringLiteral("cannot connect: %1").arg(socket.errorString()));
        if (steadyMs() >= deadline)
            co_return failed(timedOut(limits));
        co_await waiter->until(deadline);
    }
    socket.write(t.request);
    HttpResponseParser parser(limits);
    for (;;) {
        if (waiter->stopped())
            co_return cancelled();
        if (socket.bytesAvailable() > 0) {
            const auto progress = parser.feed(socket.readAll());
            if (progress == HttpResponseParser::Done)
                co_return fromParser(parser);
            if (progress == HttpResponseParser::Error)
                co_return failed(parser.error());
        }
        if (socket.state() != QAbstractSocket::ConnectedState)
            co_return closed(parser, socket);
        if (steadyMs() >= deadline)
            co_return failed(timedOut(limits));
        co_await waiter->until(deadline);
    }
}

} // namespace conlab
