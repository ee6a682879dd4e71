#include "memoryprobe.h"

#include <QByteArray>
#include <QFile>

#include <malloc.h>
#include <pthread.h>

namespace conlab {

namespace {
// A "Name:   1234 kB" line of /proc/self/status, in bytes; -1 if absent.
qint64 statusField(const char *name)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(name) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (!line.startsWith(key))
            continue;
        QByteArray v = line.mid(key.size()).trimmed();
        if (v.endsWith(" kB"))
            v.chop(3);
        bool ok = false;
        const qint64 kb = v.trimmed().toLongLong(&ok);
        return ok ? kb * 1024 : -1;
    }
    return -1;
}
} // namespace

qint64 peakRssBytes()
{
    return statusField("VmHWM");
}

qint64 rssBytes()
{
    return statusField("VmRSS");
}

bool resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5\n") == 2;
}

qint64 heapInUseBytes()
{
    const struct mallinfo2 m = mallinfo2();
    // Small blocks plus the large ones glibc maps on their own.
    return qint64(m.uordblks + m.hblkhd);
}

qint64 defaultThreadStackBytes()
{
    pthread_attr_t attr;
    if (pthread_getattr_default_np(&attr) != 0)
        return 0;
    size_t size = 0;
    pthread_attr_getstacksize(&attr, &size);
    pthread_attr_destroy(&attr);
    return qint64(size);
}

} // namespace conlab
