#include "producerconsumerscenario.h"

#include "boundedqueue.h"
#include "producerconsumerteaching.h"
#include "scenarios/listing.h"

#include <random>

namespace conlab {

namespace {

struct PcLines
{
    int produceLoop = 0, produceSleep = 0, put = 0, printProduced = 0;
    int consumeLoop = 0, get = 0, ifNone = 0, brk = 0, consumeSleep = 0, printConsumed = 0;
    int makeProducers = 0, makeConsumers = 0, start = 0, joinProducer = 0, putNone = 0, joinConsumer = 0, finish = 0;

    explicit PcLines(const QString &l)
    {
        const QString producer = QStringLiteral("def producer(");
        produceLoop = findLine(l, producer, QStringLiteral("for item in items"));
        produceSleep = findLine(l, producer, QStringLiteral("sleep("));
        put = findLine(l, producer, QStringLiteral("put(item)"));
        printProduced = findLine(l, producer, QStringLiteral("produced {item}"));
        const QString consumer = QStringLiteral("def consumer(");
        consumeLoop = findLine(l, consumer, QStringLiteral("while True:"));
        get = findLine(l, consumer, QStringLiteral("item = get()"));
        ifNone = findLine(l, consumer, QStringLiteral("if item is None"));
        brk = findLine(l, consumer, QStringLiteral("break"));
        consumeSleep = findLine(l, consumer, QStringLiteral("sleep("));
        printConsumed = findLine(l, consumer, QStringLiteral("consumed {item}"));
        const QString main = QStringLiteral("producers = [");
        makeProducers = findLine(l, {}, main);
        makeConsumers = findLine(l, main, QStringLiteral("consumers = [Thread("));
        start = findLine(l, main, QStringLiteral("t.start()"));
        joinProducer = findLine(l, QStringLiteral("for t in producers:"), QStringLiteral("t.join()"));
        putNone = findLine(l, main, QStringLiteral("put(None)"));
        joinConsumer = findLine(l, QStringLiteral("for t in consumers:"), QStringLiteral("t.join()"));
        finish = findLine(l, main, QStringLiteral("---finish---"));
    }
};

class PcRun
{
public:
    PcRun(RunContext &ctx, const QString &listing)
        : m_ctx(ctx)
        , m_lines(listing)
        , m_main(ctx.mainLane())
        , m_producers(int(ctx.param(QStringLiteral("producers"))))
        , m_consumers(int(ctx.param(QStringLiteral("consumers"))))
        , m_items(int(ctx.param(QStringLiteral("items"))))
        , m_queue(BoundedQueue::make(ctx, listing, int(ctx.param(QStringLiteral("capacity"))),
                                     m_producers + m_consumers + 1))
        , m_taken(size_t(m_items) + 1)
    {
    }
    void run();

private:
    int act(const char *text) { return m_ctx.intern(QLatin1String(text)); }
    void step(int lane, const char *action, int line) { m_ctx.step(lane, act(action), line, [] {}); }
    std::mt19937_64 rngFor(int lane) const;
    bool work(int lane, int line, const char *param, std::mt19937_64 &rng);
    void producer(int index, int lane);
    void consumer(int lane);
    bool finish(const std::vector<std::jthread *> &threads);
    void report();

    RunContext &m_ctx;
    const PcLines m_lines;
    const int m_main;
    const int m_producers, m_consumers, m_items;
    std::unique_ptr<BoundedQueue> m_queue;
    std::vector<std::atomic<int>> m_taken; // how often each item left the queue
    std::atomic<int> m_produced{0}, m_consumed{0};
};

void PcRun::run()
{
    m_ctx.state(m_main, State::Running);
    std::vector<int> lanes;
    m_ctx.step(m_main, act("create"), m_lines.makeProducers, [&] {
        for (int k = 1; k <= m_producers; ++k)
            lanes.push_back(m_ctx.addLane(LaneKind::Thread, QStringLiteral("p%1").arg(k), m_main));
    });
    m_ctx.step(m_main, act("create"), m_lines.makeConsumers, [&] {
        for (int k = 1; k <= m_consumers; ++k)
            lanes.push_back(m_ctx.addLane(LaneKind::Thread, QStringLiteral("c%1").arg(k), m_main));
    });
    std::vector<std::jthread *> threads;
    for (size_t i = 0; i < lanes.size(); ++i) {
        m_ctx.step(m_main, act("start"), m_lines.start, [&] {
            const int lane = lanes[i];
            m_ctx.state(lane, State::Starting);
            const int flow = m_ctx.flowOut(m_main);
            threads.push_back(&m_ctx.startThread([this, lane, flow, i](std::stop_token) {
                m_ctx.claimLane(lane);
                m_ctx.flowIn(lane, flow);
                if (int(i) < m_producers)
                    producer(int(i), lane);
                else
                    consumer(lane);
                m_ctx.state(lane, m_ctx.stopping() ? State::Stopped : State::Done);
            }));
        });
    }
    if (!finish(threads))
        return;
    m_ctx.step(m_main, act("print"), m_lines.finish, [&] { m_ctx.print(m_main, QStringLiteral("---finish---")); });
    report();
    m_ctx.state(m_main, State::Done);
}

// Joins the producers, puts one None per consumer, joins the consumers. False if stopped.
bool PcRun::finish(const std::vector<std::jthread *> &threads)
{
    for (size_t i = 0; i < threads.size(); ++i) {
        if (int(i) == m_producers) {
            for (int c = 0; c < m_consumers; ++c) {
                step(m_main, "put(None)", m_lines.putNone);
                if (!m_queue->put(m_main, 0))
                    return false;
            }
        }
        step(m_main, "join", int(i) < m_producers ? m_lines.joinProducer : m_lines.joinConsumer);
        m_ctx.state(m_main, State::WaitingJoin);
        threads[i]->join(); // every wait of theirs ends on Stop
        m_ctx.state(m_main, State::Running);
    }
    return !m_ctx.stopping();
}

std::mt19937_64 PcRun::rngFor(int lane) const
{
    return std::mt19937_64(quint64(m_ctx.param(QStringLiteral("seed"))) * 0x9E3779B97F4A7C15ull + quint64(lane));
}

// Making or using an item: `param` percent of a unit, times a seeded factor from 0.5 to 1.5.
bool PcRun::work(int lane, int line, const char *param, std::mt19937_64 &rng)
{
    step(lane, "sleep", line);
    const double part = double(m_ctx.param(QLatin1String(param))) / 100.0;
    const double factor = std::uniform_real_distribution<double>(0.5, 1.5)(rng);
    const qint64 ns = qint64(part * factor * double(m_ctx.unitNs()));
    if (ns <= 0)
        return !m_ctx.stopping();
    m_ctx.state(lane, State::Sleeping);
    if (!m_ctx.sleepUntil(m_ctx.now() + ns))
        return false;
    m_ctx.state(lane, State::Running);
    return true;
}

void PcRun::producer(int index, int lane)
{
    m_ctx.state(lane, State::Running);
    std::mt19937_64 rng = rngFor(lane);
    const QString name = QStringLiteral("p%1").arg(index + 1);
    for (int item = index + 1; item <= m_items; item += m_producers) {
        step(lane, "loop", m_lines.produceLoop);
        if (!work(lane, m_lines.produceSleep, "produce", rng))
            return;
        step(lane, "put", m_lines.put);
        if (!m_queue->put(lane, item))
            return;
        ++m_produced;
        m_ctx.step(lane, act("print"), m_lines.printProduced,
                   [&] { m_ctx.print(lane, QStringLiteral("%1 produced %2").arg(name).arg(item)); });
    }
}

void PcRun::consumer(int lane)
{
    m_ctx.state(lane, State::Running);
    std::mt19937_64 rng = rngFor(lane);
    const QString name = m_ctx.laneInfo(lane).name;
    for (;;) {
        step(lane, "loop", m_lines.consumeLoop);
        step(lane, "get", m_lines.get);
        int item = -1;
        if (!m_queue->get(lane, &item))
            return;
        step(lane, "check", m_lines.ifNone);
        if (item <= 0 || item > m_items) {
            step(lane, "break", m_lines.brk);
            return;
        }
        ++m_taken[size_t(item)];
        if (!work(lane, m_lines.consumeSleep, "consume", rng))
            return;
        ++m_consumed;
        m_ctx.step(lane, act("print"), m_lines.printConsumed,
                   [&] { m_ctx.print(lane, QStringLiteral("%1 consumed %2").arg(name).arg(item)); });
    }
}

void PcRun::report()
{
    int duplicates = 0, missing = 0;
    for (int item = 1; item <= m_items; ++item) {
        const int n = m_taken[size_t(item)].load();
        duplicates += std::max(0, n - 1);
        missing += n == 0;
    }
    const QueueStats stats = m_queue->stats();
    m_ctx.setResult(QStringLiteral("produced"), m_produced.load());
    m_ctx.setResult(QStringLiteral("consumed"), m_consumed.load());
    m_ctx.setResult(QStringLiteral("duplicates"), duplicates);
    m_ctx.setResult(QStringLiteral("missing"), missing);
    m_ctx.setResult(QStringLiteral("max_queue"), qint64(stats.maxLength));
    m_ctx.setResult(QStringLiteral("waits_not_full"), stats.waitsNotFull);
    m_ctx.setResult(QStringLiteral("waits_not_empty"), stats.waitsNotEmpty);
}

} // namespace

const Teaching *ProducerConsumerScenario::teaching() const
{
    static const ProducerConsumerTeaching teaching;
    return &teaching;
}

const ScenarioInfo &ProducerConsumerScenario::info() const
{
    static const ScenarioInfo info{
        "producer-consumer",
        QT_TRANSLATE_NOOP("Scenario", "Producer-consumer"),
        QT_TRANSLATE_NOOP("Scenario", "Producers and consumers share a bounded queue: waits on not-full and not-empty"),
        {
            {"condition-variable", QT_TRANSLATE_NOOP("Scenario", "Condition variable"),
             QT_TRANSLATE_NOOP("Scenario", "one lock and two conditions on it: not_full and not_empty")},
            {"semaphore", QT_TRANSLATE_NOOP("Scenario", "Semaphores"),
             QT_TRANSLATE_NOOP("Scenario", "two counting semaphores, free slots and filled slots, and a lock for "
                                           "the queue")},
        },
        {
            unitParam(),
            {"producers", ParamSpec::Int, 2, 1, 16, QT_TRANSLATE_NOOP("Scenario", "Producers"),
             QT_TRANSLATE_NOOP("Scenario", "Threads putting items into the queue")},
            {"consumers", ParamSpec::Int, 2, 1, 16, QT_TRANSLATE_NOOP("Scenario", "Consumers"),
             QT_TRANSLATE_NOOP("Scenario", "Threads taking items out of the queue")},
            {"capacity", ParamSpec::Int, 3, 1, 1000, QT_TRANSLATE_NOOP("Scenario", "Capacity"),
             QT_TRANSLATE_NOOP("Scenario", "Most items the queue holds at once")},
            {"items", ParamSpec::Int, 12, 1, 100000, QT_TRANSLATE_NOOP("Scenario", "Items"),
             QT_TRANSLATE_NOOP("Scenario", "Items produced in all, numbered from 1")},
            {"produce", ParamSpec::Int, 50, 0, 1000, QT_TRANSLATE_NOOP("Scenario", "Produce time"),
             QT_TRANSLATE_NOOP("Scenario", "Time to make one item, in percent of a unit (varied by 0.5–1.5×)"), "%"},
            {"consume", ParamSpec::Int, 100, 0, 1000, QT_TRANSLATE_NOOP("Scenario", "Consume time"),
             QT_TRANSLATE_NOOP("Scenario", "Time to use one item, in percent of a unit (varied by 0.5–1.5×)"), "%"},
            {"seed", ParamSpec::Int, 1, 0, 2147483647, QT_TRANSLATE_NOOP("Scenario", "Seed"),
             QT_TRANSLATE_NOOP("Scenario", "Seed of the varied produce and consume times")},
        },
        QStringLiteral(":/listings/producer-consumer-cv.py"),
    };
    return info;
}

QString ProducerConsumerScenario::listingResource(const QString &variant) const
{
    return variant == QLatin1String("semaphore") ? QStringLiteral(":/listings/producer-consumer-semaphore.py")
                                                 : QStringLiteral(":/listings/producer-consumer-cv.py");
}

// About: the slower side's items one after another, plus one item of the other side.
qint64 ProducerConsumerScenario::idealNs(const QString &, const QVariantMap &params) const
{
    auto get = [&](const char *id) { return params.value(QLatin1String(id)).toLongLong(); };
    const qint64 unit = get("unit-ms") * 1'000'000;
    const qint64 items = get("items"), producers = std::max<qint64>(1, get("producers"));
    const qint64 consumers = std::max<qint64>(1, get("consumers"));
    const qint64 produce = unit * get("produce") / 100, consume = unit * get("consume") / 100;
    const qint64 producing = (items + producers - 1) / producers * produce + consume;
    const qint64 consuming = produce + (items + consumers - 1) / consumers * consume;
    return std::max(producing, consuming);
}

void ProducerConsumerScenario::run(RunContext &ctx) const
{
    PcRun run(ctx, renderedListing(ctx.variant(), ctx.settings().params));
    run.run();
    ctx.joinThreads();
}

} // namespace conlab
