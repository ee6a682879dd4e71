#include "trace/chrome/jsonnumber.h"
#include "trace/trace.h"

#include <QTest>

using namespace conlab;

Q_DECLARE_METATYPE(conlab::NumberStatus)

class TestJsonNumber : public QObject
{
    Q_OBJECT

private slots:
    void microsToNanoseconds_data();
    void microsToNanoseconds();
    void integers_data();
    void integers();
    void bulkLoadSortsAndHoldsNoSpareMemory();
};

void TestJsonNumber::microsToNanoseconds_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<NumberStatus>("status");
    QTest::addColumn<qint64>("ns");
    auto row = [](const char *text, NumberStatus status, qint64 ns) {
        QTest::newRow(text) << QByteArray(text) << status << ns;
    };
    row("0", NumberStatus::Ok, 0);
    row("-0", NumberStatus::Ok, 0);
    row("1234.567", NumberStatus::Ok, 1'234'567);
    row("1234.567  \n", NumberStatus::Ok, 1'234'567);
    row("1234.5", NumberStatus::Ok, 1'234'500);
    row("-1.001", NumberStatus::Ok, -1'001);
    row("0.0004", NumberStatus::Ok, 0); // under half a nanosecond
    row("0.0005", NumberStatus::Ok, 1); // halves away from zero
    row("1.2345678", NumberStatus::Ok, 1'235);
    row("1e3", NumberStatus::Ok, 1'000'000);
    row("1.5E+2", NumberStatus::Ok, 150'000);
    row("123456e-3", NumberStatus::Ok, 123'456);
    row("123456789012345.678", NumberStatus::Ok, 123'456'789'012'345'678); // past a double's precision
    row("2305843009213693.952", NumberStatus::Ok, kMaxScaled);
    row("2305843009213693.953", NumberStatus::OutOfRange, 0);
    row("1234567890123456789012", NumberStatus::OutOfRange, 0);
    row("1e300", NumberStatus::OutOfRange, 0);
    row("1e400", NumberStatus::OutOfRange, 0);
    row("1e-400", NumberStatus::Ok, 0);
    row("\"12\"", NumberStatus::NotNumber, 0);
    row("NaN", NumberStatus::NotNumber, 0);
    row("Infinity", NumberStatus::NotNumber, 0);
    row("-", NumberStatus::NotNumber, 0);
    row("01", NumberStatus::NotNumber, 0);
    row("1.", NumberStatus::NotNumber, 0);
    row(".5", NumberStatus::NotNumber, 0);
    row("1e", NumberStatus::NotNumber, 0);
    row("1x", NumberStatus::NotNumber, 0);
    row("", NumberStatus::NotNumber, 0);
}

void TestJsonNumber::microsToNanoseconds()
{
    QFETCH(QByteArray, text);
    QFETCH(NumberStatus, status);
    QFETCH(qint64, ns);
    qint64 out = -42;
    QCOMPARE(parseScaled(std::string_view(text.constData(), size_t(text.size())), 3, &out), status);
    if (status == NumberStatus::Ok)
        QCOMPARE(out, ns);
}

void TestJsonNumber::integers_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<NumberStatus>("status");
    QTest::addColumn<qint64>("value");
    auto row = [](const char *text, NumberStatus status, qint64 value) {
        QTest::newRow(text) << QByteArray(text) << status << value;
    };
    row("4242", NumberStatus::Ok, 4242);
    row("-1", NumberStatus::Ok, -1);
    row("3.0", NumberStatus::Ok, 3);
    row("3e2", NumberStatus::Ok, 300);
    row("1000000007", NumberStatus::Ok, 1'000'000'007);
    row("1.5", NumberStatus::NotInteger, 0);
    row("1e-1", NumberStatus::NotInteger, 0);
    row("99999999999999999999999", NumberStatus::OutOfRange, 0);
    row("true", NumberStatus::NotNumber, 0);
}

void TestJsonNumber::integers()
{
    QFETCH(QByteArray, text);
    QFETCH(NumberStatus, status);
    QFETCH(qint64, value);
    qint64 out = -42;
    QCOMPARE(parseInteger(std::string_view(text.constData(), size_t(text.size())), &out), status);
    if (status == NumberStatus::Ok)
        QCOMPARE(out, value);
}

void TestJsonNumber::bulkLoadSortsAndHoldsNoSpareMemory()
{
    Trace trace;
    std::vector<Event> events;
    events.reserve(100);
    events.push_back(Event::makeState(30, 7, State::Done));
    events.push_back(Event::makeState(10, 7, State::Running));
    events.push_back(Event::makeState(10, 7, State::Sleeping)); // equal times keep their order
    trace.setEvents(2, std::move(events));
    QCOMPARE(trace.lanes().size(), size_t(3));
    const auto &e = trace.events(2);
    QCOMPARE(e.size(), size_t(3));
    QCOMPARE(e[0].state, State::Running);
    QCOMPARE(e[1].state, State::Sleeping);
    QCOMPARE(e[2].state, State::Done);
    QCOMPARE(e[0].lane, 2);
    QCOMPARE(trace.eventCount(), size_t(3));
    QCOMPARE(trace.endTime(), 30);
    QCOMPARE(trace.eventBytes(), 3 * sizeof(Event));
    for (int i = 0; i < 1000; ++i)
        trace.append(Event::makeState(100 + i, 0, State::Running));
    QVERIFY(trace.eventBytes() > 1003 * sizeof(Event));
    trace.squeeze();
    QCOMPARE(trace.eventBytes(), 1003 * sizeof(Event));
}

QTEST_GUILESS_MAIN(TestJsonNumber)
#include "tst_jsonnumber.moc"
