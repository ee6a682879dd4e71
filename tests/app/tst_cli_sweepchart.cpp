#include "../ui/synthetictrace.h"

#include "picturepainter.h"
#include "runexe.h"
#include "speeduppicture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace conlab;
using namespace synthetic;

using namespace conlab::test;

namespace {

// The figures the program printed, as the summary it drew its chart from.
SweepSummary fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    SweepSummary s;
    s.scenario = o.value(QStringLiteral("scenario")).toString();
    s.variant = o.value(QStringLiteral("variant")).toString();
    s.parameters = o.value(QStringLiteral("parameters")).toObject().toVariantMap();
    s.cores = o.value(QStringLiteral("cores")).toInt();
    s.maxWorkers = o.value(QStringLiteral("max_workers")).toInt();
    for (const QJsonValue &v : o.value(QStringLiteral("points")).toArray()) {
        const QJsonObject p = v.toObject();
        SweepPoint pt;
        pt.workers = p.value(QStringLiteral("workers")).toInt();
        pt.wallNs = qint64(p.value(QStringLiteral("wall_ms")).toDouble() * 1e6);
        pt.speedup = p.value(QStringLiteral("speedup")).toDouble();
        pt.ideal = p.value(QStringLiteral("ideal")).toDouble();
        pt.cpuMs = p.value(QStringLiteral("cpu_ms")).toDouble(-1);
        s.points.push_back(pt);
    }
    return s;
}

} // namespace

// `run cpu-bound --sweep --export FILE.png`: the speed-up chart, drawn by the program itself.
class TestCliSweepChart : public QObject
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

    void pngShowsTheIdealLineThePointsAndTheCores()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sweep.png"));
        const Result r = runExe({QStringLiteral("run"), QStringLiteral("cpu-bound"), QStringLiteral("--sweep"),
                                 QStringLiteral("--amount"), QStringLiteral("4"), QStringLiteral("--workers"),
                                 QStringLiteral("3"), QStringLiteral("--json"), QStringLiteral("--export"), path});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.trimmed().isEmpty() || !r.err.contains("concurrency-lab:"), r.err.constData());
        const QImage image(path);
        QCOMPARE(image.size(), QSize(1920, 1080));
        const SweepSummary s = fromJson(r.out);
        QCOMPARE(int(s.points.size()), 3);
        const SpeedupPicture picture(s, PicturePainter::logicalSize(image.size()));
        // A dot at every measured point.
        for (const SweepPoint &p : s.points) {
            const QPoint at = picture.pointAt(p.workers, p.speedup).toPoint();
            QVERIFY2(colorNear(image, at, SpeedupPicture::measuredColor(), 1),
                     qPrintable(QStringLiteral("point %1 at %2,%3").arg(p.workers).arg(at.x()).arg(at.y())));
        }
        // The ideal line from 1 worker to 2, dashed: most of the way it is there.
        int onLine = 0;
        const QPointF a = picture.pointAt(1, picture.idealAt(1)), b = picture.pointAt(2, picture.idealAt(2));
        for (int i = 4; i < 36; ++i) {
            const QPointF at = a + (b - a) * (i / 40.0);
            onLine += colorNear(image, at.toPoint(), SpeedupPicture::idealColor(), 2, 12) ? 1 : 0;
        }
        QVERIFY2(onLine >= 12, qPrintable(QString::number(onLine)));
        // The machine's cores, marked where the ideal stops rising.
        if (s.cores <= 3) {
            const int x = qRound(picture.pointAt(s.cores, 0).x());
            const QRect column(x - 2, int(picture.chartRect().top()), 5, int(picture.chartRect().height()));
            QVERIFY(countColor(image, column, SpeedupPicture::coresColor(), 12) > 40);
        }
        // A title of real text above the chart.
        QVERIFY(countDark(image, QRect(0, 0, 1920, int(picture.chartRect().top()) - 40)) > 2000);
    }

    void svgIsWrittenToo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sweep.svg"));
        const Result r = runExe({QStringLiteral("run"), QStringLiteral("cpu-bound"), QStringLiteral("--sweep"),
                                 QStringLiteral("--amount"), QStringLiteral("2"), QStringLiteral("--workers"),
                                 QStringLiteral("2"), QStringLiteral("--export"), path});
        QCOMPARE(r.code, 0);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray svg = f.readAll();
        QVERIFY(svg.startsWith("<?xml") || svg.contains("<svg"));
        QVERIFY(svg.contains("Speed-up against workers"));
    }

    void badChartRequestsAreRefused_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not a picture") << QStringList{QStringLiteral("--export"), QStringLiteral("sweep.bmp")}
                                       << QStringLiteral("--export");
        QTest::newRow("tiny picture") << QStringList{QStringLiteral("--export"), QStringLiteral("sweep.png"),
                                                     QStringLiteral("--size"), QStringLiteral("10x10")}
                                      << QStringLiteral("--size");
    }

    void badChartRequestsAreRefused()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(QStringLiteral(CONLAB_EXE), QStringList{QStringLiteral("run"), QStringLiteral("cpu-bound"),
                                                        QStringLiteral("--sweep"), QStringLiteral("--amount"),
                                                        QStringLiteral("2")} + extra);
        QVERIFY(p.waitForFinished(60'000));
        QCOMPARE(p.exitCode(), 2);
        const QByteArray err = p.readAllStandardError().trimmed();
        QVERIFY2(QString::fromUtf8(err).contains(mentions), err.constData());
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }
};

QTEST_MAIN(TestCliSweepChart)
#include "tst_cli_sweepchart.moc"
