#include "worker.h"

#include "runcontext.h"
#include "workerprotocol.h"

#include <cerrno>
#include <cstdio>
#include <ctime>
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace conlab {

WorkerChannel::WorkerChannel(qint64 parentStartNs, qint64 unitNs)
    : m_t0(parentStartNs)
    , m_unitNs(unitNs)
{
}

qint64 WorkerChannel::now() const
{
    return steadyNowNs() - m_t0;
}

void WorkerChannel::send(const QByteArray &line)
{
    // One write() per line: the parent reads whole lines, and nothing sits in a stdio buffer.
    const char *p = line.constData();
    qsizetype left = line.size();
    while (left > 0) {
        const ssize_t n = ::write(STDOUT_FILENO, p, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return; // the parent has gone; nothing left to tell
        p += n;
        left -= n;
    }
}

void WorkerChannel::hello()
{
    send(formatHello(getpid(), getppid(), currentTid()));
}

void WorkerChannel::state(State s)
{
    send(formatState(now(), s));
}

void WorkerChannel::print(const QString &text)
{
    send(formatPrint(now(), text));
}

void WorkerChannel::counter(const QString &name, double value)
{
    send(formatCounter(now(), name, value));
}

void WorkerChannel::step(int line, const QString &action)
{
    send(formatStep(now(), line, action));
}

void WorkerChannel::result(const QString &name, double value)
{
    send(formatResult(now(), name, value));
}

void WorkerChannel::exit(int code)
{
    send(formatExit(now(), code));
}

void WorkerChannel::sleepUntil(qint64 t)
{
    // steady_clock is CLOCK_MONOTONIC here, so an absolute deadline on it needs no conversion.
    const qint64 abs = m_t0 + t;
    timespec ts{time_t(abs / 1'000'000'000), long(abs % 1'000'000'000)};
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, nullptr) == EINTR) {
    }
}

QStringList workerArguments(const QString &role, qint64 startNs, qint64 unitNs, const QStringList &args)
{
    QStringList all{QString::fromLatin1(kWorkerOption), role, QString::number(getpid()), QString::number(startNs),
                    QString::number(unitNs)};
    all += args;
    return all;
}

int runWorker(const QStringList &args, std::span<const WorkerRoleEntry> roles)
{
    if (args.size() < 4) {
        std::fputs("worker: expected ROLE PARENT_PID START_NS UNIT_NS\n", stderr);
        return 2;
    }
    bool okParent = false, okStart = false, okUnit = false;
    const qint64 parent = args[1].toLongLong(&okParent);
    const qint64 start = args[2].toLongLong(&okStart);
    const qint64 unit = args[3].toLongLong(&okUnit);
    if (!okParent || !okStart || !okUnit || unit <= 0) {
        std::fputs("worker: malformed arguments\n", stderr);
        return 2;
    }
    // A child never outlives the program that started it, even if that one is killed.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent)
        return 3;
    for (const WorkerRoleEntry &role : roles) {
        if (args[0] == QLatin1String(role.id)) {
            WorkerChannel channel(start, unit);
            channel.hello();
            const int code = role.fn(channel, args.mid(4));
            channel.exit(code);
            return code;
        }
    }
    std::fprintf(stderr, "worker: unknown role %s\n", qPrintable(args[0]));
    return 2;
}

} // namespace conlab
