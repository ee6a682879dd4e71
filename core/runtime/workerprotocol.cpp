#include "workerprotocol.h"

#include <QList>

#include <charconv>
#include <cmath>

namespace conlab {

namespace {

bool toInt(QByteArrayView v, qint64 *out)
{
    if (v.isEmpty())
        return false;
    const char *end = v.data() + v.size();
    auto [p, ec] = std::from_chars(v.data(), end, *out);
    return ec == std::errc() && p == end;
}

bool toDouble(QByteArrayView v, double *out)
{
    bool ok = false;
    *out = v.toByteArray().toDouble(&ok);
    return ok && std::isfinite(*out);
}

// Splits off the next space-separated field.
QByteArrayView field(QByteArrayView &rest)
{
    const qsizetype sp = rest.indexOf(' ');
    QByteArrayView f = sp < 0 ? rest : rest.first(sp);
    rest = sp < 0 ? QByteArrayView() : rest.sliced(sp + 1);
    return f;
}

} // namespace

bool parseWorkerLine(QByteArrayView line, WorkerMessage *out)
{
    if (line.size() < 2 || line.size() > 64 * 1024 || line[1] != ' ')
        return false;
    const char kind = line[0];
    QByteArrayView rest = line.sliced(2);
    WorkerMessage m;
    if (kind == 'H') {
        m.kind = WorkerMessage::Hello;
        if (!toInt(field(rest), &m.pid) || !toInt(field(rest), &m.ppid) || !toInt(field(rest), &m.tid) ||
            !rest.isEmpty())
            return false;
        if (m.pid <= 0 || m.ppid < 0 || m.tid <= 0)
            return false;
    } else {
        if (!toInt(field(rest), &m.t) || m.t < 0)
            return false;
        if (kind == 'S') {
            m.kind = WorkerMessage::State;
            const QByteArray name = field(rest).toByteArray();
            if (!rest.isEmpty() || !stateFromName(name.constData(), &m.state))
                return false;
        } else if (kind == 'P') {
            m.kind = WorkerMessage::Print;
            m.text = QString::fromUtf8(rest);
        } else if (kind == 'C' || kind == 'R') {
            m.kind = kind == 'C' ? WorkerMessage::Counter : WorkerMessage::Result;
            m.text = QString::fromUtf8(field(rest));
            if (m.text.isEmpty() || !toDouble(rest, &m.value))
                return false;
        } else if (kind == 'L') {
            m.kind = WorkerMessage::Step;
            qint64 lineNo = 0;
            if (!toInt(field(rest), &lineNo) || lineNo < 0 || lineNo > 1'000'000)
                return false;
            m.code = int(lineNo);
            m.text = QString::fromUtf8(rest);
        } else if (kind == 'X') {
            m.kind = WorkerMessage::Exit;
            qint64 code = 0;
            if (!toInt(rest, &code) || code < -255 || code > 255)
                return false;
            m.code = int(code);
        } else {
            return false;
        }
    }
    *out = std::move(m);
    return true;
}

QByteArray formatHello(qint64 pid, qint64 ppid, qint64 tid)
{
    return "H " + QByteArray::number(pid) + ' ' + QByteArray::number(ppid) + ' ' + QByteArray::number(tid) + '\n';
}

QByteArray formatState(qint64 t, State s)
{
    return "S " + QByteArray::number(t) + ' ' + stateName(s) + '\n';
}

QByteArray formatPrint(qint64 t, const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    utf8.replace('\n', ' ');
    return "P " + QByteArray::number(t) + ' ' + utf8 + '\n';
}

namespace {
QByteArray formatNamedValue(char kind, qint64 t, const QString &name, double value)
{
    QByteArray n = name.toUtf8();
    n.replace(' ', '_');
    n.replace('\n', '_');
    return kind + (' ' + QByteArray::number(t)) + ' ' + n + ' ' + QByteArray::number(value, 'g', 17) + '\n';
}
} // namespace

QByteArray formatCounter(qint64 t, const QString &name, double value)
{
    return formatNamedValue('C', t, name, value);
}

QByteArray formatResult(qint64 t, const QString &name, double value)
{
    return formatNamedValue('R', t, name, value);
}

QByteArray formatStep(qint64 t, int line, const QString &action)
{
    QByteArray a = action.toUtf8();
    a.replace('\n', ' ');
    return "L " + QByteArray::number(t) + ' ' + QByteArray::number(line) + ' ' + a + '\n';
}

QByteArray formatExit(qint64 t, int code)
{
    return "X " + QByteArray::number(t) + ' ' + QByteArray::number(code) + '\n';
}

} // namespace conlab
