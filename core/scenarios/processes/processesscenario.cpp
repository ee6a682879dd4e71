#include "processesscenario.h"

#include "runtime/childprocesses.h"
#include "scenarios/listing.h"
#include "scenarios/shared/lanejobio.h"
#include "scenarios/shared/singdanceteaching.h"

#include <QCoreApplication>

#include <unistd.h>

namespace conlab {

namespace {

constexpr const char *kRole = "processes.job";

// JobIo inside the child: everything goes to the parent over the worker protocol.
class ChannelJobIo : public JobIo
{
public:
    explicit ChannelJobIo(WorkerChannel &channel)
        : m_channel(channel)
    {
    }
    void step(int line, const QString &action) override { m_channel.step(line, action); }
    void print(const QString &text) override { m_channel.print(text); }
    void state(State s) override { m_channel.state(s); }
    bool sleepUntil(qint64 t) override
    {
        m_channel.sleepUntil(t);
        return true;
    }
    qint64 now() const override { return m_channel.now(); }
    qint64 unitNs() const override { return m_channel.unitNs(); }
    void count() override { m_channel.counter(QStringLiteral("counter"), ++m_counter); }

private:
    WorkerChannel &m_channel;
    int m_counter = 0; // this process's own copy: the parent never sees it change
};

} // namespace

const Teaching *ProcessesScenario::teaching() const
{
    static const SingDanceTeaching teaching(true);
    return &teaching;
}

const ScenarioInfo &ProcessesScenario::info() const
{
    static const ScenarioInfo info{
        "processes",
        QT_TRANSLATE_NOOP("Scenario", "Processes"),
        QT_TRANSLATE_NOOP("Scenario", "sing and dance in two real processes: own pids, no shared memory"),
        singDanceVariants(true),
        singDanceParams(),
        QStringLiteral(":/listings/processes.py"),
    };
    return info;
}

qint64 ProcessesScenario::idealNs(const QString &variant, const QVariantMap &params) const
{
    return singDanceIdealNs(variant, params);
}

void ProcessesScenario::run(RunContext &ctx) const
{
    const SingDanceLines lines = SingDanceLines::find(listing());
    const int main = ctx.mainLane();
    const int counterName = ctx.intern(QStringLiteral("counter"));
    int counter = 0;
    ctx.counter(main, counterName, 0);

    auto sequential = [&] {
        LaneJobIo io(ctx, main, [&] { ctx.counter(main, counterName, ++counter); });
        const qint64 pid = getpid(), ppid = getppid();
        const int call = ctx.intern(QStringLiteral("call"));
        ctx.step(main, call, lines.seqSing, [] {});
        if (!runJob(io, lines.sing, QStringLiteral("sing"), int(ctx.param(QStringLiteral("sing"))),
                    pidLine(QStringLiteral("sing"), pid), parentLine(QStringLiteral("sing"), ppid)))
            return false;
        ctx.step(main, call, lines.seqDance, [] {});
        return runJob(io, lines.dance, QStringLiteral("dance"), int(ctx.param(QStringLiteral("dance"))),
                      pidLine(QStringLiteral("dance"), pid), parentLine(QStringLiteral("dance"), ppid));
    };

    auto parallel = [&] {
        ChildProcesses children(ctx);
        const int create = ctx.intern(QStringLiteral("create"));
        const int start = ctx.intern(QStringLiteral("start"));
        const int join = ctx.intern(QStringLiteral("join"));
        const int singLane = ctx.step(main, create, lines.makeSinger,
                                      [&] { return ctx.addLane(LaneKind::Process, QStringLiteral("sing"), main); });
        const int danceLane = ctx.step(main, create, lines.makeDancer,
                                       [&] { return ctx.addLane(LaneKind::Process, QStringLiteral("dance"), main); });
        const QString times[] = {QString::number(ctx.param(QStringLiteral("sing"))),
                                 QString::number(ctx.param(QStringLiteral("dance")))};
        const int singer = ctx.step(main, start, lines.startSinger, [&] {
            return children.start(singLane, QLatin1String(kRole), {QStringLiteral("sing"), times[0]}, ctx.flowOut(main));
        });
        const int dancer = ctx.step(main, start, lines.startDancer, [&] {
            return children.start(danceLane, QLatin1String(kRole), {QStringLiteral("dance"), times[1]}, ctx.flowOut(main));
        });
        ctx.step(main, join, lines.joinSinger, [] {});
        ctx.state(main, State::WaitingJoin);
        if (!children.join(singer))
            return false;
        ctx.state(main, State::Running);
        ctx.step(main, join, lines.joinDancer, [] {});
        ctx.state(main, State::WaitingJoin);
        if (!children.join(dancer))
            return false;
        ctx.setResult(QStringLiteral("child_pids"), QVariantList{children.pid(singer), children.pid(dancer)});
        return true;
    };

    const bool isParallel = ctx.variant() == QLatin1String("parallel");
    runSingDanceMain(
        ctx, lines, [&] { return isParallel ? parallel() : sequential(); }, [&] { return counter; });
}

int ProcessesScenario::workerJob(WorkerChannel &channel, const QStringList &args)
{
    if (args.size() != 2)
        return 2;
    bool ok = false;
    const int times = args[1].toInt(&ok);
    if (!ok || times < 0)
        return 2;
    const QString &name = args[0];
    ProcessesScenario scenario;
    const SingDanceLines lines = SingDanceLines::find(scenario.listing());
    const SingDanceLines::Job &job = name == QLatin1String("sing") ? lines.sing : lines.dance;
    ChannelJobIo io(channel);
    runJob(io, job, name, times, pidLine(name, getpid()), parentLine(name, getppid()));
    channel.state(State::Done);
    return 0;
}

} // namespace conlab
