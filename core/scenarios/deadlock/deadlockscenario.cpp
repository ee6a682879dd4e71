#include "deadlockscenario.h"

#include "deadlockteaching.h"
#include "scenarios/listing.h"

namespace conlab {

namespace {

// The lines of one transfer function: first acquire, the sleep, the second acquire, the print.
struct TransferLines
{
    int first = 0, hold = 0, second = 0, print = 0;
    TransferLines(const QString &listing, const QString &def)
    {
        first = findLine(listing, def, QStringLiteral("with "));
        hold = findLine(listing, def, QStringLiteral("sleep("));
        // The second `with` of the function, if it has one (scoped_lock takes both at once).
        const QStringList lines = listing.split(QLatin1Char('\n'));
        for (int i = hold; i < lines.size() && !second; ++i) {
            if (lines[i].trimmed().startsWith(QLatin1String("with ")))
                second = i + 1;
            if (lines[i].trimmed().startsWith(QLatin1String("print(")))
                break;
        }
        print = findLine(listing, def, QStringLiteral("print("));
    }
};

class DeadlockRun
{
public:
    DeadlockRun(RunContext &ctx, const QString &listing)
        : m_ctx(ctx)
        , m_lines{TransferLines(listing, QStringLiteral("def transfer_one(")),
                  TransferLines(listing, QStringLiteral("def transfer_two("))}
        , m_a(ctx.gate(), 1, ctx.intern(QStringLiteral("A")))
        , m_b(ctx.gate(), 2, ctx.intern(QStringLiteral("B")))
        , m_listing(listing)
    {
    }
    void run();

private:
    int act(const char *text) { return m_ctx.intern(QLatin1String(text)); }
    void transfer(int lane, int index);
    bool holdFor(int lane);

    RunContext &m_ctx;
    TransferLines m_lines[2];
    LabLock m_a, m_b;
    QString m_listing;
};

void DeadlockRun::run()
{
    const int main = m_ctx.mainLane();
    m_ctx.state(main, State::Running);
    int lanes[2];
    for (int i = 0; i < 2; ++i) {
        lanes[i] = m_ctx.addLane(LaneKind::Thread, QStringLiteral("t%1").arg(i + 1), main);
        m_ctx.gate().enroll(lanes[i]);
    }
    std::jthread *threads[2];
    for (int i = 0; i < 2; ++i) {
        const int line = findLine(m_listing, QStringLiteral("t2 = Thread("), QStringLiteral("t%1.start()").arg(i + 1));
        m_ctx.step(main, act("start"), line, [] {});
        m_ctx.state(lanes[i], State::Starting);
        const int flow = m_ctx.flowOut(main);
        threads[i] = &m_ctx.startThread([this, lane = lanes[i], flow, i](std::stop_token) {
            m_ctx.claimLane(lane);
            m_ctx.flowIn(lane, flow);
            transfer(lane, i);
        });
    }
    for (int i = 0; i < 2; ++i) {
        const int line = findLine(m_listing, QStringLiteral("t2.start()"), QStringLiteral("t%1.join()").arg(i + 1));
        m_ctx.step(main, act("join"), line, [] {});
        m_ctx.state(main, State::WaitingJoin);
        threads[i]->join();
        m_ctx.state(main, State::Running);
    }
    const bool deadlocked = m_ctx.gate().deadlocked();
    const QStringList cycle = m_ctx.gate().cycle();
    m_ctx.setResult(QStringLiteral("deadlock_detected"), deadlocked);
    m_ctx.setResult(QStringLiteral("cycle"), QVariant(cycle).toList());
    m_ctx.setResult(QStringLiteral("completed"), !deadlocked && !m_ctx.stopping());
    if (m_ctx.stopping())
        return;
    if (deadlocked)
        m_ctx.print(main, QStringLiteral("deadlock: ") + cycle.join(QLatin1String("; ")));
    else
        m_ctx.step(main, act("print"), findLine(m_listing, QStringLiteral("t2.join()"), QStringLiteral("---finish---")),
                   [&] { m_ctx.print(main, QStringLiteral("---finish---")); });
    m_ctx.state(main, State::Done);
}

bool DeadlockRun::holdFor(int lane)
{
    m_ctx.state(lane, State::Sleeping);
    if (!m_ctx.sleepUntil(m_ctx.now() + m_ctx.param(QStringLiteral("hold-ms")) * 1'000'000))
        return false;
    m_ctx.state(lane, State::Running);
    return true;
}

void DeadlockRun::transfer(int lane, int index)
{
    const TransferLines &l = m_lines[index];
    const QString variant = m_ctx.variant();
    LabLock &first = index == 1 && variant == QLatin1String("naive") ? m_b : m_a;
    LabLock &second = &first == &m_a ? m_b : m_a;
    StepGate &gate = m_ctx.gate();
    m_ctx.state(lane, State::Running);
    bool ok = false;
    if (variant == QLatin1String("scoped-lock")) {
        ok = gate.acquireAll(lane, act("acquire both"), l.first, {&first, &second}) && holdFor(lane);
    } else if (gate.acquire(lane, act("acquire"), l.first, first)) {
        ok = holdFor(lane) && gate.acquire(lane, act("acquire"), l.second, second);
    }
    if (ok) {
        const QString name = QStringLiteral("t%1").arg(index + 1);
        m_ctx.step(lane, act("print"), l.print, [&] {
            m_ctx.print(lane, name + (&first == &m_a ? QStringLiteral(" has A and B") : QStringLiteral(" has B and A")));
        });
    }
    // Leaving the with-blocks releases whatever is held, innermost first.
    for (LabLock *lock : {&second, &first}) {
        if (lock->owner() == lane)
            gate.release(lane, act("release"), lock == &first ? l.first : (l.second ? l.second : l.first), *lock);
    }
    m_ctx.state(lane, ok ? State::Done : State::Stopped);
    gate.retire(lane);
}

} // namespace

const Teaching *DeadlockScenario::teaching() const
{
    static const DeadlockTeaching teaching;
    return &teaching;
}

const ScenarioInfo &DeadlockScenario::info() const
{
    static const ScenarioInfo info{
        "deadlock",
        QT_TRANSLATE_NOOP("Scenario", "Deadlock"),
        QT_TRANSLATE_NOOP("Scenario", "Two locks taken in opposite orders: each thread holds one and waits for the other"),
        {
            {"naive", QT_TRANSLATE_NOOP("Scenario", "Naive"),
             QT_TRANSLATE_NOOP("Scenario", "t1 takes A then B, t2 takes B then A: a cycle, caught by the detector")},
            {"ordered", QT_TRANSLATE_NOOP("Scenario", "Ordered"),
             QT_TRANSLATE_NOOP("Scenario", "both take A before B: one global order cannot form a cycle")},
            {"scoped-lock", QT_TRANSLATE_NOOP("Scenario", "Scoped lock"),
             QT_TRANSLATE_NOOP("Scenario", "both locks in one step, as std::scoped_lock: held both or none")},
        },
        {
            unitParam(),
            {"hold-ms", ParamSpec::Int, 100, 0, 10000, QT_TRANSLATE_NOOP("Scenario", "Hold"),
             QT_TRANSLATE_NOOP("Scenario", "How long each thread holds its first lock before it takes the second"),
             "ms"},
        },
        QStringLiteral(":/listings/deadlock-naive.py"),
    };
    return info;
}

QString DeadlockScenario::listingResource(const QString &variant) const
{
    if (variant == QLatin1String("ordered"))
        return QStringLiteral(":/listings/deadlock-ordered.py");
    if (variant == QLatin1String("scoped-lock"))
        return QStringLiteral(":/listings/deadlock-scoped-lock.py");
    return QStringLiteral(":/listings/deadlock-naive.py");
}

int DeadlockScenario::steppableLanes(const QVariantMap &) const
{
    return 2;
}

void DeadlockScenario::run(RunContext &ctx) const
{
    DeadlockRun run(ctx, renderedListing(ctx.variant(), ctx.settings().params));
    run.run();
    ctx.joinThreads();
}

} // namespace conlab
