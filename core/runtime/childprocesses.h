#pragma once

#include "runcontext.h"

#include <QEventLoop>
#include <QProcess>

#include <memory>
#include <vector>

namespace conlab {

// Child processes of one run, driven from the run's own thread: each is our own executable
// in worker mode, its stdout turned into events on its lane. Waiting for one keeps reading
// all of them. Every child is reaped before this object is gone; on Stop they are killed.
class ChildProcesses
{
public:
    explicit ChildProcesses(RunContext &ctx);
    ~ChildProcesses();
    ChildProcesses(const ChildProcesses &) = delete;
    ChildProcesses &operator=(const ChildProcesses &) = delete;

    // Starts a child for `lane` (a Process lane); returns its index, or -1 if it could not start.
    // `spawnFlow` (if >= 0) is the arrow from the parent, ending where the child starts running.
    int start(int lane, const QString &role, const QStringList &args, int spawnFlow = -1);
    // Waits until child `index` has ended; false if the run was stopped first.
    bool join(int index);
    qint64 pid(int index) const;
    int malformedLines() const { return m_malformed; }

private:
    struct Child;
    void readOutput(Child &c);
    void noteMalformed(Child &c, QByteArrayView line);
    void finished(Child &c, int exitCode, QProcess::ExitStatus status);
    void killAll();

    RunContext &m_ctx;
    QEventLoop m_loop; // created first: it gives this thread an event dispatcher
    std::vector<std::unique_ptr<Child>> m_children;
    int m_malformed = 0;
};

} // namespace conlab
