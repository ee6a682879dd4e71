#include "runexe.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace conlab::test;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(CONLAB_SOURCE_DIR "/tests/data/traces/") + name;
}

} // namespace

// `open` reads the file before any window: a file that does not open is one line on stderr
// and exit code 2, whatever the display.
class TestOpen : public QObject
{
    Q_OBJECT

private:
    // Runs save what they make (the crawler's pages) under the system's temporary folder: this
    // test's own, set for it and the program it starts, removed when the test ends.
    QTemporaryDir m_temp;

private slots:
    void initTestCase()
    {
        QVERIFY(m_temp.isValid());
        qputenv("TMPDIR", QFile::encodeName(m_temp.path()));
    }

    void badFileGivesOneLineAndExitTwo_data();
    void badFileGivesOneLineAndExitTwo();
    void goodFileIsReadBeforeTheDisplayIsNeeded();
    void goodFileWithADisplayKeepsTheWindowOpen();
};

void TestOpen::badFileGivesOneLineAndExitTwo_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("truncated") << dataPath(QStringLiteral("malformed/truncated-object.json"))
                               << QStringLiteral("truncated");
    QTest::newRow("wrong type") << dataPath(QStringLiteral("malformed/wrong-type-ts.json"))
                                << QStringLiteral("event 1 at byte 47: ts is not a number");
    QTest::newRow("not JSON") << dataPath(QStringLiteral("malformed/not-json.json"))
                              << QStringLiteral("not JSON at byte 0");
    QTest::newRow("0 bytes") << dataPath(QStringLiteral("malformed/zero-bytes.json")) << QStringLiteral("empty");
    QTest::newRow("unbalanced") << dataPath(QStringLiteral("malformed/unbalanced-e.json"))
                                << QStringLiteral("E with no open B");
    QTest::newRow("missing") << dataPath(QStringLiteral("no-such-file.json")) << QStringLiteral("no-such-file.json");
}

void TestOpen::badFileGivesOneLineAndExitTwo()
{
    QFETCH(QString, file);
    QFETCH(QString, mentions);
    for (bool display : {true, false}) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        if (display)
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        else
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        const Result r = runExe({QStringLiteral("open"), file}, env);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.endsWith(QLatin1Char('\n')) && err.count(QLatin1Char('\n')) == 1, qPrintable(err));
        QVERIFY2(err.startsWith(QStringLiteral("concurrency-lab: cannot open %1: ").arg(file)), qPrintable(err));
        QVERIFY2(err.contains(mentions), qPrintable(err));
    }
}

// With no display at all, a good file gets as far as the display check: it was read and found
// sound first. (With a display the window would open and wait for the user.)
void TestOpen::goodFileIsReadBeforeTheDisplayIsNeeded()
{
    QTemporaryDir dir;
    const QString saved = dir.filePath(QStringLiteral("run.json"));
    QCOMPARE(runExe({QStringLiteral("run"), QStringLiteral("threads"), QStringLiteral("--unit-ms"), QStringLiteral("5"),
                     QStringLiteral("--export"), saved})
                 .code,
             0);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    for (const QString &file :
         {saved, dataPath(QStringLiteral("foreign.json")), dataPath(QStringLiteral("opens/cut-array.json"))}) {
        const Result r = runExe({QStringLiteral("open"), file}, env);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("no display") && !r.err.contains("cannot open"), r.err.constData());
    }
}

// With a display the window opens with the run and stays until the user closes it (what it
// shows is checked in tests/ui/tst_compareopen, through the same entry point). The old module
// refused at once with exit code 2; now the process is still there a few seconds on.
void TestOpen::goodFileWithADisplayKeepsTheWindowOpen()
{
    QTemporaryDir dir;
    const QString saved = dir.filePath(QStringLiteral("run.json"));
    QCOMPARE(runExe({QStringLiteral("run"), QStringLiteral("threads"), QStringLiteral("--unit-ms"), QStringLiteral("5"),
                     QStringLiteral("--export"), saved})
                 .code,
             0);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CONLAB_EXE), {QStringLiteral("open"), saved});
    QVERIFY(p.waitForStarted());
    const bool ended = p.waitForFinished(3000);
    const QByteArray err = p.readAllStandardError();
    if (!ended) {
        p.terminate();
        p.waitForFinished();
    }
    QVERIFY2(!ended, err.constData());
    QVERIFY2(!err.contains("cannot open"), err.constData());
}

QTEST_GUILESS_MAIN(TestOpen)
#include "tst_open.moc"
