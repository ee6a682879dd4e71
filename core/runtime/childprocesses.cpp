#include "childprocesses.h"

#include "worker.h"
#include "workerprotocol.h"

#include <QCoreApplication>

#include <csignal>
#include <cstring>
#include <stop_token>

namespace conlab {

namespace {
constexpr qint64 kMaxLine = 64 * 1024;
}

struct ChildProcesses::Child
{
    int lane = -1;
    int spawnFlow = -1;
    qint64 pid = 0; // kept: QProcess forgets it once the child has ended
    QProcess process;
    bool ended = false;
    int malformed = 0;    // lines that are not the worker protocol
    bool saidExit = false; // the child's own last word (X) arrived
};

ChildProcesses::ChildProcesses(RunContext &ctx)
    : m_ctx(ctx)
{
}

ChildProcesses::~ChildProcesses()
{
    killAll();
}

int ChildProcesses::start(int lane, const QString &role, const QStringList &args, int spawnFlow)
{
    auto child = std::make_unique<Child>();
    Child &c = *child;
    c.lane = lane;
    c.spawnFlow = spawnFlow;
    c.process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QObject::connect(&c.process, &QProcess::readyReadStandardOutput, &m_loop, [this, &c] { readOutput(c); });
    QObject::connect(&c.process, &QProcess::finished, &m_loop,
                     [this, &c](int code, QProcess::ExitStatus status) { finished(c, code, status); });
    QObject::connect(&c.process, &QProcess::errorOccurred, &m_loop, [this, &c](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart && !c.ended) {
            c.ended = true;
            m_ctx.state(c.lane, State::Failed, m_ctx.intern(c.process.errorString()));
            m_loop.quit();
        }
    });
    QString exe = m_ctx.settings().workerPath;
    if (exe.isEmpty())
        exe = QCoreApplication::applicationFilePath();
    m_ctx.state(lane, State::Starting);
    c.process.start(exe, workerArguments(role, m_ctx.startSteadyNs(), m_ctx.unitNs(), args));
    if (!c.process.waitForStarted(5000)) {
        if (!c.ended)
            m_ctx.state(lane, State::Failed, m_ctx.intern(c.process.errorString()));
        c.ended = true;
        m_children.push_back(std::move(child));
        return -1;
    }
    Lane info = m_ctx.laneInfo(lane);
    c.pid = c.process.processId();
    info.pid = c.pid;
    info.tid = info.pid;
    info.ppid = QCoreApplication::applicationPid();
    m_ctx.updateLane(info);
    m_children.push_back(std::move(child));
    return int(m_children.size()) - 1;
}

qint64 ChildProcesses::pid(int index) const
{
    return index >= 0 && index < int(m_children.size()) ? m_children[size_t(index)]->pid : 0;
}

void ChildProcesses::readOutput(Child &c)
{
    while (c.process.canReadLine()) {
        QByteArray line = c.process.readLine(kMaxLine);
        if (line.endsWith('\n'))
            line.chop(1);
        WorkerMessage m;
        if (!parseWorkerLine(line, &m)) {
            noteMalformed(c, line);
            continue;
        }
        switch (m.kind) {
        case WorkerMessage::Hello: {
            Lane info = m_ctx.laneInfo(c.lane);
            info.pid = m.pid;
            info.ppid = m.ppid;
            info.tid = m.tid;
            m_ctx.updateLane(info);
            break;
        }
        case WorkerMessage::State:
            if (c.spawnFlow >= 0) {
                m_ctx.flowIn(c.lane, c.spawnFlow, m.t);
                c.spawnFlow = -1;
            }
            m_ctx.state(c.lane, m.state, m.t, -1);
            break;
        case WorkerMessage::Print:
            m_ctx.print(c.lane, m.text, m.t);
            break;
        case WorkerMessage::Counter:
            m_ctx.counter(c.lane, m_ctx.intern(m.text), m.value, m.t);
            break;
        case WorkerMessage::Step:
            m_ctx.recorder().append(Event::make(m.t, c.lane, EventType::Step, m_ctx.intern(m.text), m.code));
            break;
        case WorkerMessage::Result:
            m_ctx.setResult(m.text, m.value);
            break;
        case WorkerMessage::Exit:
            c.saidExit = true;
            break;
        }
    }
    // A child that writes without newlines must not make us buffer without end.
    if (c.process.bytesAvailable() > kMaxLine && !c.process.canReadLine())
        noteMalformed(c, c.process.readAll());
}

// Output that is not the protocol is skipped, never trusted: the first such line is shown on
// the child's lane, and the count goes into the results.
void ChildProcesses::noteMalformed(Child &c, QByteArrayView line)
{
    ++m_malformed;
    if (c.malformed++ == 0) {
        QString shown = QString::fromUtf8(line.first(std::min<qsizetype>(line.size(), 40))).simplified();
        if (line.size() > 40)
            shown += QStringLiteral("…");
        m_ctx.mark(c.lane, QStringLiteral("skipped output that is not the worker protocol: \"%1\"").arg(shown));
    }
    m_ctx.setResult(QStringLiteral("malformed_child_lines"), m_malformed);
}

void ChildProcesses::finished(Child &c, int exitCode, QProcess::ExitStatus status)
{
    readOutput(c);
    c.ended = true;
    if (m_ctx.stopping()) {
        m_ctx.state(c.lane, State::Stopped);
    } else if (status == QProcess::CrashExit) {
        // Qt reports the signal number as the exit code of a crashed child.
        const QString why = QStringLiteral("killed by signal %1 (SIG%2)")
                                .arg(exitCode)
                                .arg(QString::fromLatin1(sigabbrev_np(exitCode) ? sigabbrev_np(exitCode) : "?"));
        m_ctx.state(c.lane, State::Failed, m_ctx.intern(why));
    } else if (exitCode != 0) {
        m_ctx.state(c.lane, State::Failed, m_ctx.intern(QStringLiteral("exited with code %1").arg(exitCode)));
    } else if (c.malformed > 0 && !c.saidExit) {
        // It ended well by its exit code but never spoke the protocol to the end: whatever it
        // did, we cannot say it did the job.
        m_ctx.state(c.lane, State::Failed,
                    m_ctx.intern(QStringLiteral("wrote %1 lines that are not the worker protocol").arg(c.malformed)));
    } else {
        m_ctx.state(c.lane, State::Done);
    }
    m_loop.quit();
}

bool ChildProcesses::join(int index)
{
    if (index < 0 || index >= int(m_children.size()))
        return !m_ctx.stopping();
    Child &c = *m_children[size_t(index)];
    // Stop may come from any thread: it posts a quit to this thread's loop.
    std::stop_callback onStop(m_ctx.stopToken(),
                              [this] { QMetaObject::invokeMethod(&m_loop, [this] { m_loop.quit(); }, Qt::QueuedConnection); });
    while (!c.ended && !m_ctx.stopping())
        m_loop.exec();
    if (m_ctx.stopping()) {
        killAll();
        return false;
    }
    return true;
}

void ChildProcesses::killAll()
{
    for (auto &c : m_children) {
        if (c->process.state() == QProcess::NotRunning)
            continue;
        c->process.kill();
        c->process.waitForFinished(2000); // reaps it; SIGKILL cannot be ignored, so this is quick
        if (!c->ended) {
            c->ended = true;
            m_ctx.state(c->lane, State::Stopped);
        }
    }
}

} // namespace conlab
