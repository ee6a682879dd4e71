#include "runtime/workerprotocol.h"

#include <QTest>

using namespace conlab;

// The worker protocol's result message: a child hands a measured figure to the run's results.
class TestWorkerResult : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void malformedLinesAreRefused_data();
    void malformedLinesAreRefused();
    void otherKindsAreUnchanged();
};

void TestWorkerResult::roundTrip()
{
    QByteArray line = formatResult(1234, QStringLiteral("peak rss"), 231.5);
    QVERIFY(line.endsWith('\n'));
    line.chop(1);
    QCOMPARE(line, QByteArray("R 1234 peak_rss 231.5"));
    WorkerMessage m;
    QVERIFY(parseWorkerLine(line, &m));
    QCOMPARE(m.kind, WorkerMessage::Result);
    QCOMPARE(m.t, 1234);
    QCOMPARE(m.text, QStringLiteral("peak_rss"));
    QCOMPARE(m.value, 231.5);
    QByteArray big = formatResult(0, QStringLiteral("bytes"), 8388608);
    big.chop(1);
    QVERIFY(parseWorkerLine(big, &m));
    QCOMPARE(m.value, 8388608.0);
}

void TestWorkerResult::malformedLinesAreRefused_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("no value") << QByteArray("R 12 name");
    QTest::newRow("no name") << QByteArray("R 12");
    QTest::newRow("bad time") << QByteArray("R x name 1");
    QTest::newRow("negative time") << QByteArray("R -1 name 1");
    QTest::newRow("not a number") << QByteArray("R 12 name many");
    QTest::newRow("nan") << QByteArray("R 12 name nan");
    QTest::newRow("inf") << QByteArray("R 12 name inf");
    QTest::newRow("empty name") << QByteArray("R 12  1");
}

void TestWorkerResult::malformedLinesAreRefused()
{
    QFETCH(QByteArray, line);
    WorkerMessage m;
    QVERIFY(!parseWorkerLine(line, &m));
}

void TestWorkerResult::otherKindsAreUnchanged()
{
    WorkerMessage m;
    QVERIFY(parseWorkerLine("C 5 counter 3", &m));
    QCOMPARE(m.kind, WorkerMessage::Counter);
    QCOMPARE(m.value, 3.0);
    QByteArray line = formatCounter(5, QStringLiteral("counter"), 3);
    QCOMPARE(line, QByteArray("C 5 counter 3\n"));
    QVERIFY(parseWorkerLine("X 9 0", &m));
    QCOMPARE(m.kind, WorkerMessage::Exit);
}

QTEST_GUILESS_MAIN(TestWorkerResult)
#include "tst_workerresult.moc"
