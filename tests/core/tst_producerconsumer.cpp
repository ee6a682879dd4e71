#include "runhelpers.h"

#include <random>

using namespace conlab;
using namespace conlab::test;

namespace {

int result(const Trace &t, const char *name)
{
    return t.results.value(QLatin1String(name)).toInt();
}

// Labels of the WaitingCondition spans each lane entered.
QSet<QString> waitLabels(const Trace &t, int lane)
{
    QSet<QString> out;
    for (const Event &e : eventsOf(t, lane, EventType::State)) {
        if (e.state == State::WaitingCondition)
            out.insert(t.label(e.label));
    }
    return out;
}

} // namespace

class TestProducerConsumer : public QObject
{
    Q_OBJECT

private slots:
    void everyItemExactlyOnce_data();
    void everyItemExactlyOnce();
    void waitsAreLabelledNotFullAndNotEmpty_data();
    void waitsAreLabelledNotFullAndNotEmpty();
    void printsWhatTheProgramPrints();
    void stopsAtAnyMoment();
};

void TestProducerConsumer::everyItemExactlyOnce_data()
{
    QTest::addColumn<QString>("variant");
    QTest::newRow("condition-variable") << QStringLiteral("condition-variable");
    QTest::newRow("semaphore") << QStringLiteral("semaphore");
}

// 100 seeded runs of each variant, each seed its own mix of producers, consumers, capacity and
// speeds, so the queue runs full, empty and in between.
void TestProducerConsumer::everyItemExactlyOnce()
{
    QFETCH(QString, variant);
    const int runs = scaled(100);
    int fullWaits = 0, emptyWaits = 0;
    for (int seed = 1; seed <= runs; ++seed) {
        std::mt19937 rng{quint32(seed)};
        auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
        const QVariantMap params{{QStringLiteral("seed"), seed},
                                 {QStringLiteral("unit-ms"), 1},
                                 {QStringLiteral("producers"), pick(1, 4)},
                                 {QStringLiteral("consumers"), pick(1, 4)},
                                 {QStringLiteral("capacity"), pick(1, 5)},
                                 {QStringLiteral("items"), pick(1, 60)},
                                 {QStringLiteral("produce"), pick(0, 60)},
                                 {QStringLiteral("consume"), pick(0, 60)}};
        const Trace t = runScenario("producer-consumer", variant, params);
        const QByteArray where = "seed " + QByteArray::number(seed);
        const int items = params.value(QStringLiteral("items")).toInt();
        QVERIFY2(result(t, "produced") == items, where.constData());
        QVERIFY2(result(t, "consumed") == items, where.constData());
        QVERIFY2(result(t, "duplicates") == 0, where.constData());
        QVERIFY2(result(t, "missing") == 0, where.constData());
        QVERIFY2(result(t, "max_queue") <= params.value(QStringLiteral("capacity")).toInt(), where.constData());
        fullWaits += result(t, "waits_not_full");
        emptyWaits += result(t, "waits_not_empty");
        // The queue-length counter stays within the capacity and ends empty.
        double last = -1;
        for (const Event &e : eventsOf(t, t.lanes().front().id, EventType::Counter)) {
            QVERIFY2(e.value >= 0 && e.value <= params.value(QStringLiteral("capacity")).toDouble(), where.constData());
            last = e.value;
        }
        QVERIFY2(last == 0, where.constData());
    }
    QVERIFY(fullWaits > 0 && emptyWaits > 0);
}

void TestProducerConsumer::waitsAreLabelledNotFullAndNotEmpty_data()
{
    everyItemExactlyOnce_data();
}

void TestProducerConsumer::waitsAreLabelledNotFullAndNotEmpty()
{
    QFETCH(QString, variant);
    auto run = [&](int produce, int consume) {
        return runScenario("producer-consumer", variant,
                           {{QStringLiteral("unit-ms"), 10}, {QStringLiteral("produce"), produce},
                            {QStringLiteral("consume"), consume}, {QStringLiteral("items"), 24}});
    };
    auto anyWaited = [](const Trace &t, QChar kind, const QString &label) {
        for (const Lane &l : t.lanes()) {
            if (l.name.startsWith(kind) && waitLabels(t, l.id).contains(label))
                return true;
        }
        return false;
    };
    // Fast producers, slow consumers: the queue fills up and producers wait until it is not full.
    const Trace fast = run(10, 100);
    QVERIFY(anyWaited(fast, QLatin1Char('p'), QStringLiteral("not-full")));
    QVERIFY(result(fast, "waits_not_full") > 0);
    QCOMPARE(result(fast, "max_queue"), 3);
    // Slow producers, fast consumers: consumers wait until it is not empty.
    const Trace slow = run(100, 10);
    QVERIFY(anyWaited(slow, QLatin1Char('c'), QStringLiteral("not-empty")));
    QVERIFY(result(slow, "waits_not_empty") > 0);
    for (const Trace *t : {&fast, &slow}) {
        QVERIFY(!anyWaited(*t, QLatin1Char('c'), QStringLiteral("not-full"))); // consumers only wait for items
        QVERIFY(!anyWaited(*t, QLatin1Char('p'), QStringLiteral("not-empty")));
        for (const Lane &l : t->lanes())
            QCOMPARE(finalState(*t, l.id), State::Done);
    }
}

void TestProducerConsumer::printsWhatTheProgramPrints()
{
    const Trace t = runScenario("producer-consumer", QStringLiteral("condition-variable"),
                                {{QStringLiteral("unit-ms"), 5}, {QStringLiteral("items"), 6}});
    QStringList produced, consumed;
    for (const Lane &l : t.lanes()) {
        for (const QString &line : printedLines(t, l.id)) {
            if (line.contains(QLatin1String(" produced ")))
                produced << line.section(QLatin1Char(' '), 2);
            if (line.contains(QLatin1String(" consumed ")))
                consumed << line.section(QLatin1Char(' '), 2);
            QVERIFY2(line.startsWith(l.name + QLatin1Char(' ')) || line == QLatin1String("---finish---"),
                     qPrintable(line));
        }
    }
    produced.sort();
    consumed.sort();
    const QStringList all{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                          QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6")};
    QCOMPARE(produced, all);
    QCOMPARE(consumed, all);
    QCOMPARE(printedLines(t, t.lanes().front().id).last(), QStringLiteral("---finish---"));
}

void TestProducerConsumer::stopsAtAnyMoment()
{
    const int threadsBefore = threadCount();
    const Scenario &s = *findScenario(QStringLiteral("producer-consumer"));
    std::mt19937 rng(5);
    for (int i = 0; i < scaled(40); ++i) {
        const QString variant = i % 2 ? QStringLiteral("semaphore") : QStringLiteral("condition-variable");
        // Alternately producer-bound and consumer-bound, so lanes are stopped in both waits.
        const QVariantMap params{{QStringLiteral("unit-ms"), 10},
                                 {QStringLiteral("produce"), i % 4 < 2 ? 10 : 100},
                                 {QStringLiteral("consume"), i % 4 < 2 ? 100 : 10},
                                 {QStringLiteral("seed"), i}};
        QByteArray why;
        const int afterMs = std::uniform_int_distribution<int>(0, 120)(rng);
        QVERIFY2(stopsCleanly(s, settingsFor(s, variant, params), afterMs, &why), why.constData());
    }
    QVERIFY(threadsSettleAt(threadsBefore));
}

QTEST_GUILESS_MAIN(TestProducerConsumer)
#include "tst_producerconsumer.moc"
