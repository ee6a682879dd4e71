#pragma once

#include <QString>

#include <cstdio>

namespace conlab {

// One line of UTF-8 to stdout or stderr, flushed at once: a run's output appears as it happens.
inline void printLine(FILE *f, const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), f);
    std::fputc('\n', f);
    std::fflush(f);
}

// Every complaint the program makes on stderr, in one form: "concurrency-lab: <message>".
inline void printError(const QString &message)
{
    printLine(stderr, QStringLiteral("concurrency-lab: ") + message);
}

} // namespace conlab
