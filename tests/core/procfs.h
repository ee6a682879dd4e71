#pragma once

// What /proc says about this process and its children: the test's view of "really".
#include <QDir>
#include <QFile>
#include <QString>

#include <algorithm>
#include <unistd.h>

namespace conlab::test {

inline int threadCount()
{
    return int(QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

inline bool threadExists(qint64 tid)
{
    return QFile::exists(QStringLiteral("/proc/self/task/%1").arg(tid));
}

// The PPid line of /proc/<pid>/status, or -1 if the process is gone.
inline qint64 parentOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("PPid:"))
            return line.mid(5).trimmed().toLongLong();
    }
    return -1;
}

// Child processes of ours that still exist (zombies included: they were not reaped).
inline QList<qint64> childProcesses()
{
    QList<qint64> out;
    const qint64 self = getpid();
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (ok && pid != self && parentOf(pid) == self)
            out << pid;
    }
    return out;
}

} // namespace conlab::test

namespace conlab::test {

// Thread count back to `expected`, allowing up to 200 ms for a thread of Qt's own to leave.
inline bool threadsSettleAt(int expected)
{
    for (int i = 0; i < 40; ++i) {
        if (threadCount() <= expected)
            return true;
        usleep(5000);
    }
    return threadCount() <= expected;
}

inline int openFileCount()
{
    return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System).size());
}

// Resident set size in kB, from /proc/self/statm.
inline qint64 residentKb()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * (sysconf(_SC_PAGESIZE) / 1024) : -1;
}

// QProcess starts a child with a vfork-style clone that ThreadSanitizer does not intercept: the
// child writes TSan's shadow memory before exec, and reports in the parent become noise. Tests
// that start child processes therefore skip that part under TSan (ASan covers it).
#if defined(__SANITIZE_THREAD__)
inline constexpr bool kChildProcessesUnderTsan = true;
#else
inline constexpr bool kChildProcessesUnderTsan = false;
#endif

// Loop counts are divided by this under the sanitizers (one setting for the whole suite).
inline int scaled(int n)
{
    const int scale = qEnvironmentVariableIntValue("CONLAB_TEST_SCALE");
    return scale > 1 ? std::max(1, n / scale) : n;
}

} // namespace conlab::test
