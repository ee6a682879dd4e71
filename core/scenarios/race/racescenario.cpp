#include "racescenario.h"

#include "raceteaching.h"
#include "scenarios/listing.h"

#include <atomic>
#include <mutex>

namespace conlab {

namespace {

struct RaceLines
{
    int acquire = 0, check = 0, printOk = 0, gap = 0, subtract = 0, load = 0, sub = 0, store = 0;
    int printBalance = 0, printRefused = 0, printRefusedBalance = 0;
    int makeThreads = 0, start = 0, join = 0, finish = 0;

    explicit RaceLines(const QString &l)
    {
        const QString draw = QStringLiteral("def draw(");
        acquire = findLine(l, draw, QStringLiteral("with lock:"));
        check = findLine(l, draw, QStringLiteral("if account.balance >= amount"));
        printOk = findLine(l, draw, QStringLiteral("withdrawal ok"));
        gap = findLine(l, draw, QStringLiteral("other_work("));
        subtract = findLine(l, draw, QStringLiteral("account.balance -= amount"));
        load = findLine(l, draw, QStringLiteral("balance = account.balance"));
        sub = findLine(l, draw, QStringLiteral("balance = balance - amount"));
        store = findLine(l, draw, QStringLiteral("account.balance = balance"));
        printBalance = findLine(l, QStringLiteral("withdrawal ok"), QStringLiteral("-balance:"));
        printRefused = findLine(l, draw, QStringLiteral("withdrawal refused"));
        printRefusedBalance = findLine(l, QStringLiteral("withdrawal refused"), QStringLiteral("-balance:"));
        makeThreads = findLine(l, QStringLiteral("account = Account("), QStringLiteral("threads = ["));
        start = findLine(l, QStringLiteral("account = Account("), QStringLiteral("t.start()"));
        join = findLine(l, QStringLiteral("account = Account("), QStringLiteral("t.join()"));
        finish = findLine(l, QStringLiteral("account = Account("), QStringLiteral("---finish---"));
    }
};

// One run of the race: the account, the lock, and what the damage detector knows.
class RaceRun
{
public:
    RaceRun(RunContext &ctx, const QString &listing)
        : m_ctx(ctx)
        , m_lines(listing)
        , m_lock(ctx.gate(), 1, ctx.intern(QStringLiteral("lock")))
        , m_useLock(ctx.variant() == QLatin1String("lock"))
        , m_expand(ctx.param(QStringLiteral("expand")) != 0)
        , m_amount(int(ctx.param(QStringLiteral("amount"))))
        , m_gapNs(ctx.param(QStringLiteral("gap")) * 1000)
        , m_balanceName(ctx.intern(QStringLiteral("balance")))
    {
        m_balance.store(int(ctx.param(QStringLiteral("balance"))));
    }

    void run();

private:
    // What a lane last read of the balance, to tell later whether it acted on stale data.
    struct Read
    {
        int value = 0;
        quint64 version = 0;
        qint64 t = 0;
    };

    int act(const char *text) { return m_ctx.intern(QLatin1String(text)); }
    void draw(int lane, const QString &name);
    bool withdraw(int lane, const QString &name, const Read &check);
    void subtractInOneStep(int lane, const Read &check);
    bool subtractExpanded(int lane, const Read &check);
    void store(int lane, int value);
    void damage(int lane, const Read &read, const QString &what, std::atomic<int> &count);

    RunContext &m_ctx;
    RaceLines m_lines;
    LabLock m_lock;
    const bool m_useLock;
    const bool m_expand;
    const int m_amount;
    const qint64 m_gapNs;
    const int m_balanceName;
    // The race is in the logic, not in the memory model: separate load and store on an atomic
    // keep the sanitizers quiet while check-then-act stays as unsafe as in Python.
    std::atomic<int> m_balance{0};
    std::atomic<quint64> m_version{0}; // bumped by every store
    std::atomic<int> m_ok{0}, m_refused{0}, m_staleChecks{0}, m_lostUpdates{0};
};

void RaceRun::run()
{
    const int main = m_ctx.mainLane();
    const int workers = int(m_ctx.param(QStringLiteral("workers")));
    m_ctx.state(main, State::Running);
    m_ctx.counter(main, m_balanceName, m_balance.load());
    std::vector<int> lanes;
    m_ctx.step(main, act("create"), m_lines.makeThreads, [] {});
    for (int i = 1; i <= workers; ++i) { // outside the step: step code must not call the gate
        lanes.push_back(m_ctx.addLane(LaneKind::Thread, QStringLiteral("t%1").arg(i), main));
        m_ctx.gate().enroll(lanes.back()); // all enrolled before any starts
    }
    std::vector<std::jthread *> threads;
    for (size_t i = 0; i < lanes.size(); ++i) {
        m_ctx.step(main, act("start"), m_lines.start, [&] {
            const int lane = lanes[i];
            m_ctx.state(lane, State::Starting);
            const int flow = m_ctx.flowOut(main);
            threads.push_back(&m_ctx.startThread([this, lane, flow, name = QStringLiteral("t%1").arg(i + 1)](
                                                     std::stop_token) {
                m_ctx.claimLane(lane);
                m_ctx.flowIn(lane, flow);
                draw(lane, name);
            }));
        });
    }
    for (std::jthread *t : threads) {
        m_ctx.step(main, act("join"), m_lines.join, [] {});
        m_ctx.state(main, State::WaitingJoin);
        t->join();
        m_ctx.state(main, State::Running);
    }
    if (m_ctx.stopping())
        return;
    const int final = m_balance.load();
    m_ctx.step(main, act("print"), m_lines.finish,
               [&] { m_ctx.print(main, QStringLiteral("---finish---, balance is %1").arg(final)); });
    const int start = int(m_ctx.param(QStringLiteral("balance")));
    m_ctx.setResult(QStringLiteral("final_balance"), final);
    m_ctx.setResult(QStringLiteral("withdrawals_ok"), m_ok.load());
    m_ctx.setResult(QStringLiteral("withdrawals_refused"), m_refused.load());
    m_ctx.setResult(QStringLiteral("paid_out"), m_ok.load() * m_amount);
    m_ctx.setResult(QStringLiteral("money_created"), m_ok.load() * m_amount + final - start);
    m_ctx.setResult(QStringLiteral("stale_checks"), m_staleChecks.load());
    m_ctx.setResult(QStringLiteral("lost_updates"), m_lostUpdates.load());
    m_ctx.state(main, State::Done);
}

void RaceRun::draw(int lane, const QString &name)
{
    m_ctx.state(lane, State::Running);
    if (m_useLock && !m_ctx.gate().acquire(lane, act("acquire"), m_lines.acquire, m_lock)) {
        m_ctx.gate().retire(lane);
        return;
    }
    Read check;
    const bool enough = m_ctx.step(lane, act("check"), m_lines.check, [&] {
        check = {m_balance.load(), m_version.load(), m_ctx.now()};
        return check.value >= m_amount;
    });
    if (enough) {
        if (withdraw(lane, name, check))
            ++m_ok;
    } else {
        ++m_refused;
        m_ctx.step(lane, act("print"), m_lines.printRefused,
                   [&] { m_ctx.print(lane, name + QStringLiteral("-withdrawal refused")); });
        m_ctx.step(lane, act("print"), m_lines.printRefusedBalance,
                   [&] { m_ctx.print(lane, name + QStringLiteral("-balance: %1").arg(m_balance.load())); });
    }
    if (m_useLock)
        m_ctx.gate().release(lane, act("release"), m_lines.acquire, m_lock);
    m_ctx.state(lane, m_ctx.stopping() ? State::Stopped : State::Done);
    m_ctx.gate().retire(lane);
}

bool RaceRun::withdraw(int lane, const QString &name, const Read &check)
{
    m_ctx.step(lane, act("print"), m_lines.printOk, [&] { m_ctx.print(lane, name + QStringLiteral("-withdrawal ok")); });
    if (m_gapNs > 0) {
        m_ctx.step(lane, act("other work"), m_lines.gap, [] {});
        m_ctx.state(lane, State::Sleeping);
        if (!m_ctx.sleepUntil(m_ctx.now() + m_gapNs))
            return false;
        m_ctx.state(lane, State::Running);
    }
    if (m_expand) {
        if (!subtractExpanded(lane, check))
            return false;
    } else {
        subtractInOneStep(lane, check);
    }
    m_ctx.step(lane, act("print"), m_lines.printBalance,
               [&] { m_ctx.print(lane, name + QStringLiteral("-balance: %1").arg(m_balance.load())); });
    return true;
}

void RaceRun::subtractInOneStep(int lane, const Read &check)
{
    m_ctx.step(lane, act("balance -= amount"), m_lines.subtract, [&] {
        if (m_version.load() != check.version)
            damage(lane, check, QStringLiteral("stale check: decided on %1").arg(check.value), m_staleChecks);
        store(lane, m_balance.load() - m_amount);
    });
}

bool RaceRun::subtractExpanded(int lane, const Read &check)
{
    Read loaded;
    m_ctx.step(lane, act("load"), m_lines.load, [&] {
        if (m_version.load() != check.version)
            damage(lane, check, QStringLiteral("stale check: decided on %1").arg(check.value), m_staleChecks);
        loaded = {m_balance.load(), m_version.load(), m_ctx.now()};
    });
    const int result = m_ctx.step(lane, act("subtract"), m_lines.sub, [&] { return loaded.value - m_amount; });
    m_ctx.step(lane, act("store"), m_lines.store, [&] {
        if (m_version.load() != loaded.version)
            damage(lane, loaded, QStringLiteral("lost update: stored %1 over %2").arg(result).arg(m_balance.load()),
                   m_lostUpdates);
        store(lane, result);
    });
    return !m_ctx.stopping();
}

void RaceRun::store(int lane, int value)
{
    m_balance.store(value);
    ++m_version;
    m_ctx.counter(m_ctx.mainLane(), m_balanceName, value);
    Q_UNUSED(lane);
}

// Marks the act a stale read misled, with an arrow from that read to the act.
void RaceRun::damage(int lane, const Read &read, const QString &what, std::atomic<int> &count)
{
    ++count;
    m_ctx.mark(lane, what, MarkKind::Result);
    m_ctx.flow(lane, read.t, lane, m_ctx.now(), m_ctx.intern(what.section(QLatin1Char(':'), 0, 0)));
}

} // namespace

const Teaching *RaceScenario::teaching() const
{
    static const RaceTeaching teaching;
    return &teaching;
}

const ScenarioInfo &RaceScenario::info() const
{
    static const ScenarioInfo info{
        "race",
        QT_TRANSLATE_NOOP("Scenario", "Race"),
        QT_TRANSLATE_NOOP("Scenario", "Two withdrawals of 80 from 100: without a lock the balance can end at -60"),
        {
            {"no-lock", QT_TRANSLATE_NOOP("Scenario", "No lock"),
             QT_TRANSLATE_NOOP("Scenario", "check and subtract are separate steps another thread can cut between")},
            {"lock", QT_TRANSLATE_NOOP("Scenario", "Lock"),
             QT_TRANSLATE_NOOP("Scenario", "a lock makes check-then-subtract one critical section")},
        },
        {
            unitParam(),
            {"workers", ParamSpec::Int, 2, 2, 16, QT_TRANSLATE_NOOP("Scenario", "Workers"),
             QT_TRANSLATE_NOOP("Scenario", "Threads, each withdrawing once")},
            {"amount", ParamSpec::Int, 80, 1, 1000000, QT_TRANSLATE_NOOP("Scenario", "Amount"),
             QT_TRANSLATE_NOOP("Scenario", "What each thread withdraws")},
            {"balance", ParamSpec::Int, 100, 0, 1000000, QT_TRANSLATE_NOOP("Scenario", "Balance"),
             QT_TRANSLATE_NOOP("Scenario", "The account's starting balance")},
            {"expand", ParamSpec::Bool, 0, 0, 1, QT_TRANSLATE_NOOP("Scenario", "Expand"),
             QT_TRANSLATE_NOOP("Scenario", "Split balance -= amount into load, subtract and store")},
            {"gap", ParamSpec::Int, 0, 0, 100000, QT_TRANSLATE_NOOP("Scenario", "Gap"),
             QT_TRANSLATE_NOOP("Scenario", "Other work between the check and the subtraction, in microseconds"), "µs"},
            {"seed", ParamSpec::Int, 1, 0, 2147483647, QT_TRANSLATE_NOOP("Scenario", "Seed"),
             QT_TRANSLATE_NOOP("Scenario", "Seed of the chaos mode's random pauses")},
        },
        QStringLiteral(":/listings/race-no-lock.py"),
    };
    return info;
}

QString RaceScenario::listingResource(const QString &variant) const
{
    return variant == QLatin1String("lock") ? QStringLiteral(":/listings/race-lock.py")
                                            : QStringLiteral(":/listings/race-no-lock.py");
}

QStringList RaceScenario::outcomeKeys() const
{
    return {QStringLiteral("final_balance"), QStringLiteral("withdrawals_ok")};
}

int RaceScenario::steppableLanes(const QVariantMap &params) const
{
    return params.value(QStringLiteral("workers"), 2).toInt();
}

void RaceScenario::run(RunContext &ctx) const
{
    RaceRun race(ctx, renderedListing(ctx.variant(), ctx.settings().params));
    race.run();
    ctx.joinThreads();
}

} // namespace conlab
