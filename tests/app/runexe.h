#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

// Runs the concurrency-lab executable as a user would, and collects what it says.
namespace conlab::test {

struct Result
{
    int code = -1; // -1: crashed, or did not finish in time (then killed)
    QByteArray out, err;
};

inline Result runExe(const QStringList &args, int timeoutMs,
                     const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CONLAB_EXE), args);
    Result r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

inline Result runExe(const QStringList &args, const QProcessEnvironment &env)
{
    return runExe(args, 120'000, env);
}

inline Result runExe(const QStringList &args)
{
    return runExe(args, 120'000);
}

} // namespace conlab::test
