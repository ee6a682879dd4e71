#pragma once

#include "httpresponseparser.h"

#include <QCoro/QCoroTask>
#include <QString>
#include <stop_token>

namespace conlab {

// What a GET brought back. ok() only for a complete 200 answer.
struct HttpResult
{
    int status = 0; // 0: no answer at all
    QByteArray body;
    QString error;          // set when the exchange failed (timeout, reset, limits, bad answer)
    bool cancelled = false; // the run was stopped
    bool ok() const { return !cancelled && error.isEmpty() && status == 200; }
    // "HTTP 500", "timed out after 2000 ms", …; empty when ok().
    QString failure() const;
};

// A small bounded HTTP/1.1 GET over QTcpSocket, for the crawler. Not QNetworkAccessManager:
// that does its work on a hidden thread of its own, and the timeline would show the download
// on a lane where it does not happen. Loopback hosts only (127.0.0.0/8, ::1, localhost): the
// lessons never reach the internet.
//
// Blocking form, for a thread: the socket lives on the calling thread, and Stop is noticed
// within a few milliseconds.
HttpResult httpGet(const QString &url, const HttpLimits &limits, std::stop_token stop);

// The same for a coroutine on a thread with a running event loop: it suspends at each wait
// for the network instead of blocking the thread, and wakes at once on Stop.
QCoro::Task<HttpResult> httpGetAsync(QString url, HttpLimits limits, std::stop_token stop);

} // namespace conlab
