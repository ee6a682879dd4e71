#include "httpresponseparser.h"

#include <QList>

namespace conlab {

HttpResponseParser::HttpResponseParser(const HttpLimits &limits) : m_limits(limits) {}

HttpResponseParser::Progress HttpResponseParser::fail(const QString &why)
{
    m_stage = Stage::Failed;
    m_error = why;
    return Error;
}

HttpResponseParser::Progress HttpResponseParser::feed(const QByteArray &bytes)
{
    if (m_stage == Stage::Failed)
        return Error;
    if (m_stage == Stage::Done)
        return Done;
    m_seen += bytes.size();
    m_buf += bytes;
    return step();
}

HttpResponseParser::Progress HttpResponseParser::finish()
{
    switch (m_stage) {
    case Stage::Done:
        return Done;
    case Stage::Failed:
        return Error;
    case Stage::UntilClose:
        m_stage = Stage::Done;
        return Done;
    case Stage::Head:
        return fail(m_seen == 0 ? QStringLiteral("connection closed without an answer")
                                : QStringLiteral("connection closed in the middle of the headers"));
    default:
        return fail(QStringLiteral("connection closed after %1 bytes, before the body was complete").arg(m_seen));
    }
}

bool HttpResponseParser::parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> status = lines.value(0).trimmed().split(' ');
    bool ok = false;
    m_status = status.value(1).toInt(&ok);
    if (status.size() < 2 || !status[0].startsWith("HTTP/1.") || !ok || m_status < 100 || m_status > 999) {
        fail(QStringLiteral("not an HTTP/1.x answer"));
        return false;
    }
    qint64 length = -1;
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            length = value.toLongLong(&ok);
            if (!ok || length < 0) {
                fail(QStringLiteral("bad Content-Length"));
                return false;
            }
        } else if (name == "transfer-encoding") {
            chunked = value.toLower().contains("chunked");
        }
    }
    if (m_status == 204 || m_status == 304) {
        m_stage = Stage::Done;
    } else if (chunked) {
        m_stage = Stage::ChunkSize;
    } else if (length >= 0) {
        if (length > m_limits.maxBodyBytes) {
            fail(QStringLiteral("body of %1 bytes is over the limit of %2").arg(length).arg(m_limits.maxBodyBytes));
            return false;
        }
        m_left = length;
        m_stage = length == 0 ? Stage::Done : Stage::Length;
    } else {
        m_stage = Stage::UntilClose;
    }
    return true;
}

bool HttpResponseParser::appendBody(const QByteArray &bytes)
{
    if (m_body.size() + bytes.size() > m_limits.maxBodyBytes) {
        fail(QStringLiteral("body over the limit of %1 bytes").arg(m_limits.maxBodyBytes));
        return false;
    }
    m_body += bytes;
    return true;
}

HttpResponseParser::Progress HttpResponseParser::step()
{
    for (;;) {
        switch (m_stage) {
        case Stage::Head: {
            const qsizetype end = m_buf.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buf.size() > m_limits.maxHeaderBytes)
                    return fail(QStringLiteral("headers over the limit of %1 bytes").arg(m_limits.maxHeaderBytes));
                return NeedMore;
            }
            if (end > m_limits.maxHeaderBytes)
                return fail(QStringLiteral("headers over the limit of %1 bytes").arg(m_limits.maxHeaderBytes));
            const QByteArray head = m_buf.left(end);
            m_buf.remove(0, end + 4);
            if (!parseHead(head))
                return Error;
            if (m_status >= 100 && m_status < 200) { // an interim answer: the real one follows
                m_stage = Stage::Head;
                m_status = 0;
            }
            break;
        }
        case Stage::Length:
        case Stage::ChunkData: {
            const qint64 n = std::min<qint64>(m_left, m_buf.size());
            if (n == 0)
                return NeedMore;
            if (!appendBody(m_buf.left(n)))
                return Error;
            m_buf.remove(0, n);
            m_left -= n;
            if (m_left == 0)
                m_stage = m_stage == Stage::Length ? Stage::Done : Stage::ChunkEnd;
            break;
        }
        case Stage::ChunkSize:
        case Stage::ChunkEnd:
        case Stage::Trailer: {
            const qsizetype end = m_buf.indexOf("\r\n");
            if (end < 0) {
                if (m_buf.size() > 1024)
                    return fail(QStringLiteral("bad chunked body"));
                return NeedMore;
            }
            const QByteArray line = m_buf.left(end);
            m_buf.remove(0, end + 2);
            if (m_stage == Stage::ChunkEnd) {
                if (!line.isEmpty())
                    return fail(QStringLiteral("bad chunked body"));
                m_stage = Stage::ChunkSize;
            } else if (m_stage == Stage::Trailer) {
                if (line.isEmpty())
                    m_stage = Stage::Done;
            } else {
                bool ok = false;
                const qint64 size = line.split(';').value(0).trimmed().toLongLong(&ok, 16);
                if (!ok || size < 0)
                    return fail(QStringLiteral("bad chunk size"));
                if (size > m_limits.maxBodyBytes)
                    return fail(QStringLiteral("body over the limit of %1 bytes").arg(m_limits.maxBodyBytes));
                m_left = size;
                m_stage = size == 0 ? Stage::Trailer : Stage::ChunkData;
            }
            break;
        }
        case Stage::UntilClose:
            if (!appendBody(m_buf))
                return Error;
            m_buf.clear();
            return NeedMore;
        case Stage::Done:
            return Done;
        case Stage::Failed:
            return Error;
        }
    }
}

} // namespace conlab
