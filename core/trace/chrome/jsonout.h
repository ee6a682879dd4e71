#pragma once

#include <QIODevice>
#include <QString>

#include <cstring>
#include <memory>
#include <string>

namespace conlab {

// A small buffered JSON emitter for the trace writer's hot loop: hand-formatted numbers and
// strings, flushed to the device in large blocks.
class JsonOut
{
public:
    explicit JsonOut(QIODevice &device);
    ~JsonOut();

    // Literals: the length is known at compile time, no strlen per call.
    template<size_t N>
    void raw(const char (&s)[N])
    {
        if (size_t(m_end - m_pos) < N) [[unlikely]] {
            makeRoom(s, N - 1);
            return;
        }
        std::memcpy(m_pos, s, N - 1); // constant size: a few inline moves
        m_pos += N - 1;
    }
    // Text prepared once and written many times (labels, lane ids), with 16 bytes of slack
    // so it can be copied in 16-byte blocks.
    struct Padded
    {
        std::string bytes; // size = text + 16 zero bytes
        size_t size = 0;
    };
    static Padded padded(std::string text);
    void raw(const Padded &s)
    {
        if (size_t(m_end - m_pos) < s.size + 16) [[unlikely]] {
            makeRoom(s.bytes.data(), s.size);
            return;
        }
        // Here libc's memcpy for a few bytes stalls the store that follows it; whole
        // 16-byte blocks do not.
        for (size_t i = 0; i < s.size; i += 16)
            std::memcpy(m_pos + i, s.bytes.data() + i, 16);
        m_pos += s.size;
    }
    void raw(const char *s, size_t n) { append(s, n); }
    void rawz(const char *s); // a NUL-terminated string of unknown length
    void raw(const std::string &s) { append(s.data(), s.size()); }
    void integer(qint64 v);
    void number(double v);
    void micros(qint64 ns); // nanoseconds as microseconds with three decimals
    void string(const QString &s) { raw(quoted(s)); }
    void separator(); // "," before every array element but the first
    bool finish();    // flushes; false if the device failed

    static std::string quoted(const QString &s);

private:
    // Copies into a plain buffer: small fixed-size copies compile to a few moves, where a
    // std::string append costs a library call each.
    void append(const char *p, size_t n)
    {
        if (size_t(m_end - m_pos) < n) [[unlikely]] {
            makeRoom(p, n);
            return;
        }
        std::memcpy(m_pos, p, n);
        m_pos += n;
    }
    char *reserve(size_t n); // room for n bytes at the write position
    void makeRoom(const char *p, size_t n);
    void flush();
    static constexpr size_t kBufferSize = 256 * 1024;
    QIODevice &m_device;
    std::unique_ptr<char[]> m_buffer;
    char *m_pos = nullptr;
    char *m_end = nullptr;
    bool m_first = true;
    bool m_failed = false;
};

} // namespace conlab
