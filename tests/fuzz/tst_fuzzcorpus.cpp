#include "fuzztargets.h"

#include <QDir>
#include <QTest>

// Every input the fuzzers kept (tests/data/fuzz/<target>/), crashers they found included, run
// through the same entry points in this build: a plain, ASan or TSan build replays what a
// clang libFuzzer build found, without needing clang.
class TestFuzzCorpus : public QObject
{
    Q_OBJECT

private slots:
    void replay_data();
    void replay();
};

void TestFuzzCorpus::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("worker-line") << QStringLiteral("worker-line");
    QTest::newRow("trace-reader") << QStringLiteral("trace-reader");
    QTest::newRow("site-request") << QStringLiteral("site-request");
}

void TestFuzzCorpus::replay()
{
    QFETCH(QString, target);
    const QDir dir(QStringLiteral(CONLAB_SOURCE_DIR "/tests/data/fuzz/") + target);
    const QStringList files = dir.entryList(QDir::Files);
    QVERIFY2(files.size() >= 10, qPrintable(QStringLiteral("%1 holds only %2 inputs").arg(dir.path()).arg(files.size())));
    auto entry = target == QLatin1String("worker-line")    ? conlab::fuzz::workerLine
                 : target == QLatin1String("trace-reader") ? conlab::fuzz::traceReader
                                                           : conlab::fuzz::siteRequest;
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(name));
        const QByteArray bytes = f.readAll();
        // An input that once crashed aborts the test here, naming nothing: run it alone with
        // the fuzz executable to see where.
        QCOMPARE(entry(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size())), 0);
    }
    qInfo("%s: %lld inputs replayed", qPrintable(target), qlonglong(files.size()));
}

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
