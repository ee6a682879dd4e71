#include "runexe.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#include <csignal>

using namespace conlab::test;

// Faults the program meets outside itself, from the command line.
class TestCliFaults : public QObject
{
    Q_OBJECT

private slots:
    void fullDiskLeavesTheOldFileWhole_data();
    void fullDiskLeavesTheOldFileWhole();
    void exportThroughAFileIsRefused();
    void fullDiskFailsTheCrawlersPagesWhole();
    void crawlerOutputFolderThroughAFile();
};

void TestCliFaults::fullDiskLeavesTheOldFileWhole_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("trace") << QStringLiteral("run.json");
    QTest::newRow("picture") << QStringLiteral("run.png");
    QTest::newRow("svg") << QStringLiteral("run.svg");
}

// A disk that fills up during an export: simulated with a file-size limit on the program (and
// SIGXFSZ ignored, so a write past it fails with EFBIG instead of killing the process). The
// export fails with a message; the file that was there before is untouched and no half-written
// file is left beside it.
void TestCliFaults::fullDiskLeavesTheOldFileWhole()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(name);
    const QByteArray before("the previous export, which must survive\n");
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(before);
    }
    QProcess p;
    p.setChildProcessModifier([] {
        const rlimit limit{2048, 2048}; // bytes: less than any export of a run
        setrlimit(RLIMIT_FSIZE, &limit);
        std::signal(SIGXFSZ, SIG_IGN);
    });
    p.start(QStringLiteral(CONLAB_EXE), {QStringLiteral("run"), QStringLiteral("threads"), QStringLiteral("--unit-ms"),
                                         QStringLiteral("5"), QStringLiteral("--export"), path});
    QVERIFY(p.waitForFinished(60'000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 1);
    const QByteArray err = p.readAllStandardError().trimmed();
    QVERIFY2(err.contains("cannot write") && err.contains(name.toUtf8()), err.constData());
    QFile old(path);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{name});
}

void TestCliFaults::exportThroughAFileIsRefused()
{
    // A path through a regular file (ENOTDIR): a folder that cannot exist. Refused before the
    // run, even as root.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plain"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const Result r = runExe({QStringLiteral("run"), QStringLiteral("threads"), QStringLiteral("--export"),
                             file + QStringLiteral("/run.png")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("does not exist"), r.err.constData());
}

// The crawler saving its pages onto a full disk: every page ends Failed with the reason, the run
// says so and exits 1, and no cut JSON file is left in the folder.
void TestCliFaults::fullDiskFailsTheCrawlersPagesWhole()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess p;
    p.setChildProcessModifier([] {
        const rlimit limit{1024, 1024}; // a page's JSON is several kilobytes
        setrlimit(RLIMIT_FSIZE, &limit);
        std::signal(SIGXFSZ, SIG_IGN);
    });
    p.start(QStringLiteral(CONLAB_EXE), {QStringLiteral("run"), QStringLiteral("crawler"), QStringLiteral("--variant"),
                                         QStringLiteral("threads"), QStringLiteral("--unit-ms"), QStringLiteral("5"),
                                         QStringLiteral("--out"), dir.path()});
    QVERIFY(p.waitForFinished(60'000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 1);
    const QByteArray out = p.readAllStandardOutput();
    QVERIFY2(out.contains("cannot write") && out.contains("run-1.json"), out.constData());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

// --out naming a folder that cannot be: a path through a regular file (ENOTDIR, which stops
// root too). The run says so, in one place a user reads, and exits 1; nothing is written.
void TestCliFaults::crawlerOutputFolderThroughAFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plain"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const Result r = runExe({QStringLiteral("run"), QStringLiteral("crawler"), QStringLiteral("--variant"),
                             QStringLiteral("sequential"), QStringLiteral("--unit-ms"), QStringLiteral("5"),
                             QStringLiteral("--out"), file + QStringLiteral("/pages")});
    QCOMPARE(r.code, 1);
    const QByteArray said = r.out + r.err;
    QVERIFY2(said.contains("cannot create the folder"), said.constData());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{QStringLiteral("plain")});
}

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_cli_faults.moc"
