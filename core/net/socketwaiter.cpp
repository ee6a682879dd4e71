#include "socketwaiter.h"

#include <QNetworkProxy>
#include <algorithm>
#include <chrono>

namespace conlab {

SocketWaiter::SocketWaiter(std::stop_token stop) : m_socket(new QTcpSocket(this)), m_stop(std::move(stop))
{
    m_socket->setProxy(QNetworkProxy::NoProxy); // straight to the loopback host, whatever the system says
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] { wake(); });
    connect(m_socket, &QTcpSocket::connected, this, [this] { wake(); });
    connect(m_socket, &QTcpSocket::readyRead, this, [this] { wake(); });
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] { wake(); });
    connect(m_socket, &QTcpSocket::disconnected, this, [this] { wake(); });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] { wake(); });
    // Runs on the thread that asks for the stop; the wake-up happens on ours.
    m_onStop.emplace(m_stop, std::function<void()>([this] {
                         QMetaObject::invokeMethod(
                             this, [this] { wake(); }, Qt::QueuedConnection);
                     }));
}

SocketWaiter::~SocketWaiter()
{
    m_onStop.reset();
    Q_ASSERT(!m_pending); // a coroutine still waiting here would never be resumed
}

void SocketWaiter::release()
{
    m_onStop.reset(); // no wake-up may be posted to a waiter on its way out
    m_socket->abort();
    deleteLater();
}

void SocketWaiter::Awaiter::await_suspend(std::coroutine_handle<> handle)
{
    SocketWaiter &w = *m_waiter;
    w.m_pending = handle;
    const qint64 now =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
            .count();
    w.m_timer.start(int(std::clamp<qint64>(m_deadlineMs - now, 0, 24 * 3600 * 1000)));
}

void SocketWaiter::wake()
{
    if (!m_pending)
        return;
    m_timer.stop();
    std::exchange(m_pending, {}).resume();
}

} // namespace conlab
