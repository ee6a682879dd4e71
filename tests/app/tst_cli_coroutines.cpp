#include "runexe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

// The coroutines scenario from the command line: the figures a teacher quotes come out of
// `run coroutines … --json`.
class TestCliCoroutines : public QObject
{
    Q_OBJECT

private slots:
    void tenThousandCoroutinesReportOneThread();
    void threadsReportTheSameFigures();
    void tooManyThreadsEndInOneClearLine();
    void listShowsTheParameters();
};

using namespace conlab::test;

namespace {

QJsonObject runJson(const QString &variant, int tasks)
{
    const Result r = runExe({QStringLiteral("run"), QStringLiteral("coroutines"), QStringLiteral("--variant"), variant,
                             QStringLiteral("--tasks"), QString::number(tasks), QStringLiteral("--unit-ms"),
                             QStringLiteral("30"), QStringLiteral("--json")});
    if (r.code != 0)
        qWarning("exit %d: %s", r.code, r.err.constData());
    return QJsonDocument::fromJson(r.out).object();
}

// Per-task memory and time, as both variants report them.
void checkFigures(const QJsonObject &results, int tasks)
{
    QCOMPARE(results.value(QStringLiteral("tasks_done")).toInt(), tasks);
    QCOMPARE(results.value(QStringLiteral("measured_tasks")).toInt(), tasks);
    QVERIFY(results.value(QStringLiteral("measured_wall_ms")).toDouble() >= 3 * 30);
    QVERIFY(results.value(QStringLiteral("create_us_per_task")).toDouble() > 0);
    QVERIFY(results.value(QStringLiteral("peak_rss_per_task_bytes")).toDouble() > 0);
    QVERIFY(results.contains(QStringLiteral("heap_per_task_bytes")));
}

} // namespace

void TestCliCoroutines::tenThousandCoroutinesReportOneThread()
{
    const QJsonObject o = runJson(QStringLiteral("coroutines"), 10000);
    QCOMPARE(o.value(QStringLiteral("scenario")).toString(), QStringLiteral("coroutines"));
    QVERIFY(o.value(QStringLiteral("wall_ms")).toDouble() >= 3 * 30);
    const QJsonObject results = o.value(QStringLiteral("results")).toObject();
    const QJsonArray tids = results.value(QStringLiteral("thread_ids")).toArray();
    QCOMPARE(tids.size(), 1);
    QCOMPARE(results.value(QStringLiteral("distinct_threads")).toInt(), 1);
    QCOMPARE(results.value(QStringLiteral("measured_threads")).toInt(), 1);
    QCOMPARE(results.value(QStringLiteral("frames_alive")).toInt(), 0);
    QVERIFY(results.value(QStringLiteral("frame_bytes_per_coroutine")).toDouble() > 0);
    checkFigures(results, 10000);
    // The event loop lane is the one thread every task ran on.
    bool sawLoop = false;
    for (const QJsonValue &lane : o.value(QStringLiteral("lanes")).toArray()) {
        if (lane[QStringLiteral("kind")].toString() == QLatin1String("EventLoop")) {
            sawLoop = true;
            QCOMPARE(lane[QStringLiteral("tid")].toInteger(), tids.at(0).toInteger());
        }
    }
    QVERIFY(sawLoop);
}

void TestCliCoroutines::threadsReportTheSameFigures()
{
    const int tasks = 400;
    const QJsonObject results = runJson(QStringLiteral("threads"), tasks).value(QStringLiteral("results")).toObject();
    QCOMPARE(results.value(QStringLiteral("distinct_threads")).toInt(), tasks);
    QCOMPARE(results.value(QStringLiteral("measured_threads")).toInt(), tasks);
    QVERIFY(results.value(QStringLiteral("stack_reserved_per_thread_bytes")).toDouble() >= 64 * 1024);
    QVERIFY(results.value(QStringLiteral("thread_limit")).toInt() >= 1);
    checkFigures(results, tasks);
}

void TestCliCoroutines::tooManyThreadsEndInOneClearLine()
{
    const Result r = runExe({QStringLiteral("run"), QStringLiteral("coroutines"), QStringLiteral("--variant"),
                             QStringLiteral("threads"), QStringLiteral("--tasks"), QStringLiteral("100000")});
    QCOMPARE(r.code, 1);
    QList<QByteArray> refusal;
    for (const QByteArray &line : r.out.split('\n')) {
        if (line.contains("threads asked"))
            refusal << line;
    }
    QCOMPARE(refusal.size(), 2); // printed, then under the results as `refused`
    QVERIFY(refusal[0].contains("100000 threads asked"));
    QVERIFY(refusal[0].contains("RLIMIT_NPROC"));
    QVERIFY(refusal[0].contains("coroutines variant"));
}

void TestCliCoroutines::listShowsTheParameters()
{
    const Result r = runExe({QStringLiteral("--list")});
    QCOMPARE(r.code, 0);
    const qsizetype at = r.out.indexOf("\ncoroutines ");
    QVERIFY(at >= 0);
    QVERIFY(r.out.indexOf("race") < at); // the tutorial's chapter order
    const QByteArray rest = r.out.mid(at);
    QVERIFY(rest.contains("--tasks"));
    QVERIFY(rest.contains("--awaits"));
    QVERIFY(rest.contains("measure"));
}

QTEST_GUILESS_MAIN(TestCliCoroutines)
#include "tst_cli_coroutines.moc"
