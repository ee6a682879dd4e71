#include "cpuboundscenario.h"

#include "cpuboundteaching.h"
#include "cpuwork.h"
#include "runtime/childprocesses.h"
#include "scenarios/listing.h"
#include "trace/savefile.h"

#include <QFile>
#include <QTemporaryDir>

#include <mutex>

namespace conlab {

namespace {

constexpr const char *kRole = "cpu-bound.worker";

// Where each part of cpu-bound.py / cpu-bound-gil.py sits (0 where a listing has no such line).
struct CpuLines
{
    int loop = 0, gil = 0, count = 0, cpu = 0, print = 0, put = 0;
    int start = 0, ifVariant = 0, makeProcesses = 0, makeThreads = 0, startWorker = 0, joinWorker = 0;
    int total = 0, used = 0, printTotal = 0;

    explicit CpuLines(const QString &l)
    {
        const QString def = QStringLiteral("def worker(");
        loop = findLine(l, def, QStringLiteral("for chunk in chunks"));
        gil = findLine(l, def, QStringLiteral("with GIL:"));
        count = findLine(l, def, QStringLiteral("found += count_primes("));
        cpu = findLine(l, def, QStringLiteral("cpu_ms ="));
        print = findLine(l, def, QStringLiteral("print(f\"{name}"));
        put = findLine(l, def, QStringLiteral("results.put("));
        const QString main = QStringLiteral("if __name__");
        start = findLine(l, main, QStringLiteral("start_time = time()"));
        ifVariant = findLine(l, main, QStringLiteral("if variant"));
        makeProcesses = findLine(l, main, QStringLiteral("workers = [Process("));
        makeThreads = findLine(l, main, QStringLiteral("workers = [Thread("));
        startWorker = findLine(l, main, QStringLiteral("w.start()"));
        joinWorker = findLine(l, main, QStringLiteral("w.join()"));
        total = findLine(l, main, QStringLiteral("total = sum("));
        used = findLine(l, main, QStringLiteral("used_ms ="));
        printTotal = findLine(l, main, QStringLiteral("print(f\"{total}"));
    }
};

QString workerLine(const QString &name, qint64 found, qint64 cpuNs)
{
    return QStringLiteral("%1: %2 primes, cpu %3 ms").arg(name).arg(found).arg(cpuNs / 1'000'000);
}

// Milliseconds to one decimal: what a slide or a summary line can show.
double tenthsOfMs(qint64 ns)
{
    return double(qRound64(double(ns) / 1e5)) / 10.0;
}

// What one worker hands back through `results`.
struct Tally
{
    qint64 found = 0;
    qint64 cpuNs = 0;
    bool done = false;
};

class CpuRun
{
public:
    CpuRun(RunContext &ctx, const QString &listing)
        : m_ctx(ctx)
        , m_lines(listing)
        , m_main(ctx.mainLane())
        , m_workers(int(ctx.param(QStringLiteral("workers"))))
        , m_amount(int(ctx.param(QStringLiteral("amount"))))
        , m_gil(ctx.gate(), 1, ctx.intern(QStringLiteral("GIL")))
        , m_tally(size_t(m_workers))
    {
    }
    void run();

private:
    int act(const char *text) { return m_ctx.intern(QLatin1String(text)); }
    QString name(int i) const { return QStringLiteral("w%1").arg(i + 1); }
    bool runThreads(bool gil);
    void threadWorker(int index, bool gil);
    bool countChunks(int index, bool gil, qint64 *found);
    bool runProcesses();
    bool collect(const QString &dir);
    void report(qint64 start);

    RunContext &m_ctx;
    const CpuLines m_lines;
    const int m_main;
    const int m_workers;
    const int m_amount;
    LabLock m_gil;
    std::vector<int> m_lanes;
    std::mutex m_tallyMutex; // the listing's `results` queue
    std::vector<Tally> m_tally;
};

void CpuRun::run()
{
    m_ctx.state(m_main, State::Running);
    const qint64 start = m_ctx.step(m_main, act("clock"), m_lines.start, [&] { return m_ctx.now(); });
    const QString variant = m_ctx.variant();
    if (m_lines.ifVariant)
        m_ctx.step(m_main, act("branch"), m_lines.ifVariant, [] {});
    const bool done = variant == QLatin1String("processes") ? runProcesses()
                                                             : runThreads(variant == QLatin1String("threads-gil"));
    if (!done || m_ctx.stopping())
        return;
    report(start);
    m_ctx.state(m_main, State::Done);
}

bool CpuRun::runThreads(bool gil)
{
    m_ctx.step(m_main, act("create"), m_lines.makeThreads, [&] {
        for (int i = 0; i < m_workers; ++i)
            m_lanes.push_back(m_ctx.addLane(LaneKind::Thread, name(i), m_main));
    });
    std::vector<std::jthread *> threads;
    for (int i = 0; i < m_workers; ++i) {
        m_ctx.step(m_main, act("start"), m_lines.startWorker, [&] {
            const int lane = m_lanes[size_t(i)];
            m_ctx.state(lane, State::Starting);
            const int flow = m_ctx.flowOut(m_main);
            threads.push_back(&m_ctx.startThread([this, lane, flow, i, gil](std::stop_token) {
                m_ctx.claimLane(lane);
                m_ctx.flowIn(lane, flow);
                threadWorker(i, gil);
            }));
        });
    }
    for (std::jthread *t : threads) {
        m_ctx.step(m_main, act("join"), m_lines.joinWorker, [] {});
        m_ctx.state(m_main, State::WaitingJoin);
        t->join(); // Stop reaches the counting loops within a fraction of a millisecond
        m_ctx.state(m_main, State::Running);
    }
    return !m_ctx.stopping();
}

void CpuRun::threadWorker(int index, bool gil)
{
    const int lane = m_lanes[size_t(index)];
    m_ctx.state(lane, State::Running);
    const qint64 cpu0 = threadCpuNs();
    qint64 found = 0;
    if (!countChunks(index, gil, &found)) {
        m_ctx.state(lane, State::Stopped);
        return;
    }
    const qint64 cpu = m_ctx.step(lane, act("clock"), m_lines.cpu, [&] { return threadCpuNs() - cpu0; });
    m_ctx.mark(lane, QStringLiteral("cpu %1 ms").arg(cpu / 1'000'000), MarkKind::Result);
    m_ctx.step(lane, act("print"), m_lines.print, [&] { m_ctx.print(lane, workerLine(name(index), found, cpu)); });
    m_ctx.step(lane, act("put"), m_lines.put, [&] {
        std::lock_guard lock(m_tallyMutex);
        m_tally[size_t(index)] = {found, cpu, true};
    });
    m_ctx.state(lane, State::Done);
}

// The worker's loop over its chunks: index, index + workers, … With the GIL, each chunk is
// computed holding the one global lock, and the other workers wait for it.
bool CpuRun::countChunks(int index, bool gil, qint64 *found)
{
    const int lane = m_lanes[size_t(index)];
    const std::stop_token stop = m_ctx.stopToken();
    for (int chunk = index; chunk < m_amount; chunk += m_workers) {
        m_ctx.step(lane, act("loop"), m_lines.loop, [] {});
        if (gil && !m_ctx.gate().acquire(lane, act("acquire GIL"), m_lines.gil, m_gil))
            return false;
        m_ctx.step(lane, act("count_primes"), m_lines.count, [] {});
        const int n = countPrimesInChunk(chunk, stop);
        if (gil)
            m_ctx.gate().release(lane, act("release GIL"), m_lines.gil, m_gil);
        if (n < 0)
            return false;
        *found += n;
    }
    return true;
}

bool CpuRun::runProcesses()
{
    QTemporaryDir dir; // each child leaves its count and CPU time here: the listing's ProcessQueue
    if (!dir.isValid()) {
        m_ctx.state(m_main, State::Failed, m_ctx.intern(dir.errorString()));
        return false;
    }
    ChildProcesses children(m_ctx);
    m_ctx.step(m_main, act("create"), m_lines.makeProcesses, [&] {
        for (int i = 0; i < m_workers; ++i)
            m_lanes.push_back(m_ctx.addLane(LaneKind::Process, name(i), m_main));
    });
    std::vector<int> started;
    for (int i = 0; i < m_workers; ++i) {
        const QStringList args{name(i), QString::number(i), QString::number(m_workers), QString::number(m_amount),
                               dir.filePath(name(i))};
        started.push_back(m_ctx.step(m_main, act("start"), m_lines.startWorker, [&] {
            return children.start(m_lanes[size_t(i)], QLatin1String(kRole), args, m_ctx.flowOut(m_main));
        }));
        if (m_ctx.stopping())
            return false;
    }
    for (int child : started) {
        m_ctx.step(m_main, act("join"), m_lines.joinWorker, [] {});
        m_ctx.state(m_main, State::WaitingJoin);
        if (!children.join(child))
            return false;
        m_ctx.state(m_main, State::Running);
    }
    return collect(dir.path());
}

// Reads what each child left; a child that failed leaves nothing and fails the run.
bool CpuRun::collect(const QString &dir)
{
    bool all = true;
    for (int i = 0; i < m_workers; ++i) {
        QFile f(dir + QLatin1Char('/') + name(i));
        const QList<QByteArray> fields = f.open(QIODevice::ReadOnly) ? f.readAll().split(' ') : QList<QByteArray>();
        if (fields.size() != 2) {
            all = false;
            continue;
        }
        Tally &t = m_tally[size_t(i)];
        t = {fields[0].toLongLong(), fields[1].trimmed().toLongLong(), true};
        m_ctx.mark(m_lanes[size_t(i)], QStringLiteral("cpu %1 ms").arg(t.cpuNs / 1'000'000), MarkKind::Result);
    }
    if (!all)
        m_ctx.state(m_main, State::Failed, m_ctx.intern(QStringLiteral("a worker process left no result")));
    return all;
}

void CpuRun::report(qint64 start)
{
    qint64 total = 0, cpuTotal = 0;
    QVariantList cpuMs; // w1, w2, … in order
    {
        std::lock_guard lock(m_tallyMutex);
        for (int i = 0; i < m_workers; ++i) {
            total += m_tally[size_t(i)].found;
            cpuTotal += m_tally[size_t(i)].cpuNs;
            cpuMs << tenthsOfMs(m_tally[size_t(i)].cpuNs);
        }
    }
    m_ctx.step(m_main, act("get results"), m_lines.total, [] {});
    const qint64 used = m_ctx.step(m_main, act("clock"), m_lines.used, [&] { return m_ctx.now() - start; });
    m_ctx.step(m_main, act("print"), m_lines.printTotal, [&] {
        m_ctx.print(m_main, QStringLiteral("%1 primes in %2 ms").arg(total).arg(used / 1'000'000));
    });
    m_ctx.setResult(QStringLiteral("primes"), total);
    m_ctx.setResult(QStringLiteral("chunks"), m_amount);
    m_ctx.setResult(QStringLiteral("cores"), availableCores());
    m_ctx.setResult(QStringLiteral("cpu_ms"), cpuMs);
    m_ctx.setResult(QStringLiteral("cpu_total_ms"), tenthsOfMs(cpuTotal));
    m_ctx.setResult(QStringLiteral("used_ms"), tenthsOfMs(used));
    // How many cores' worth of computing the run had on average: ~1 with the GIL.
    const double parallelism = used > 0 ? qRound(100.0 * double(cpuTotal) / double(used)) / 100.0 : 0.0;
    m_ctx.setResult(QStringLiteral("parallelism"), parallelism);
}

int maxWorkers()
{
    return std::min(64, std::max(2, 2 * availableCores()));
}

} // namespace

const Teaching *CpuBoundScenario::teaching() const
{
    static const CpuBoundTeaching teaching;
    return &teaching;
}

const ScenarioInfo &CpuBoundScenario::info() const
{
    static const ScenarioInfo info{
        "cpu-bound",
        QT_TRANSLATE_NOOP("Scenario", "CPU-bound"),
        QT_TRANSLATE_NOOP("Scenario", "Counting primes on 1…2×cores workers: the speed-up the cores give, and "
                                      "what the GIL takes away"),
        {
            {"threads", QT_TRANSLATE_NOOP("Scenario", "Threads"),
             QT_TRANSLATE_NOOP("Scenario", "threads of this program, each on any free core: C++ has no global lock")},
            {"processes", QT_TRANSLATE_NOOP("Scenario", "Processes"),
             QT_TRANSLATE_NOOP("Scenario", "child processes, each with its own memory, as multiprocessing does")},
            {"threads-gil", QT_TRANSLATE_NOOP("Scenario", "Threads with a GIL"),
             QT_TRANSLATE_NOOP("Scenario", "threads that must hold one global lock while they compute, as CPython's "
                                           "GIL forces: this is what the tutorial's Python threads would do, and "
                                           "they do not speed up")},
        },
        {
            {"workers", ParamSpec::Int, std::min(availableCores(), maxWorkers()), 1, maxWorkers(),
             QT_TRANSLATE_NOOP("Scenario", "Workers"),
             QT_TRANSLATE_NOOP("Scenario", "Threads or processes sharing out the chunks (up to twice the cores)")},
            {"amount", ParamSpec::Int, 160, 1, kMaxChunks, QT_TRANSLATE_NOOP("Scenario", "Chunks"),
             QT_TRANSLATE_NOOP("Scenario", "Chunks of 20 000 numbers to search for primes (each about 5 ms of CPU)")},
        },
        QStringLiteral(":/listings/cpu-bound.py"),
    };
    return info;
}

QString CpuBoundScenario::listingResource(const QString &variant) const
{
    return variant == QLatin1String("threads-gil") ? QStringLiteral(":/listings/cpu-bound-gil.py")
                                                   : QStringLiteral(":/listings/cpu-bound.py");
}

void CpuBoundScenario::run(RunContext &ctx) const
{
    CpuRun run(ctx, renderedListing(ctx.variant(), ctx.settings().params));
    run.run();
    ctx.joinThreads();
}

int CpuBoundScenario::workerRole(WorkerChannel &channel, const QStringList &args)
{
    bool ok[4] = {};
    const int index = args.value(1).toInt(&ok[0]);
    const int workers = args.value(2).toInt(&ok[1]);
    const int amount = args.value(3).toInt(&ok[2]);
    ok[3] = args.size() == 5;
    if (!ok[0] || !ok[1] || !ok[2] || !ok[3] || index < 0 || workers < 1 || amount < 0)
        return 2;
    const CpuLines lines(CpuBoundScenario().listing());
    channel.state(State::Running);
    const qint64 cpu0 = threadCpuNs();
    qint64 found = 0;
    for (int chunk = index; chunk < amount; chunk += workers) {
        channel.step(lines.loop, QStringLiteral("loop"));
        channel.step(lines.count, QStringLiteral("count_primes"));
        found += countPrimesInChunk(chunk); // the parent kills us on Stop
    }
    const qint64 cpu = threadCpuNs() - cpu0;
    channel.step(lines.cpu, QStringLiteral("clock"));
    channel.step(lines.print, QStringLiteral("print"));
    channel.print(workerLine(args[0], found, cpu));
    channel.step(lines.put, QStringLiteral("put"));
    if (!saveFile(args[4], QByteArray::number(found) + ' ' + QByteArray::number(cpu)).isEmpty())
        return 1;
    channel.state(State::Done);
    return 0;
}

} // namespace conlab
