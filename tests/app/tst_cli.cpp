#include "../core/timing.h"
#include "runexe.h"
#include "trace/chrome/chromereader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace conlab;
using namespace conlab::test;

namespace {

QJsonObject parseObject(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    return error.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void badArgumentsGiveOneLineAndExitTwo_data();
    void badArgumentsGiveOneLineAndExitTwo();
    void badArgumentsSpeakTheLocalesLanguage();
    void listShowsEveryScenarioAndParameter();
    void versionAndHelp();
    void jsonSummaryOfProcessesParallel();
    void jsonSummaryOfThreadsParallel();
    void plainRunPrintsTheProgramsLines();
    void exportJsonHasNamesAndSpansForEveryLane();
    void raceScheduleFromTheCommandLine();
    void raceTrialsPrintAHistogram();
    void deadlockIsDetectedAndExitsZero();
};

void TestCli::badArgumentsGiveOneLineAndExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    auto row = [](const char *name, QStringList args, const char *mentions) {
        QTest::newRow(name) << args << QString::fromUtf8(mentions);
    };
    row("unknown command", {QStringLiteral("fly")}, "fly");
    row("run without id", {QStringLiteral("run")}, "scenario");
    row("unknown scenario", {QStringLiteral("run"), QStringLiteral("nope")}, "nope");
    row("unknown variant", {QStringLiteral("run"), QStringLiteral("threads"), QStringLiteral("--variant"), QStringLiteral("fast")}, "fast");
    row("variant missing value", {QStringLiteral("run"), QStringLiteral("threads"), QStringLiteral("--variant")}, "--variant");
    row("unknown option", {QStringLiteral("run"), QStringLiteral("threads"), QStringLiteral("--speed"), QStringLiteral("3")}, "--speed");
    row("unit missing", {QStringLiteral("run"), QStringLiteral("threads"), QStringLiteral("--unit-ms")}, "--unit-ms");
    row("unit not a number", {QStringLiteral("run"), QStringLiteral("threads"), QStringLiteral("--unit-ms"), QStringLiteral("fast")}, "fast");
    row("unit with junk", {QStringLiteral("run"), QStringLiteral("threads"), QStringLiteral("--unit-ms=10x")}, "10x");
    row("unit zero", {QStringLiteral("run"), QStringLiteral("threads"), QStringLiteral("--unit-ms"), QStringLiteral("0")}, "between 1 and 10000");
    row("unit negative", {QStringLiteral("run"), QStringLiteral("threads"), QStringLiteral("--unit-ms=-5")}, "between 1 and 10000");
    row("unit too large", {QStringLiteral("run"), QStringLiteral("threads"), QStringLiteral("--unit-ms"), QStringLiteral("10001")}, "between 1 and 10000");
    row("unit huge", {QStringLiteral("run"), QStringLiteral("threads"), QStringLiteral("--unit-ms"), QStringLiteral("99999999999999999999999")}, "--unit-ms");
    row("sing too large", {QStringLiteral("run"), QStringLiteral("processes"), QStringLiteral("--sing"), QStringLiteral("1000")}, "--sing");
    row("conflicting variants", {QStringLiteral("run"), QStringLiteral("threads"), QStringLiteral("--variant"), QStringLiteral("parallel"), QStringLiteral("--variant"), QStringLiteral("sequential")}, "conflicting");
    row("lock on a lockless scenario", {QStringLiteral("run"), QStringLiteral("threads"), QStringLiteral("--lock")}, "lock");
    row("json with a value", {QStringLiteral("run"), QStringLiteral("threads"), QStringLiteral("--json=yes")}, "--json");
    row("export bad extension", {QStringLiteral("run"), QStringLiteral("threads"), QStringLiteral("--export"), QStringLiteral("out.txt")}, "out.txt");
    row("size malformed", {QStringLiteral("run"), QStringLiteral("threads"), QStringLiteral("--size"), QStringLiteral("big")}, "--size");
    row("size too large", {QStringLiteral("run"), QStringLiteral("threads"), QStringLiteral("--size"), QStringLiteral("10000x10000")}, "--size");
    row("stray argument", {QStringLiteral("run"), QStringLiteral("threads"), QStringLiteral("extra")}, "extra");
    row("list with extra", {QStringLiteral("--list"), QStringLiteral("x")}, "--list");
    row("open without file", {QStringLiteral("open")}, "open");
}

void TestCli::badArgumentsGiveOneLineAndExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    // Every bad command line also asks for an export: nothing may be written.
    const QString exportPath = dir.filePath(QStringLiteral("never.json"));
    if (args.size() >= 2 && args[0] == QLatin1String("run") && !args.contains(QLatin1String("--export")))
        args << QStringLiteral("--export") << exportPath;
    const Result r = runExe(args);
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    const QByteArray err = r.err.trimmed();
    QVERIFY2(!err.isEmpty() && !err.contains('\n'), err.constData());
    QVERIFY2(QString::fromUtf8(err).contains(mentions), err.constData());
    QVERIFY(!QFile::exists(exportPath));
}

// A Chinese shell gets its complaint in Chinese, though it is said before the program is set up.
void TestCli::badArgumentsSpeakTheLocalesLanguage()
{
    QProcessEnvironment chinese = QProcessEnvironment::systemEnvironment();
    chinese.insert(QStringLiteral("LANGUAGE"), QStringLiteral("zh_CN"));
    const Result r = runExe({QStringLiteral("run"), QStringLiteral("nosuch")}, chinese);
    QCOMPARE(r.code, 2);
    QCOMPARE(QString::fromUtf8(r.err.trimmed()), QStringLiteral("concurrency-lab: 未知的场景 'nosuch'（见 --list）"));
    const Result english = runExe({QStringLiteral("run"), QStringLiteral("nosuch")});
    QCOMPARE(english.err.trimmed(), QByteArray("concurrency-lab: unknown scenario 'nosuch' (see --list)"));
}

void TestCli::listShowsEveryScenarioAndParameter()
{
    const Result r = runExe({QStringLiteral("--list")});
    QCOMPARE(r.code, 0);
    for (const char *needle : {"processes", "threads", "sequential", "parallel", "--unit-ms N", "--sing N", "--dance N",
                               "[1…10000, default 100]"})
        QVERIFY2(QString::fromUtf8(r.out).contains(QString::fromUtf8(needle)), needle);
}

void TestCli::versionAndHelp()
{
    const Result v = runExe({QStringLiteral("--version")});
    QCOMPARE(v.code, 0);
    QVERIFY(v.out.startsWith("concurrency-lab "));
    const Result h = runExe({QStringLiteral("--help")});
    QCOMPARE(h.code, 0);
    QVERIFY(h.out.contains("run ID"));
}

void TestCli::jsonSummaryOfProcessesParallel()
{
    const Result r = runExe({QStringLiteral("run"), QStringLiteral("processes"), QStringLiteral("--variant"),
                             QStringLiteral("parallel"), QStringLiteral("--unit-ms"), QStringLiteral("30"),
                             QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = parseObject(r.out);
    QCOMPARE(o.value(QStringLiteral("scenario")).toString(), QStringLiteral("processes"));
    QCOMPARE(o.value(QStringLiteral("variant")).toString(), QStringLiteral("parallel"));
    QCOMPARE(o.value(QStringLiteral("ideal_ms")).toDouble(), 120.0);
    QVERIFY(o.value(QStringLiteral("wall_ms")).toDouble() >= 120.0);
    QCOMPARE(o.value(QStringLiteral("results")).toObject().value(QStringLiteral("counter")).toInt(), 0);
    const QJsonArray lanes = o.value(QStringLiteral("lanes")).toArray();
    QCOMPARE(lanes.size(), 3);
    const qint64 parent = lanes[0].toObject().value(QStringLiteral("pid")).toInteger();
    QSet<qint64> pids;
    for (int i = 1; i < 3; ++i) {
        const QJsonObject l = lanes[i].toObject();
        QCOMPARE(l.value(QStringLiteral("kind")).toString(), QStringLiteral("Process"));
        QCOMPARE(l.value(QStringLiteral("ppid")).toInteger(), parent);
        pids.insert(l.value(QStringLiteral("pid")).toInteger());
    }
    QCOMPARE(pids.size(), 2);
    QVERIFY(!pids.contains(parent));
    QVERIFY(o.value(QStringLiteral("events")).toInt() > 0);
    QVERIFY(o.contains(QStringLiteral("schedule")));
    QCOMPARE(o.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("unit-ms")).toInt(), 30);
}

void TestCli::jsonSummaryOfThreadsParallel()
{
    const Result r = runExe({QStringLiteral("run"), QStringLiteral("threads"), QStringLiteral("--variant=parallel"),
                             QStringLiteral("--unit-ms=30"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = parseObject(r.out);
    QCOMPARE(o.value(QStringLiteral("results")).toObject().value(QStringLiteral("counter")).toInt(), 7);
    const QJsonArray lanes = o.value(QStringLiteral("lanes")).toArray();
    QCOMPARE(lanes.size(), 3);
    QSet<qint64> pids, tids;
    for (const QJsonValue &v : lanes) {
        pids.insert(v.toObject().value(QStringLiteral("pid")).toInteger());
        tids.insert(v.toObject().value(QStringLiteral("tid")).toInteger());
    }
    QCOMPARE(pids.size(), 1);
    QCOMPARE(tids.size(), 3);
}

void TestCli::plainRunPrintsTheProgramsLines()
{
    // The run is also saved, to read how long its children took to start.
    QTemporaryDir dir;
    const QString saved = dir.filePath(QStringLiteral("run.json"));
    constexpr qint64 unitMs = 40;
    const Result r = runExe({QStringLiteral("run"), QStringLiteral("processes"), QStringLiteral("--variant"),
                             QStringLiteral("parallel"), QStringLiteral("--unit-ms"), QString::number(unitMs),
                             QStringLiteral("--export"), saved});
    QCOMPARE(r.code, 0);
    const QString out = QString::fromUtf8(r.out);
    for (const char *line : {"---main-start---, pid is ", "sing pid is ", "sing parent process pid is ", "sing-0",
                             "sing-2", "dance-3", "---main-end---, used time ", "counter is 0"})
        QVERIFY2(out.contains(QString::fromUtf8(line)), line);
    QVERIFY(!out.contains(QLatin1String("sing-3")));
    // "used time" is the tutorial's wall clock: the children's 4 units of sleeping side by side,
    // plus what starting and ending two processes cost on this machine, which the saved run
    // measures (a quarter of a second or more in a busy sanitizer build): that part is
    // reported, the program's part is checked.
    const ChromeReadResult read = readChromeTrace(saved);
    QVERIFY2(read.ok(), qPrintable(read.error));
    const Trace &trace = read.trace;
    qint64 sleeping = 0;
    for (const Lane &l : trace.lanes()) {
        if (l.kind == LaneKind::Process)
            sleeping = std::max(sleeping, sleepingStretch(trace, l.id));
    }
    std::vector<qint64> clocks; // main's two reads of the clock: start_time and used_time
    for (const Event &e : trace.events(trace.lanes().front().id)) {
        if (e.type == EventType::Step && trace.label(e.label) == QLatin1String("clock"))
            clocks.push_back(e.t);
    }
    QCOMPARE(clocks.size(), size_t(2));
    const qint64 unitNs = unitMs * 1'000'000;
    const qint64 measured = (clocks[1] - clocks[0]) / unitNs;
    const qsizetype at = out.indexOf(QLatin1String("used time ")) + 10;
    const int used = out.mid(at, out.indexOf(QLatin1Char('\n'), at) - at).toInt();
    const QByteArray figures = "used time " + QByteArray::number(used) + " units of " + QByteArray::number(unitMs) +
                               " ms; children sleeping " + msText(sleeping) + ", longest start-up " +
                               msText(longestStartUp(trace)) + ", main's clock " + msText(clocks[1] - clocks[0]);
    qInfo("%s", figures.constData());
    QVERIFY2(used >= 4 && qAbs(used - measured) <= 1, figures.constData()); // what the run's clock said
    QVERIFY2(sleeping >= 4 * unitNs * 8 / 10 && sleeping < 5 * unitNs, figures.constData()); // 4, not 7
}

void TestCli::exportJsonHasNamesAndSpansForEveryLane()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.json"));
    const Result r = runExe({QStringLiteral("run"), QStringLiteral("processes"), QStringLiteral("--variant"),
                             QStringLiteral("parallel"), QStringLiteral("--unit-ms"), QStringLiteral("10"),
                             QStringLiteral("--export"), path});
    QCOMPARE(r.code, 0);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject o = parseObject(f.readAll());
    const QJsonArray events = o.value(QStringLiteral("traceEvents")).toArray();
    QVERIFY(!events.isEmpty());
    const QJsonArray lanes = o.value(QStringLiteral("conlab")).toObject().value(QStringLiteral("lanes")).toArray();
    QCOMPARE(lanes.size(), 3);
    for (const QJsonValue &lv : lanes) {
        const QJsonObject lane = lv.toObject();
        const qint64 pid = lane.value(QStringLiteral("chrome_pid")).toInteger();
        const qint64 tid = lane.value(QStringLiteral("chrome_tid")).toInteger();
        bool named = false, spans = false;
        for (const QJsonValue &ev : events) {
            const QJsonObject e = ev.toObject();
            if (e.value(QStringLiteral("pid")).toInteger() != pid || e.value(QStringLiteral("tid")).toInteger() != tid)
                continue;
            const QString ph = e.value(QStringLiteral("ph")).toString();
            named |= ph == QLatin1String("M") && e.value(QStringLiteral("name")).toString() == QLatin1String("thread_name");
            spans |= ph == QLatin1String("X");
        }
        QVERIFY2(named && spans, qPrintable(lane.value(QStringLiteral("name")).toString()));
    }
}

void TestCli::raceScheduleFromTheCommandLine()
{
    const QStringList base{QStringLiteral("run"), QStringLiteral("race"), QStringLiteral("--schedule"),
                           QStringLiteral("1,2,1,2"), QStringLiteral("--json")};
    const Result noLock = runExe(base + QStringList{QStringLiteral("--no-lock")});
    QCOMPARE(noLock.code, 0);
    const QJsonObject a = parseObject(noLock.out).value(QStringLiteral("results")).toObject();
    QCOMPARE(a.value(QStringLiteral("final_balance")).toInt(), -60);
    QVERIFY(a.value(QStringLiteral("stale_checks")).toInt() >= 1);
    const Result lock = runExe(base + QStringList{QStringLiteral("--lock")});
    QCOMPARE(lock.code, 0);
    const QJsonObject b = parseObject(lock.out).value(QStringLiteral("results")).toObject();
    QCOMPARE(b.value(QStringLiteral("final_balance")).toInt(), 20);
    QCOMPARE(b.value(QStringLiteral("withdrawals_refused")).toInt(), 1);
    // A schedule naming a lane the run does not have is bad input.
    const Result bad = runExe({QStringLiteral("run"), QStringLiteral("race"), QStringLiteral("--schedule"),
                               QStringLiteral("1,3")});
    QCOMPARE(bad.code, 2);
    QVERIFY(bad.err.contains("lane 3"));
}

void TestCli::raceTrialsPrintAHistogram()
{
    const Result r = runExe({QStringLiteral("run"), QStringLiteral("race"), QStringLiteral("--no-lock"),
                             QStringLiteral("--trials"), QStringLiteral("200"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = parseObject(r.out);
    QCOMPARE(o.value(QStringLiteral("trials")).toInt(), 200);
    const QJsonArray histogram = o.value(QStringLiteral("results")).toObject().value(QStringLiteral("histogram")).toArray();
    QVERIFY(!histogram.isEmpty());
    int total = 0;
    for (const QJsonValue &row : histogram)
        total += row.toObject().value(QStringLiteral("count")).toInt();
    QCOMPARE(total, 200);
}

void TestCli::deadlockIsDetectedAndExitsZero()
{
    const Result r = runExe({QStringLiteral("run"), QStringLiteral("deadlock"), QStringLiteral("--variant"),
                             QStringLiteral("naive"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    // The run itself, not the process around it: detected about as soon as the cycle closes.
    const double wallMs = parseObject(r.out).value(QStringLiteral("wall_ms")).toDouble();
    QVERIFY2(wallMs > 0 && wallMs < quickMs(1000), qPrintable(QString::number(wallMs)));
    const QJsonObject results = parseObject(r.out).value(QStringLiteral("results")).toObject();
    QCOMPARE(results.value(QStringLiteral("deadlock_detected")).toBool(), true);
    QCOMPARE(results.value(QStringLiteral("cycle")).toArray().size(), 2);
    const Result ordered = runExe({QStringLiteral("run"), QStringLiteral("deadlock"), QStringLiteral("--variant"),
                                   QStringLiteral("ordered"), QStringLiteral("--json")});
    QCOMPARE(ordered.code, 0);
    QCOMPARE(parseObject(ordered.out).value(QStringLiteral("results")).toObject().value(QStringLiteral("completed")).toBool(),
             true);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
