#include "runexe.h"
#include "scenarios/scenario.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace conlab;

// Every option of `run`, given a value it must refuse: missing, not a number, negative, huge,
// just outside its range, or in conflict with another. Each gets one line on stderr, nothing
// on stdout, exit code 2, and nothing written. The rows come from the scenarios' own
// parameter tables, so a new parameter is covered the day it is added.
class TestCliBadInput : public QObject
{
    Q_OBJECT

private slots:
    void refused_data();
    void refused();
    void oversizedTraceIsRefusedBeforeReading();
};

using namespace conlab::test;

namespace {

void row(const QString &name, const QStringList &args)
{
    QTest::newRow(qPrintable(name)) << args;
}

} // namespace

void TestCliBadInput::refused_data()
{
    QTest::addColumn<QStringList>("args");
    for (const Scenario *s : scenarios()) {
        const QString id = QLatin1String(s->info().id);
        const QStringList run{QStringLiteral("run"), id};
        for (const ParamSpec &p : s->info().params) {
            const QString flag = QStringLiteral("--") + QLatin1String(p.id);
            const QString at = id + QLatin1Char(' ') + flag;
            if (p.type == ParamSpec::Bool) {
                row(at + QStringLiteral("=value"), run + QStringList{flag + QStringLiteral("=yes")});
                row(at + QStringLiteral(" twice, both ways"),
                    run + QStringList{flag, QStringLiteral("--no-") + QLatin1String(p.id)});
                continue;
            }
            row(at + QStringLiteral(" missing"), run + QStringList{flag});
            row(at + QStringLiteral(" not a number"), run + QStringList{flag, QStringLiteral("many")});
            row(at + QStringLiteral(" with junk"), run + QStringList{flag + QStringLiteral("=12abc")});
            row(at + QStringLiteral(" fraction"), run + QStringList{flag, QStringLiteral("1.5")});
            row(at + QStringLiteral(" huge"), run + QStringList{flag, QStringLiteral("99999999999999999999999")});
            row(at + QStringLiteral(" below range"), run + QStringList{flag, QString::number(p.minimum - 1)});
            row(at + QStringLiteral(" above range"), run + QStringList{flag, QString::number(p.maximum + 1)});
            if (p.minimum >= 0)
                row(at + QStringLiteral(" negative"), run + QStringList{flag + QStringLiteral("=-1")});
        }
        row(id + QStringLiteral(" --variant missing"), run + QStringList{QStringLiteral("--variant")});
        row(id + QStringLiteral(" --variant unknown"), run + QStringList{QStringLiteral("--variant"), QStringLiteral("fastest")});
        if (s->info().variants.size() >= 2)
            row(id + QStringLiteral(" two variants"),
                run + QStringList{QStringLiteral("--variant"), QLatin1String(s->info().variants[0].id),
                                  QStringLiteral("--variant"), QLatin1String(s->info().variants[1].id)});
    }
    const QStringList race{QStringLiteral("run"), QStringLiteral("race")};
    const QStringList threads{QStringLiteral("run"), QStringLiteral("threads")};
    for (const QString &bad : {QString(), QStringLiteral("0"), QStringLiteral("-3"), QStringLiteral("lots"),
                               QStringLiteral("100001"), QStringLiteral("99999999999999999999")})
        row(QStringLiteral("--trials ") + (bad.isEmpty() ? QStringLiteral("missing") : bad),
            race + (bad.isEmpty() ? QStringList{QStringLiteral("--trials")} : QStringList{QStringLiteral("--trials"), bad}));
    for (const QString &bad : {QString(), QStringLiteral("0"), QStringLiteral("-1"), QStringLiteral("1,,2"),
                               QStringLiteral("a,b"), QStringLiteral("1,2,3"), QStringLiteral("65"), QStringLiteral("1;2")})
        row(QStringLiteral("--schedule ") + (bad.isEmpty() ? QStringLiteral("missing") : bad),
            race + (bad.isEmpty() ? QStringList{QStringLiteral("--schedule")} : QStringList{QStringLiteral("--schedule"), bad}));
    for (const QString &bad : {QString(), QStringLiteral("big"), QStringLiteral("1920x"), QStringLiteral("0x0"),
                               QStringLiteral("-1920x1080"), QStringLiteral("100x100"), QStringLiteral("99999x99999"),
                               QStringLiteral("1920x1080x3")})
        row(QStringLiteral("--size ") + (bad.isEmpty() ? QStringLiteral("missing") : bad),
            threads + (bad.isEmpty() ? QStringList{QStringLiteral("--size")} : QStringList{QStringLiteral("--size"), bad}));
    row(QStringLiteral("--export missing"), threads + QStringList{QStringLiteral("--export")});
    row(QStringLiteral("--export .txt"), threads + QStringList{QStringLiteral("--export"), QStringLiteral("out.txt")});
    row(QStringLiteral("--export into a missing folder"),
        threads + QStringList{QStringLiteral("--export"), QStringLiteral("/nonexistent-folder/out.png")});
    row(QStringLiteral("--export to a folder"), threads + QStringList{QStringLiteral("--export"), QStringLiteral("/tmp/")});
    row(QStringLiteral("--json with a value"), threads + QStringList{QStringLiteral("--json=1")});
    row(QStringLiteral("--lock and --no-lock"), race + QStringList{QStringLiteral("--lock"), QStringLiteral("--no-lock")});
    row(QStringLiteral("--lock without a lock"), threads + QStringList{QStringLiteral("--lock")});
    row(QStringLiteral("--schedule with --trials"),
        race + QStringList{QStringLiteral("--schedule"), QStringLiteral("1,2"), QStringLiteral("--trials"), QStringLiteral("5")});
    row(QStringLiteral("--schedule naming a lane the run lacks"),
        race + QStringList{QStringLiteral("--schedule"), QStringLiteral("1,3")});
    row(QStringLiteral("--sweep with --trials"),
        QStringList{QStringLiteral("run"), QStringLiteral("cpu-bound"), QStringLiteral("--sweep"), QStringLiteral("--trials"), QStringLiteral("3")});
    row(QStringLiteral("--sweep without workers"), threads + QStringList{QStringLiteral("--sweep")});
    row(QStringLiteral("--trials without outcomes"), threads + QStringList{QStringLiteral("--trials"), QStringLiteral("3")});
    row(QStringLiteral("unknown option"), threads + QStringList{QStringLiteral("--fast")});
    row(QStringLiteral("single dash"), threads + QStringList{QStringLiteral("-v")});
    row(QStringLiteral("stray word"), threads + QStringList{QStringLiteral("now")});
    row(QStringLiteral("run without a scenario"), {QStringLiteral("run")});
    row(QStringLiteral("unknown scenario"), {QStringLiteral("run"), QStringLiteral("teleport")});
    row(QStringLiteral("unknown command"), {QStringLiteral("walk")});
    row(QStringLiteral("open without a file"), {QStringLiteral("open")});
    row(QStringLiteral("open a missing file"), {QStringLiteral("open"), QStringLiteral("/nonexistent-folder/run.json")});
    row(QStringLiteral("open a folder"), {QStringLiteral("open"), QStringLiteral("/tmp")});
    row(QStringLiteral("open two files"), {QStringLiteral("open"), QStringLiteral("a.json"), QStringLiteral("b.json")});
    row(QStringLiteral("--list with an argument"), {QStringLiteral("--list"), QStringLiteral("race")});
    row(QStringLiteral("--version with an argument"), {QStringLiteral("--version"), QStringLiteral("2")});
}

void TestCliBadInput::refused()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A refused run writes nothing, even when it was asked to export.
    const QString exportPath = dir.filePath(QStringLiteral("never.json"));
    if (args.size() >= 2 && args[0] == QLatin1String("run") && !args.contains(QLatin1String("--export")))
        args << QStringLiteral("--export") << exportPath;
    const Result o = runExe(args);
    const QByteArray err = o.err.trimmed();
    QVERIFY2(o.code == 2, qPrintable(QStringLiteral("exit %1, stderr: %2").arg(o.code).arg(QString::fromUtf8(err))));
    QVERIFY2(o.out.isEmpty(), o.out.constData());
    QVERIFY2(!err.isEmpty() && !err.contains('\n'), err.constData());
    QVERIFY2(err.startsWith("concurrency-lab: "), err.constData());
    QVERIFY(!QFile::exists(exportPath));
}

void TestCliBadInput::oversizedTraceIsRefusedBeforeReading()
{
    // A sparse file: 1.1 GB long, no disk used. Reading it would take a second or more and the
    // memory; refusing it takes neither.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(qint64(1100) << 20));
    f.close();
    const Result o = runExe({QStringLiteral("open"), path});
    QCOMPARE(o.code, 2);
    QVERIFY2(o.err.contains("MB"), o.err.constData());
    QVERIFY(!o.err.trimmed().contains('\n'));
}

QTEST_GUILESS_MAIN(TestCliBadInput)
#include "tst_cli_badinput.moc"
