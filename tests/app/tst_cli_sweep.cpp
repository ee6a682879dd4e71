#include "runexe.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace conlab::test;

namespace {

QStringList sweepArgs(const QStringList &extra)
{
    return QStringList{QStringLiteral("run"), QStringLiteral("cpu-bound"), QStringLiteral("--sweep"),
                       QStringLiteral("--amount"), QStringLiteral("4")} +
           extra;
}

} // namespace

// `run ID --sweep`: speed-up against workers from the command line.
class TestCliSweep : public QObject
{
    Q_OBJECT

private slots:
    void plainSweepPrintsOneRowPerWorkerCount();
    void jsonAndExportCarryTheSameFigures();
    void defaultGoesToTwiceTheCores();
    void badSweepsGiveOneLineAndExitTwo_data();
    void badSweepsGiveOneLineAndExitTwo();
};

void TestCliSweep::plainSweepPrintsOneRowPerWorkerCount()
{
    const Result r = runExe(sweepArgs({QStringLiteral("--workers"), QStringLiteral("3")}));
    QCOMPARE(r.code, 0);
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2 + 3); // title, column heads, one row per worker count
    QVERIFY2(lines[0].contains(QLatin1String("cpu-bound/threads")) && lines[0].contains(QLatin1String("cores")),
             qPrintable(lines[0]));
    QVERIFY(lines[1].contains(QLatin1String("speed-up")));
    for (int w = 1; w <= 3; ++w) {
        const QStringList cells = lines[1 + w].simplified().split(QLatin1Char(' '));
        QCOMPARE(cells.size(), 5);
        QCOMPARE(cells[0].toInt(), w);
        QVERIFY(cells[1].toDouble() > 0);
    }
    QCOMPARE(lines[2].simplified().split(QLatin1Char(' '))[2], QStringLiteral("1.00"));
}

void TestCliSweep::jsonAndExportCarryTheSameFigures()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sweep.json"));
    const Result r =
        runExe(sweepArgs({QStringLiteral("--variant"), QStringLiteral("threads-gil"), QStringLiteral("--workers"),
                          QStringLiteral("2"), QStringLiteral("--json"), QStringLiteral("--export"), path}));
    QCOMPARE(r.code, 0);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll().trimmed(), r.out.trimmed());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("scenario")).toString(), QStringLiteral("cpu-bound"));
    QCOMPARE(o.value(QStringLiteral("variant")).toString(), QStringLiteral("threads-gil"));
    QCOMPARE(o.value(QStringLiteral("mode")).toString(), QStringLiteral("sweep"));
    QVERIFY(o.value(QStringLiteral("cores")).toInt() >= 1);
    QCOMPARE(o.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("amount")).toInt(), 4);
    const QJsonArray points = o.value(QStringLiteral("points")).toArray();
    QCOMPARE(points.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const QJsonObject p = points[i].toObject();
        QCOMPARE(p.value(QStringLiteral("workers")).toInt(), i + 1);
        QVERIFY(p.value(QStringLiteral("wall_ms")).toDouble() > 0);
        QVERIFY(p.value(QStringLiteral("cpu_ms")).toDouble() > 0);
        QVERIFY(p.contains(QStringLiteral("speedup")) && p.contains(QStringLiteral("ideal")));
    }
    QCOMPARE(points[0].toObject().value(QStringLiteral("speedup")).toDouble(), 1.0);
}

void TestCliSweep::defaultGoesToTwiceTheCores()
{
    const Result r = runExe(sweepArgs({QStringLiteral("--json")}));
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const int cores = o.value(QStringLiteral("cores")).toInt();
    QCOMPARE(o.value(QStringLiteral("max_workers")).toInt(), 2 * cores);
    QCOMPARE(o.value(QStringLiteral("points")).toArray().size(), 2 * cores);
}

void TestCliSweep::badSweepsGiveOneLineAndExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    auto row = [](const char *name, QStringList args, const char *mentions) {
        QTest::newRow(name) << args << QString::fromUtf8(mentions);
    };
    row("not a picture or figures", sweepArgs({QStringLiteral("--export"), QStringLiteral("sweep.txt")}), "--export");
    row("scenario without workers", {QStringLiteral("run"), QStringLiteral("threads"), QStringLiteral("--sweep")},
        "threads");
    row("workers from two", {QStringLiteral("run"), QStringLiteral("race"), QStringLiteral("--sweep")}, "race");
    row("with trials", sweepArgs({QStringLiteral("--trials"), QStringLiteral("3")}), "--trials");
    row("sweep with a value", {QStringLiteral("run"), QStringLiteral("cpu-bound"), QStringLiteral("--sweep=4")},
        "--sweep");
    row("workers beyond the table", sweepArgs({QStringLiteral("--workers"), QStringLiteral("1000")}), "--workers");
}

void TestCliSweep::badSweepsGiveOneLineAndExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const QString before = QDir::currentPath();
    const auto restore = qScopeGuard([&] { QDir::setCurrent(before); });
    QVERIFY(QDir::setCurrent(dir.path())); // relative export paths land here, if anywhere
    const Result r = runExe(args);
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    const QByteArray err = r.err.trimmed();
    QVERIFY2(!err.isEmpty() && !err.contains('\n'), err.constData());
    QVERIFY2(QString::fromUtf8(err).contains(mentions), err.constData());
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

QTEST_GUILESS_MAIN(TestCliSweep)
#include "tst_cli_sweep.moc"
