#pragma once

// What /proc says about this process and its children: the test's view of "really".
#include <QDir>
#include <QFile>
#include <QString>

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
