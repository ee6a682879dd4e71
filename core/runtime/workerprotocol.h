#pragma once

#include "trace/event.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace conlab {

// The line protocol a worker process speaks on its stdout, one message per line:
//   H <pid> <ppid> <tid>        hello: the child is running
//   S <t> <State>               the child's lane enters a state
//   P <t> <text…>               the child printed a line (UTF-8, rest of the line)
//   C <t> <name> <value>        a counter of the child's own memory
//   L <t> <line> <action…>      the child reached a line of its listing
//   X <t> <code>                the child is about to exit
//   R <t> <name> <value>        a named result the child measured (goes under the run's results)
// Times are nanoseconds since the parent's run start (the parent hands its steady-clock
// start to the child; the clock is system-wide).
struct WorkerMessage
{
    enum Kind { Hello, State, Print, Counter, Step, Exit, Result } kind = Hello;
    qint64 t = 0;
    qint64 pid = 0, ppid = 0, tid = 0;
    conlab::State state = conlab::State::Running;
    QString text; // Print: the line; Counter, Result: the name
    double value = 0;
    int code = 0; // Exit: the code; Step: the line
};

// Parses one line (without its newline). Returns false for anything malformed; never throws.
bool parseWorkerLine(QByteArrayView line, WorkerMessage *out);

QByteArray formatHello(qint64 pid, qint64 ppid, qint64 tid);
QByteArray formatState(qint64 t, State s);
QByteArray formatPrint(qint64 t, const QString &text);
QByteArray formatCounter(qint64 t, const QString &name, double value);
QByteArray formatStep(qint64 t, int line, const QString &action);
QByteArray formatExit(qint64 t, int code);
QByteArray formatResult(qint64 t, const QString &name, double value);

} // namespace conlab
