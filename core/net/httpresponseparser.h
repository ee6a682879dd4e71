#pragma once

#include <QByteArray>
#include <QString>

namespace conlab {

// Bounds of one download: a page that never answers, or answers without end, fails.
struct HttpLimits
{
    int timeoutMs = 5000;              // for the whole exchange
    qint64 maxHeaderBytes = 16 * 1024; // status line and headers
    qint64 maxBodyBytes = 4 * 1024 * 1024;
};

// Reads one HTTP/1.1 response as its bytes arrive: status line, headers, then a body sized by
// Content-Length, sent chunked, or ended by the connection's close. Everything is bounded.
class HttpResponseParser
{
public:
    enum Progress { NeedMore, Done, Error };

    explicit HttpResponseParser(const HttpLimits &limits);
    Progress feed(const QByteArray &bytes);
    // The connection closed: done if the body ends with it, else an error.
    Progress finish();

    int status() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    QString error() const { return m_error; }
    qint64 bytesSeen() const { return m_seen; }

private:
    enum class Stage { Head, Length, ChunkSize, ChunkData, ChunkEnd, Trailer, UntilClose, Done, Failed };
    Progress step();
    Progress fail(const QString &why);
    bool parseHead(const QByteArray &head);
    bool appendBody(const QByteArray &bytes);

    HttpLimits m_limits;
    Stage m_stage = Stage::Head;
    QByteArray m_buf;
    QByteArray m_body;
    QString m_error;
    int m_status = 0;
    qint64 m_left = 0; // bytes of the body or the current chunk still to come
    qint64 m_seen = 0;
};

} // namespace conlab
