#include "jsonout.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace conlab {

JsonOut::JsonOut(QIODevice &device)
    : m_device(device)
    , m_buffer(new char[kBufferSize])
    , m_pos(m_buffer.get())
    , m_end(m_buffer.get() + kBufferSize)
{
}

char *JsonOut::reserve(size_t n)
{
    if (size_t(m_end - m_pos) < n)
        flush();
    return m_pos;
}

void JsonOut::makeRoom(const char *p, size_t n)
{
    flush();
    if (n > kBufferSize) { // larger than the whole buffer: straight through
        if (!m_failed && m_device.write(p, qint64(n)) != qint64(n))
            m_failed = true;
        return;
    }
    std::memcpy(m_pos, p, n);
    m_pos += n;
}

JsonOut::~JsonOut()
{
    flush();
}

void JsonOut::rawz(const char *s)
{
    append(s, std::strlen(s));
}

void JsonOut::integer(qint64 v)
{
    char *p = reserve(24);
    m_pos = std::to_chars(p, p + 24, v).ptr;
}

void JsonOut::number(double v)
{
    if (!std::isfinite(v)) {
        append("0", 1);
        return;
    }
    char *p = reserve(32);
    m_pos = std::to_chars(p, p + 32, v).ptr;
}

void JsonOut::micros(qint64 ns)
{
    char *p = reserve(32);
    if (ns < 0) {
        *p++ = '-';
        ns = -ns;
    }
    p = std::to_chars(p, p + 24, ns / 1000).ptr;
    const int frac = int(ns % 1000);
    *p++ = '.';
    *p++ = char('0' + frac / 100);
    *p++ = char('0' + frac / 10 % 10);
    *p++ = char('0' + frac % 10);
    m_pos = p;
}

JsonOut::Padded JsonOut::padded(std::string text)
{
    Padded p;
    p.size = text.size();
    text.append(16, '\0');
    p.bytes = std::move(text);
    return p;
}

void JsonOut::separator()
{
    if (!m_first)
        append(",\n", 2);
    m_first = false;
}

std::string JsonOut::quoted(const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    std::string out;
    out.reserve(size_t(utf8.size()) + 2);
    out.push_back('"');
    for (char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.push_back('\\');
            out.push_back(c);
        } else if (u < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out.push_back(hex[u >> 4]);
            out.push_back(hex[u & 15]);
        } else {
            out.push_back(c);
        }
    }
    out.push_back('"');
    return out;
}

void JsonOut::flush()
{
    const qint64 n = m_pos - m_buffer.get();
    m_pos = m_buffer.get();
    if (n == 0 || m_failed)
        return;
    if (m_device.write(m_buffer.get(), n) != n)
        m_failed = true;
}

bool JsonOut::finish()
{
    flush();
    return !m_failed;
}

} // namespace conlab
