#include "threadsscenario.h"

#include "scenarios/shared/lanejobio.h"
#include "scenarios/shared/singdance.h"
#include "scenarios/shared/singdanceteaching.h"

#include <mutex>
#include <unistd.h>

namespace conlab {

namespace {
QString threadPidLine(const QString &job)
{
    return QStringLiteral("%1 pid is %2, thread id is %3").arg(job).arg(getpid()).arg(currentTid());
}
} // namespace

const Teaching *ThreadsScenario::teaching() const
{
    static const SingDanceTeaching teaching(false);
    return &teaching;
}

const ScenarioInfo &ThreadsScenario::info() const
{
    static const ScenarioInfo info{
        "threads",
        QT_TRANSLATE_NOOP("Scenario", "Threads"),
        QT_TRANSLATE_NOOP("Scenario", "sing and dance on two threads of one process: one pid, shared memory"),
        singDanceVariants(false),
        singDanceParams(),
        QStringLiteral(":/listings/threads.py"),
    };
    return info;
}

qint64 ThreadsScenario::idealNs(const QString &variant, const QVariantMap &params) const
{
    return singDanceIdealNs(variant, params);
}

void ThreadsScenario::run(RunContext &ctx) const
{
    const SingDanceLines lines = SingDanceLines::find(listing());
    const int main = ctx.mainLane();
    const int counterName = ctx.intern(QStringLiteral("counter"));
    // One counter for every thread. The lock keeps each increment and its record together,
    // so the counter lane never shows a value out of order.
    std::mutex counterMutex;
    int counter = 0;
    ctx.counter(main, counterName, 0);
    auto count = [&] {
        std::lock_guard lock(counterMutex);
        ctx.counter(main, counterName, ++counter);
    };
    const int sing = int(ctx.param(QStringLiteral("sing")));
    const int dance = int(ctx.param(QStringLiteral("dance")));

    auto sequential = [&] {
        LaneJobIo io(ctx, main, count);
        const int call = ctx.intern(QStringLiteral("call"));
        ctx.step(main, call, lines.seqSing, [] {});
        if (!runJob(io, lines.sing, QStringLiteral("sing"), sing, threadPidLine(QStringLiteral("sing")), {}))
            return false;
        ctx.step(main, call, lines.seqDance, [] {});
        return runJob(io, lines.dance, QStringLiteral("dance"), dance, threadPidLine(QStringLiteral("dance")), {});
    };

    auto parallel = [&] {
        const int create = ctx.intern(QStringLiteral("create"));
        const int start = ctx.intern(QStringLiteral("start"));
        const int join = ctx.intern(QStringLiteral("join"));
        auto startJob = [&](int lane, const SingDanceLines::Job &jobLines, const QString &name, int times) {
            ctx.state(lane, State::Starting);
            const int flow = ctx.flowOut(main);
            return &ctx.startThread([&ctx, &count, lane, flow, &jobLines, name, times](std::stop_token) {
                ctx.claimLane(lane);
                ctx.flowIn(lane, flow);
                LaneJobIo io(ctx, lane, count);
                const bool done = runJob(io, jobLines, name, times, threadPidLine(name), {});
                ctx.state(lane, done ? State::Done : State::Stopped);
            });
        };
        const int singLane = ctx.step(main, create, lines.makeSinger,
                                      [&] { return ctx.addLane(LaneKind::Thread, QStringLiteral("sing"), main); });
        const int danceLane = ctx.step(main, create, lines.makeDancer,
                                       [&] { return ctx.addLane(LaneKind::Thread, QStringLiteral("dance"), main); });
        std::jthread *singer = ctx.step(main, start, lines.startSinger,
                                        [&] { return startJob(singLane, lines.sing, QStringLiteral("sing"), sing); });
        std::jthread *dancer = ctx.step(main, start, lines.startDancer,
                                        [&] { return startJob(danceLane, lines.dance, QStringLiteral("dance"), dance); });
        // join() itself cannot be cancelled, but Stop wakes the threads' sleeps, so it returns at once.
        ctx.step(main, join, lines.joinSinger, [] {});
        ctx.state(main, State::WaitingJoin);
        singer->join();
        ctx.state(main, State::Running);
        ctx.step(main, join, lines.joinDancer, [] {});
        ctx.state(main, State::WaitingJoin);
        dancer->join();
        return !ctx.stopping();
    };

    const bool isParallel = ctx.variant() == QLatin1String("parallel");
    runSingDanceMain(
        ctx, lines, [&] { return isParallel ? parallel() : sequential(); },
        [&] {
            std::lock_guard lock(counterMutex);
            return counter;
        });
    ctx.joinThreads(); // nothing may outlive the counter above
}

} // namespace conlab
