#include "singdance.h"

#include "scenarios/listing.h"

#include <QCoreApplication>

#include <algorithm>

namespace conlab {

namespace {
SingDanceLines::Job findJob(const QString &listing, const QString &def)
{
    SingDanceLines::Job j;
    j.pid = findLine(listing, def, QStringLiteral("pid is"));
    j.ppid = findLine(listing, def, QStringLiteral("parent process pid"));
    j.loop = findLine(listing, def, QStringLiteral("for i in range"));
    j.sleep = findLine(listing, def, QStringLiteral("sleep(1)"));
    j.count = findLine(listing, def, QStringLiteral("counter += 1"));
    j.print = findLine(listing, def, QStringLiteral("-{i}\")"));
    return j;
}
} // namespace

SingDanceLines SingDanceLines::find(const QString &listing)
{
    SingDanceLines l;
    l.sing = findJob(listing, QStringLiteral("def sing("));
    l.dance = findJob(listing, QStringLiteral("def dance("));
    const QString seq = QStringLiteral("def run_sequential(");
    const QString par = QStringLiteral("def run_parallel(");
    const QString main = QStringLiteral("if __name__");
    l.seqSing = findLine(listing, seq, QStringLiteral("sing("));
    l.seqDance = findLine(listing, seq, QStringLiteral("dance("));
    l.makeSinger = findLine(listing, par, QStringLiteral("singer ="));
    l.makeDancer = findLine(listing, par, QStringLiteral("dancer ="));
    l.startSinger = findLine(listing, par, QStringLiteral("singer.start()"));
    l.startDancer = findLine(listing, par, QStringLiteral("dancer.start()"));
    l.joinSinger = findLine(listing, par, QStringLiteral("singer.join()"));
    l.joinDancer = findLine(listing, par, QStringLiteral("dancer.join()"));
    l.mainStart = findLine(listing, main, QStringLiteral("---main-start---"));
    l.startTime = findLine(listing, main, QStringLiteral("start_time = time()"));
    l.ifVariant = findLine(listing, main, QStringLiteral("if variant"));
    l.callParallel = findLine(listing, main, QStringLiteral("run_parallel()"));
    l.callSequential = findLine(listing, main, QStringLiteral("run_sequential()"));
    l.usedTime = findLine(listing, main, QStringLiteral("used_time ="));
    l.mainEnd = findLine(listing, main, QStringLiteral("---main-end---"));
    l.printCounter = findLine(listing, main, QStringLiteral("counter is"));
    return l;
}

bool runJob(JobIo &io, const SingDanceLines::Job &lines, const QString &name, int times, const QString &idLine,
            const QString &parentLine)
{
    io.state(State::Running);
    io.step(lines.pid, QStringLiteral("print"));
    io.print(idLine);
    if (!parentLine.isEmpty()) {
        io.step(lines.ppid, QStringLiteral("print"));
        io.print(parentLine);
    }
    qint64 next = io.now();
    for (int i = 0; i < times; ++i) {
        io.step(lines.loop, QStringLiteral("loop"));
        io.step(lines.sleep, QStringLiteral("sleep"));
        io.state(State::Sleeping);
        next += io.unitNs();
        if (!io.sleepUntil(next))
            return false;
        io.state(State::Running);
        io.step(lines.count, QStringLiteral("count"));
        io.count();
        io.step(lines.print, QStringLiteral("print"));
        io.print(QStringLiteral("%1-%2").arg(name).arg(i));
    }
    return true;
}

std::vector<ParamSpec> singDanceParams()
{
    return {
        unitParam(),
        {"sing", ParamSpec::Int, 3, 0, 100, QT_TRANSLATE_NOOP("Scenario", "Sing times"),
         QT_TRANSLATE_NOOP("Scenario", "How many times sing() sleeps one unit and prints")},
        {"dance", ParamSpec::Int, 4, 0, 100, QT_TRANSLATE_NOOP("Scenario", "Dance times"),
         QT_TRANSLATE_NOOP("Scenario", "How many times dance() sleeps one unit and prints")},
    };
}

std::vector<VariantSpec> singDanceVariants(bool processes)
{
    if (processes) {
        return {
            {"sequential", QT_TRANSLATE_NOOP("Scenario", "Sequential"),
             QT_TRANSLATE_NOOP("Scenario", "sing() then dance(), both in the main process")},
            {"parallel", QT_TRANSLATE_NOOP("Scenario", "Parallel"),
             QT_TRANSLATE_NOOP("Scenario", "sing() and dance() each in a child process of its own")},
        };
    }
    return {
        {"sequential", QT_TRANSLATE_NOOP("Scenario", "Sequential"),
         QT_TRANSLATE_NOOP("Scenario", "sing() then dance(), both on the main thread")},
        {"parallel", QT_TRANSLATE_NOOP("Scenario", "Parallel"),
         QT_TRANSLATE_NOOP("Scenario", "sing() and dance() each on a thread of its own, in one process")},
    };
}

qint64 singDanceIdealNs(const QString &variant, const QVariantMap &params)
{
    const qint64 unit = params.value(QStringLiteral("unit-ms")).toLongLong() * 1'000'000;
    const qint64 sing = params.value(QStringLiteral("sing")).toLongLong();
    const qint64 dance = params.value(QStringLiteral("dance")).toLongLong();
    return unit * (variant == QLatin1String("parallel") ? std::max(sing, dance) : sing + dance);
}

} // namespace conlab

namespace conlab {

QString pidLine(const QString &job, qint64 pid)
{
    return QStringLiteral("%1 pid is %2").arg(job).arg(pid);
}

QString parentLine(const QString &job, qint64 ppid)
{
    return QStringLiteral("%1 parent process pid is %2").arg(job).arg(ppid);
}

void runSingDanceMain(RunContext &ctx, const SingDanceLines &lines, const std::function<bool()> &runVariant,
                      const std::function<int()> &counter)
{
    const int main = ctx.mainLane();
    const int print = ctx.intern(QStringLiteral("print"));
    ctx.state(main, State::Running);
    ctx.step(main, print, lines.mainStart, [&] {
        ctx.print(main, QStringLiteral("---main-start---, pid is %1").arg(QCoreApplication::applicationPid()));
    });
    const qint64 start = ctx.step(main, ctx.intern(QStringLiteral("clock")), lines.startTime, [&] { return ctx.now(); });
    const bool parallel = ctx.variant() == QLatin1String("parallel");
    ctx.step(main, ctx.intern(QStringLiteral("branch")), lines.ifVariant, [] {});
    ctx.step(main, ctx.intern(QStringLiteral("call")), parallel ? lines.callParallel : lines.callSequential, [] {});
    if (!runVariant())
        return;
    ctx.state(main, State::Running);
    const qint64 used = ctx.step(main, ctx.intern(QStringLiteral("clock")), lines.usedTime,
                                 [&] { return (ctx.now() - start) / ctx.unitNs(); });
    ctx.step(main, print, lines.mainEnd,
             [&] { ctx.print(main, QStringLiteral("---main-end---, used time %1").arg(used)); });
    const int value = counter();
    ctx.step(main, print, lines.printCounter, [&] { ctx.print(main, QStringLiteral("counter is %1").arg(value)); });
    ctx.setResult(QStringLiteral("counter"), value);
    ctx.setResult(QStringLiteral("used_time"), used);
    ctx.state(main, State::Done);
}

} // namespace conlab
