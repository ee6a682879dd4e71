#include "poollockscenario.h"

#include "poollockteaching.h"
#include "scenarios/listing.h"
#include "scenarios/shared/poollanes.h"

#include <atomic>
#include <cmath>
#include <map>
#include <mutex>

namespace conlab {

namespace {

struct PoolLockLines
{
    int acquire = 0, check = 0, hold = 0, printOk = 0, subtract = 0, printBalance = 0;
    int printRefused = 0, printRefusedBalance = 0, release = 0, ret = 0;
    int submit = 0, result = 0, finish = 0;

    explicit PoolLockLines(const QString &l)
    {
        const QString draw = QStringLiteral("def draw(");
        acquire = findLine(l, draw, QStringLiteral("lock.acquire()"));
        check = findLine(l, draw, QStringLiteral("if account.balance >= amount"));
        hold = findLine(l, draw, QStringLiteral("sleep("));
        printOk = findLine(l, draw, QStringLiteral("withdrawal ok"));
        subtract = findLine(l, draw, QStringLiteral("account.balance -= amount"));
        printBalance = findLine(l, QStringLiteral("withdrawal ok"), QStringLiteral("-balance:"));
        printRefused = findLine(l, draw, QStringLiteral("withdrawal refused"));
        printRefusedBalance = findLine(l, QStringLiteral("withdrawal refused"), QStringLiteral("-balance:"));
        release = findLine(l, draw, QStringLiteral("lock.release()"));
        ret = findLine(l, draw, QStringLiteral("return account.balance"));
        submit = findLine(l, QStringLiteral("account = Account("), QStringLiteral("pool.submit("));
        result = findLine(l, QStringLiteral("account = Account("), QStringLiteral("f.result()"));
        finish = findLine(l, QStringLiteral("account = Account("), QStringLiteral("---finish---"));
    }
};

class PoolLockRun
{
public:
    PoolLockRun(RunContext &ctx, const QString &listing)
        : m_ctx(ctx)
        , m_lines(listing)
        , m_lock(ctx.gate(), 1, ctx.intern(QStringLiteral("lock")))
        , m_useLock(ctx.variant() == QLatin1String("lock"))
        , m_amount(int(ctx.param(QStringLiteral("amount"))))
        , m_balanceName(ctx.intern(QStringLiteral("balance")))
    {
        m_balance.store(int(ctx.param(QStringLiteral("balance"))));
    }
    void run();

private:
    int act(const char *text) { return m_ctx.intern(QLatin1String(text)); }
    int draw(int lane);
    void withdraw(int lane, const QString &name);
    void report(const PoolLanes &lanes);

    RunContext &m_ctx;
    const PoolLockLines m_lines;
    LabLock m_lock;
    const bool m_useLock;
    const int m_amount;
    const int m_balanceName;
    std::atomic<int> m_balance{0}; // separate load and store: check-then-act stays unsafe
    std::atomic<int> m_ok{0}, m_refused{0};
    std::mutex m_waitMutex;
    std::map<int, qint64> m_waitedNs; // lane → time spent waiting for the lock
    std::atomic<qint64> m_heldNs{0};
};

void PoolLockRun::run()
{
    const int main = m_ctx.mainLane();
    m_ctx.state(main, State::Running);
    m_ctx.counter(main, m_balanceName, m_balance.load());
    PoolLanes lanes(m_ctx, main, int(m_ctx.param(QStringLiteral("workers"))));
    LabPool pool(int(lanes.lanes().size()), m_ctx.stopToken(), lanes.hooks());
    std::vector<QFuture<int>> futures;
    for (qint64 i = 0; i < m_ctx.param(QStringLiteral("withdrawals")); ++i) {
        m_ctx.step(main, act("submit"), m_lines.submit, [&] {
            futures.push_back(pool.submit([this, &lanes](int worker) { return draw(lanes.lane(worker)); }));
        });
    }
    for (const QFuture<int> &f : futures) {
        m_ctx.step(main, act("result"), m_lines.result, [] {});
        if (!f.isFinished())
            m_ctx.state(main, State::WaitingFuture);
        if (!pool.wait(f) || m_ctx.stopping())
            return;
        m_ctx.state(main, State::Running);
    }
    m_ctx.state(main, State::WaitingJoin);
    pool.shutdown();
    m_ctx.state(main, State::Running);
    const int final = m_balance.load();
    m_ctx.step(main, act("print"), m_lines.finish,
               [&] { m_ctx.print(main, QStringLiteral("---finish---, balance is %1").arg(final)); });
    report(lanes);
    m_ctx.state(main, State::Done);
}

int PoolLockRun::draw(int lane)
{
    const QString name = m_ctx.laneInfo(lane).name;
    m_ctx.state(lane, State::Running);
    if (m_useLock) {
        const qint64 before = m_ctx.now();
        if (!m_ctx.gate().acquire(lane, act("acquire"), m_lines.acquire, m_lock))
            return m_balance.load();
        std::lock_guard guard(m_waitMutex);
        m_waitedNs[lane] += m_ctx.now() - before;
    }
    const qint64 held = m_ctx.now();
    withdraw(lane, name);
    if (m_useLock) {
        m_heldNs += m_ctx.now() - held;
        m_ctx.gate().release(lane, act("release"), m_lines.release, m_lock);
    }
    m_ctx.step(lane, act("return"), m_lines.ret, [] {});
    return m_balance.load();
}

void PoolLockRun::withdraw(int lane, const QString &name)
{
    const bool enough =
        m_ctx.step(lane, act("check"), m_lines.check, [&] { return m_balance.load() >= m_amount; });
    if (!enough) {
        ++m_refused;
        m_ctx.step(lane, act("print"), m_lines.printRefused,
                   [&] { m_ctx.print(lane, name + QStringLiteral("-withdrawal refused")); });
        m_ctx.step(lane, act("print"), m_lines.printRefusedBalance,
                   [&] { m_ctx.print(lane, name + QStringLiteral("-balance: %1").arg(m_balance.load())); });
        return;
    }
    m_ctx.step(lane, act("sleep"), m_lines.hold, [] {});
    m_ctx.state(lane, State::Sleeping); // the tutorial sleeps while it holds the lock
    if (!m_ctx.sleepUntil(m_ctx.now() + m_ctx.param(QStringLiteral("hold-ms")) * 1'000'000))
        return;
    m_ctx.state(lane, State::Running);
    m_ctx.step(lane, act("print"), m_lines.printOk, [&] { m_ctx.print(lane, name + QStringLiteral("-withdrawal ok")); });
    m_ctx.step(lane, act("balance -= amount"), m_lines.subtract, [&] {
        const int v = m_balance.load() - m_amount;
        m_balance.store(v);
        m_ctx.counter(m_ctx.mainLane(), m_balanceName, v);
    });
    ++m_ok;
    m_ctx.step(lane, act("print"), m_lines.printBalance,
               [&] { m_ctx.print(lane, name + QStringLiteral("-balance: %1").arg(m_balance.load())); });
}

void PoolLockRun::report(const PoolLanes &lanes)
{
    const int final = m_balance.load();
    m_ctx.setResult(QStringLiteral("final_balance"), final);
    m_ctx.setResult(QStringLiteral("withdrawals_ok"), m_ok.load());
    m_ctx.setResult(QStringLiteral("withdrawals_refused"), m_refused.load());
    m_ctx.setResult(QStringLiteral("money_created"),
                    m_ok.load() * m_amount + final - int(m_ctx.param(QStringLiteral("balance"))));
    if (!m_useLock)
        return;
    QVariantMap waited;
    std::lock_guard guard(m_waitMutex);
    for (int lane : lanes.lanes())
        waited.insert(m_ctx.laneInfo(lane).name, std::round(double(m_waitedNs[lane]) / 1e5) / 10.0);
    m_ctx.setResult(QStringLiteral("waited_ms"), waited);
    // Share of the run during which some worker held the lock.
    const qint64 wall = std::max<qint64>(1, m_ctx.now());
    m_ctx.setResult(QStringLiteral("lock_utilisation"), std::round(1000.0 * double(m_heldNs.load()) / double(wall)) / 10.0);
}

} // namespace

const Teaching *PoolLockScenario::teaching() const
{
    static const PoolLockTeaching teaching;
    return &teaching;
}

const ScenarioInfo &PoolLockScenario::info() const
{
    static const ScenarioInfo info{
        "pool-lock",
        QT_TRANSLATE_NOOP("Scenario", "Pool and lock"),
        QT_TRANSLATE_NOOP("Scenario", "Withdrawals on a thread pool, sleeping inside the lock: who holds it, who waits"),
        {
            {"no-lock", QT_TRANSLATE_NOOP("Scenario", "No lock"),
             QT_TRANSLATE_NOOP("Scenario", "every worker checks the balance before any has subtracted")},
            {"lock", QT_TRANSLATE_NOOP("Scenario", "Lock"),
             QT_TRANSLATE_NOOP("Scenario", "one withdrawal at a time; the others wait for the lock")},
        },
        {
            unitParam(),
            {"workers", ParamSpec::Int, 5, 1, 16, QT_TRANSLATE_NOOP("Scenario", "Workers"),
             QT_TRANSLATE_NOOP("Scenario", "Threads in the pool (max_workers)")},
            {"withdrawals", ParamSpec::Int, 4, 1, 64, QT_TRANSLATE_NOOP("Scenario", "Withdrawals"),
             QT_TRANSLATE_NOOP("Scenario", "How many withdrawals are submitted")},
            {"amount", ParamSpec::Int, 80, 1, 1000000, QT_TRANSLATE_NOOP("Scenario", "Amount"),
             QT_TRANSLATE_NOOP("Scenario", "What each withdrawal takes")},
            {"balance", ParamSpec::Int, 100, 0, 1000000, QT_TRANSLATE_NOOP("Scenario", "Balance"),
             QT_TRANSLATE_NOOP("Scenario", "The account's starting balance")},
            {"hold-ms", ParamSpec::Int, 100, 0, 10000, QT_TRANSLATE_NOOP("Scenario", "Hold"),
             QT_TRANSLATE_NOOP("Scenario", "How long a withdrawal sleeps inside the lock (the tutorial's sleep(0.1))"),
             "ms"},
        },
        QStringLiteral(":/listings/pool-lock.py"),
    };
    return info;
}

QStringList PoolLockScenario::outcomeKeys() const
{
    return {QStringLiteral("final_balance"), QStringLiteral("withdrawals_ok")};
}

void PoolLockScenario::run(RunContext &ctx) const
{
    PoolLockRun run(ctx, renderedListing(ctx.variant(), ctx.settings().params));
    run.run();
    ctx.joinThreads();
}

} // namespace conlab
