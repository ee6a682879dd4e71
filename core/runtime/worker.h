#pragma once

#include "trace/event.h"

#include <QString>
#include <QStringList>

#include <span>

namespace conlab {

// The child side of a worker process: what a scenario's code does inside the child,
// reported to the parent over stdout in the worker line protocol.
class WorkerChannel
{
public:
    WorkerChannel(qint64 parentStartNs, qint64 unitNs);

    qint64 now() const; // nanoseconds since the parent's run start
    qint64 unitNs() const { return m_unitNs; }
    void hello();
    void state(State s);
    void print(const QString &text);
    void counter(const QString &name, double value);
    void step(int line, const QString &action);
    void exit(int code);
    void result(const QString &name, double value); // a figure for the run's results
    void sleepUntil(qint64 t); // the parent kills us on Stop, so no cancellation here

private:
    void send(const QByteArray &line);
    qint64 m_t0;
    qint64 m_unitNs;
};

// A role is what a child process runs; scenarios register theirs at start-up.
using WorkerRole = int (*)(WorkerChannel &channel, const QStringList &args);
struct WorkerRoleEntry
{
    const char *id;
    WorkerRole fn;
};

// Command line of a child: <exe> --worker ROLE PARENT_PID START_NS UNIT_NS [ARGS…]
inline constexpr const char *kWorkerOption = "--worker";
QStringList workerArguments(const QString &role, qint64 startNs, qint64 unitNs, const QStringList &args);

// Runs a worker from the arguments after --worker; returns the process's exit code.
int runWorker(const QStringList &args, std::span<const WorkerRoleEntry> roles);

} // namespace conlab
