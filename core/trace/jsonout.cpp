#include "jsonout.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace conlab {

namespace {
constexpr size_t kFlushAt = 256 * 1024;
}

JsonOut::JsonOut(QIODevice &device)
    : m_device(device)
{
    m_buffer.reserve(kFlushAt + 4096);
}

JsonOut::~JsonOut()
{
    flush();
}

void JsonOut::append(const char *p, size_t n)
{
    m_buffer.append(p, n);
    if (m_buffer.size() >= kFlushAt)
        flush();
}

void JsonOut::raw(const char *s)
{
    append(s, std::strlen(s));
}

void JsonOut::integer(qint64 v)
{
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    append(buf, size_t(end - buf));
}

void JsonOut::number(double v)
{
    if (!std::isfinite(v)) {
        raw("0");
        return;
    }
    char buf[32];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    append(buf, size_t(end - buf));
}

void JsonOut::micros(qint64 ns)
{
    char buf[32];
    char *p = buf;
    if (ns < 0) {
        *p++ = '-';
        ns = -ns;
    }
    p = std::to_chars(p, buf + 24, ns / 1000).ptr;
    const int frac = int(ns % 1000);
    *p++ = '.';
    *p++ = char('0' + frac / 100);
    *p++ = char('0' + frac / 10 % 10);
    *p++ = char('0' + frac % 10);
    append(buf, size_t(p - buf));
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
    if (m_buffer.empty() || m_failed)
        return;
    if (m_device.write(m_buffer.data(), qint64(m_buffer.size())) != qint64(m_buffer.size()))
        m_failed = true;
    m_buffer.clear();
}

bool JsonOut::finish()
{
    flush();
    return !m_failed;
}

} // namespace conlab
