#include "runexe.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace conlab::test;

namespace {

} // namespace

// The crawler lesson from the command line: `serve` for a student's own crawler, and
// `run crawler` saving its files where it was told.
class TestCliCrawler : public QObject
{
    Q_OBJECT

private slots:
    void badServeArgumentsGiveOneLineAndExitTwo_data();
    void badServeArgumentsGiveOneLineAndExitTwo();
    void serveAnswersUntilStopped();
    void runCrawlerSavesIntoOut();
    void aFaultyPageIsListedAndExitsOne();
};

void TestCliCrawler::badServeArgumentsGiveOneLineAndExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    auto row = [](const char *name, QStringList args, const char *mentions) {
        QTest::newRow(name) << args << QString::fromUtf8(mentions);
    };
    const QString serve = QStringLiteral("serve");
    row("port not a number", {serve, QStringLiteral("--port"), QStringLiteral("http")}, "--port");
    row("port too large", {serve, QStringLiteral("--port=70000")}, "65535");
    row("no pages", {serve, QStringLiteral("--pages"), QStringLiteral("0")}, "--pages");
    row("latency negative", {serve, QStringLiteral("--latency-ms=-1")}, "--latency-ms");
    row("fault without kind", {serve, QStringLiteral("--fault"), QStringLiteral("3")}, "PAGE:KIND");
    row("fault unknown kind", {serve, QStringLiteral("--fault"), QStringLiteral("3:boom")}, "boom");
    row("fault beyond pages",
        {serve, QStringLiteral("--pages"), QStringLiteral("4"), QStringLiteral("--fault"), QStringLiteral("5:500")},
        "1 to 4");
    row("unknown option", {serve, QStringLiteral("--speed"), QStringLiteral("3")}, "--speed");
    row("missing value", {serve, QStringLiteral("--port")}, "--port");
    row("run fault beyond pages",
        {QStringLiteral("run"), QStringLiteral("crawler"), QStringLiteral("--pages"), QStringLiteral("2"),
         QStringLiteral("--fault"), QStringLiteral("3:500")},
        "2 pages");
}

void TestCliCrawler::badServeArgumentsGiveOneLineAndExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Result r = runExe(args, 10'000);
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains(mentions.toUtf8()), r.err.constData());
}

void TestCliCrawler::serveAnswersUntilStopped()
{
    QProcess p;
    p.start(QStringLiteral(CONLAB_EXE), {QStringLiteral("serve"), QStringLiteral("--latency-ms"), QStringLiteral("0")});
    QVERIFY(p.waitForStarted());
    QByteArray out;
    static const QRegularExpression first(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/p/1\\n"));
    QRegularExpressionMatch m;
    // The last line printed before it waits for Ctrl+C.
    for (int i = 0; i < 100 && !out.contains("never reaches the server"); ++i) {
        p.waitForReadyRead(100);
        out += p.readAllStandardOutput();
    }
    m = first.match(QString::fromUtf8(out));
    QVERIFY2(m.hasMatch(), out.constData());
    QVERIFY(out.contains("/p/9"));
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, quint16(m.captured(1).toUInt()));
    QVERIFY(s.waitForConnected(2000));
    s.write("GET /p/1 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray page;
    while (s.waitForReadyRead(2000))
        page += s.readAll();
    page += s.readAll();
    QVERIFY(page.startsWith("HTTP/1.1 200"));
    QCOMPARE(page.count("class=\"post-item-title\""), 20);
    p.terminate(); // SIGTERM, as Ctrl+C: a clean stop
    QVERIFY(p.waitForFinished(2000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(p.readAllStandardOutput().contains("stopped; requests received: 1"));
}

void TestCliCrawler::runCrawlerSavesIntoOut()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("pages"));
    const Result r = runExe({QStringLiteral("run"), QStringLiteral("crawler"), QStringLiteral("--variant"),
                             QStringLiteral("threads"), QStringLiteral("--unit-ms"), QStringLiteral("20"),
                             QStringLiteral("--out"), out, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QJsonObject results = o.value(QStringLiteral("results")).toObject();
    QCOMPARE(results.value(QStringLiteral("out_dir")).toString(), out);
    QCOMPARE(results.value(QStringLiteral("pages_saved")).toInt(), 9);
    QCOMPARE(results.value(QStringLiteral("items_saved")).toInt(), 180);
    QCOMPARE(results.value(QStringLiteral("thread_ids")).toArray().size(), 9);
    QCOMPARE(QDir(out).entryList({QStringLiteral("run-*.json")}, QDir::Files).size(), 9);
}

void TestCliCrawler::aFaultyPageIsListedAndExitsOne()
{
    QTemporaryDir dir;
    const Result r =
        runExe({QStringLiteral("run"), QStringLiteral("crawler"), QStringLiteral("--unit-ms"), QStringLiteral("10"),
                QStringLiteral("--fault"), QStringLiteral("3:404"), QStringLiteral("--out"), dir.path()});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains("page 3 failed: HTTP 404"), r.out.constData());
    QVERIFY(r.out.contains("8 of 9 pages saved, 160 items"));
    QVERIFY(!QDir(dir.path()).exists(QStringLiteral("run-3.json")));
}

QTEST_GUILESS_MAIN(TestCliCrawler)
#include "tst_cli_crawler.moc"
