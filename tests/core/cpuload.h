#pragma once

// How busy the rest of the machine was while we measured: CPU time other processes used, from
// /proc. Speed-up figures mean little when other work competed for the cores.
#include "runtime/runcontext.h"

#include <QFile>
#include <QList>

#include <unistd.h>

namespace conlab::test {

struct CpuSample
{
    qint64 machineBusy = 0; // jiffies of the whole machine, idle and iowait aside
    qint64 self = 0;        // jiffies of this process (children it waited for included)
    qint64 wallNs = 0;

    static CpuSample now()
    {
        CpuSample s;
        QFile stat(QStringLiteral("/proc/stat"));
        if (stat.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> f = stat.readLine().simplified().split(' ');
            for (int i = 1; i < f.size(); ++i) {
                if (i != 4 && i != 5) // idle, iowait
                    s.machineBusy += f[i].toLongLong();
            }
        }
        QFile self(QStringLiteral("/proc/self/stat"));
        if (self.open(QIODevice::ReadOnly)) {
            const QByteArray all = self.readAll();
            const QList<QByteArray> f = all.mid(all.lastIndexOf(')') + 2).split(' ');
            for (int i = 11; i <= 14; ++i) // utime, stime, cutime, cstime
                s.self += f.value(i).toLongLong();
        }
        s.wallNs = steadyNowNs();
        return s;
    }

    // Cores' worth of CPU other processes used between `before` and this sample.
    double othersSince(const CpuSample &before) const
    {
        const double seconds = double(wallNs - before.wallNs) / 1e9;
        const double jiffies = double((machineBusy - before.machineBusy) - (self - before.self));
        return seconds > 0 ? std::max(0.0, jiffies / double(sysconf(_SC_CLK_TCK)) / seconds) : 0;
    }
};

} // namespace conlab::test
