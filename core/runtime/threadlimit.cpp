#include "threadlimit.h"

#include "memoryprobe.h"

#include <QFile>
#include <QStringList>

#include <sys/resource.h>

namespace conlab {

namespace {

constexpr int kLessonCap = 2000;

qint64 readNumber(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    bool ok = false;
    const qint64 v = f.readAll().trimmed().toLongLong(&ok);
    return ok ? v : -1;
}

qint64 availableMemoryBytes()
{
    QFile f(QStringLiteral("/proc/meminfo"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("MemAvailable:")) {
            bool ok = false;
            const qint64 kb = line.mid(13).trimmed().split(' ').value(0).toLongLong(&ok);
            return ok ? kb * 1024 : -1;
        }
    }
    return -1;
}

} // namespace

ThreadLimit safeThreadLimit()
{
    ThreadLimit out;
    out.stackBytes = defaultThreadStackBytes();
    qint64 limit = kLessonCap;
    QStringList parts{QStringLiteral("a cap of %1 for a lesson").arg(kLessonCap)};
    auto consider = [&](qint64 value, const QString &text) {
        if (value <= 0)
            return;
        parts << text.arg(value);
        limit = std::min(limit, value);
    };
    rlimit nproc{};
    if (getrlimit(RLIMIT_NPROC, &nproc) == 0 && nproc.rlim_cur != RLIM_INFINITY)
        consider(qint64(nproc.rlim_cur / 2), QStringLiteral("half of RLIMIT_NPROC (%1)"));
    const qint64 threadsMax = readNumber(QStringLiteral("/proc/sys/kernel/threads-max"));
    if (threadsMax > 0)
        consider(threadsMax / 2, QStringLiteral("half of kernel.threads-max (%1)"));
    const qint64 maps = readNumber(QStringLiteral("/proc/sys/vm/max_map_count"));
    if (maps > 0)
        consider(maps / 2, QStringLiteral("half of vm.max_map_count (%1)"));
    const qint64 memory = availableMemoryBytes();
    if (memory > 0)
        consider(memory / (1 << 20), QStringLiteral("available memory at 1 MiB a thread (%1)"));
    out.limit = int(std::max<qint64>(1, limit));
    out.why = QStringLiteral("the smallest of: ") + parts.join(QStringLiteral(", "));
    return out;
}

} // namespace conlab
