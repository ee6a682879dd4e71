#pragma once

#include <QIODevice>
#include <QString>

#include <string>

namespace conlab {

// A small buffered JSON emitter for the trace writer's hot loop: hand-formatted numbers and
// strings, flushed to the device in large blocks.
class JsonOut
{
public:
    explicit JsonOut(QIODevice &device);
    ~JsonOut();

    void raw(const char *s);
    void raw(const std::string &s) { append(s.data(), s.size()); }
    void integer(qint64 v);
    void number(double v);
    void micros(qint64 ns); // nanoseconds as microseconds with three decimals
    void string(const QString &s) { raw(quoted(s)); }
    void separator(); // "," before every array element but the first
    bool finish();    // flushes; false if the device failed

    static std::string quoted(const QString &s);

private:
    void append(const char *p, size_t n);
    void flush();
    QIODevice &m_device;
    std::string m_buffer;
    bool m_first = true;
    bool m_failed = false;
};

} // namespace conlab
