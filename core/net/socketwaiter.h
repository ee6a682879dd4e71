#pragma once

#include <QObject>
#include <QTcpSocket>
#include <QTimer>
#include <coroutine>
#include <functional>
#include <optional>
#include <stop_token>

namespace conlab {

// One download's socket and what a coroutine waits on: `co_await waiter.until(deadline)`
// returns when the socket has news (connected, bytes, closed, an error), at the deadline
// (steady clock, ms), or on Stop, whichever comes first. The caller looks at the socket again.
//
// Created with new and let go with release() (deleteLater): a coroutine may finish inside one
// of the socket's own signals, where deleting the socket is not safe.
class SocketWaiter : public QObject
{
public:
    explicit SocketWaiter(std::stop_token stop);
    ~SocketWaiter() override;

    QTcpSocket &socket() { return *m_socket; }
    bool stopped() const { return m_stop.stop_requested(); }
    void release();

    class [[nodiscard]] Awaiter
    {
    public:
        bool await_ready() const noexcept { return m_waiter->stopped(); }
        void await_suspend(std::coroutine_handle<> handle);
        void await_resume() const noexcept {}

    private:
        friend class SocketWaiter;
        Awaiter(SocketWaiter &waiter, qint64 deadlineMs) : m_waiter(&waiter), m_deadlineMs(deadlineMs) {}
        SocketWaiter *m_waiter;
        qint64 m_deadlineMs;
    };
    Awaiter until(qint64 deadlineMs) { return Awaiter(*this, deadlineMs); }

private:
    void wake();

    QTcpSocket *m_socket; // a child
    QTimer m_timer;
    std::coroutine_handle<> m_pending;
    std::stop_token m_stop;
    // Last member: gone first, so a stop callback never runs against a half-destroyed waiter.
    std::optional<std::stop_callback<std::function<void()>>> m_onStop;
};

} // namespace conlab
