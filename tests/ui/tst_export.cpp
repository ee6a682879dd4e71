#include "synthetictrace.h"

#include "exporter.h"
#include "picturepainter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>

using namespace conlab;
using namespace synthetic;

class TestExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The checks a picture must pass whichever way it was made.
    static void checkPicture(const Trace &trace, const QImage &image, int tolerance)
    {
        const PicturePainter picture(trace, PicturePainter::logicalSize(image.size()));
        const qreal k = image.width() / PicturePainter::logicalSize(image.size()).width();
        auto device = [k](QPointF p) { return QPoint(int(p.x() * k), int(p.y() * k)); };
        const TimelineLayout &layout = picture.layout();
        const QRectF bar = layout.barRect(*layout.laneRow(0));
        for (int s = 0; s < StateCount; ++s) {
            const QPoint at = device(QPointF(layout.x(s * kSpan) + 4, bar.top() + 3));
            QVERIFY2(colorNear(image, at, TimelineTheme::stateColor(State(s)), 1, tolerance), stateName(State(s)));
        }
        const QRectF worker = layout.barRect(*layout.laneRow(1));
        QVERIFY(colorNear(image, device(QPointF(layout.x(kBlipStart), worker.center().y())),
                          TimelineTheme::stateColor(State::Running), 2, tolerance));
        const QRectF title = picture.titleRect();
        QVERIFY(countDark(image, QRect(device(title.topLeft()), device(title.bottomRight()))) > 1500 * k * k);
        const QRectF legend = picture.legendRect();
        QVERIFY(countColor(image, QRect(device(legend.topLeft()), device(legend.bottomRight())),
                           TimelineTheme::stateColor(State::WaitingLock), tolerance) > 30 * k * k);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void pngHasTheRequestedSize_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("default") << QSize(1920, 1080);
        QTest::newRow("small") << QSize(640, 360);
        QTest::newRow("4k") << QSize(3840, 2160);
        QTest::newRow("tall") << QSize(1000, 1400);
    }

    void pngHasTheRequestedSize()
    {
        QFETCH(QSize, size);
        const Trace trace = make();
        const QString file = path(QStringLiteral("t.png"));
        QCOMPARE(Exporter::exportTo(trace, file, size), QString());
        const QImage image(file);
        QCOMPARE(image.size(), size);
        checkPicture(trace, image, 0);
    }

    void largestPngIs8k()
    {
        const Trace trace = make();
        QCOMPARE(Exporter::exportTo(trace, path(QStringLiteral("8k.png")), Exporter::kMaxSize), QString());
        QCOMPARE(QImage(path(QStringLiteral("8k.png"))).size(), QSize(7680, 4320));
        QVERIFY(!Exporter::exportTo(trace, path(QStringLiteral("9k.png")), QSize(7681, 4320)).isEmpty());
    }

    void svgRendersBackTheSame()
    {
        const Trace trace = make();
        const QString file = path(QStringLiteral("t.svg"));
        QCOMPARE(Exporter::exportTo(trace, file, QSize(1920, 1080)), QString());
        QSvgRenderer renderer(file);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.defaultSize(), QSize(1920, 1080));
        QImage image(1920, 1080, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        renderer.render(&p);
        p.end();
        checkPicture(trace, image, 8);
    }

    void visibleRangeOnly()
    {
        const Trace trace = make();
        PictureOptions options;
        options.from = 500 * kMs;
        options.to = 700 * kMs;
        const QImage image = Exporter::renderImage(trace, QSize(1920, 1080), options);
        const PicturePainter picture(trace, QSizeF(1920, 1080), options);
        const TimelineLayout &layout = picture.layout();
        QCOMPARE(layout.from(), 500 * kMs);
        const QRectF bar = layout.barRect(*layout.laneRow(0));
        // 500–600 ms is WaitingJoin, 600–700 ms WaitingFuture: each half of the plot.
        QVERIFY(colorNear(image, QPoint(int(layout.plotRect().left()) + 10, int(bar.top()) + 3),
                          TimelineTheme::stateColor(State::WaitingJoin), 0, 0));
        QVERIFY(colorNear(image, QPoint(int(layout.plotRect().right()) - 10, int(bar.top()) + 3),
                          TimelineTheme::stateColor(State::WaitingFuture), 0, 0));
    }

    void jsonParsesWithEveryLane()
    {
        const Trace trace = make();
        const QString file = path(QStringLiteral("t.json"));
        QCOMPARE(Exporter::exportTo(trace, file), QString());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray events = doc.object().value(QStringLiteral("traceEvents")).toArray();
        for (const Lane &lane : trace.lanes()) {
            bool named = false, span = false;
            for (const QJsonValue &v : events) {
                const QJsonObject e = v.toObject();
                if (e.value(QStringLiteral("tid")).toInteger() != lane.tid)
                    continue;
                named |= e.value(QStringLiteral("ph")).toString() == QStringLiteral("M") &&
                         e.value(QStringLiteral("args")).toObject().value(QStringLiteral("name")).toString() == lane.name;
                span |= e.value(QStringLiteral("ph")).toString() == QStringLiteral("X");
            }
            QVERIFY2(named && span, qPrintable(lane.name));
        }
    }

    void unknownExtensionIsRefused()
    {
        QVERIFY(!Exporter::exportTo(make(), path(QStringLiteral("t.bmp"))).isEmpty());
        QVERIFY(!QFile::exists(path(QStringLiteral("t.bmp"))));
    }

    // The command line picks the offscreen platform itself when there is no display at all.
    void commandLineExportWithoutDisplay_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("size");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("png") << "cli.png" << "800x600" << QSize(800, 600);
        QTest::newRow("svg") << "cli.svg" << "1280x720" << QSize(1280, 720);
    }

    void commandLineExportWithoutDisplay()
    {
        QFETCH(QString, name);
        QFETCH(QString, size);
        QFETCH(QSize, expected);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CONLAB_EXE),
                {QStringLiteral("run"), QStringLiteral("threads"), QStringLiteral("--variant"), QStringLiteral("parallel"),
                 QStringLiteral("--unit-ms"), QStringLiteral("10"), QStringLiteral("--export"), path(name),
                 QStringLiteral("--size"), size});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAllStandardError().constData());
        if (name.endsWith(QLatin1String(".png"))) {
            QCOMPARE(QImage(path(name)).size(), expected);
        } else {
            QSvgRenderer svg(path(name));
            QVERIFY(svg.isValid());
            QCOMPARE(svg.defaultSize(), expected);
        }
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
