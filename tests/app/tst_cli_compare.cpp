#include "runexe.h"
#include "timelinetheme.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using conlab::State;
using conlab::TimelineTheme;

using namespace conlab::test;

namespace {

QStringList compareArgs(const QString &scenario, const QStringList &extra)
{
    return QStringList{QStringLiteral("run"), scenario, QStringLiteral("--compare"), QStringLiteral("--unit-ms"),
                       QStringLiteral("20")} +
           extra;
}

// A stretch of picture rows between rows that are background from edge to edge.
struct Segment
{
    int top = 0;
    int bottom = 0; // inclusive
    int height() const { return bottom - top + 1; }
};

std::vector<Segment> segments(const QImage &image)
{
    const QRgb white = TimelineTheme::background().rgb();
    std::vector<Segment> out;
    bool inside = false;
    for (int y = 0; y < image.height(); ++y) {
        bool blank = true;
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width() && blank; ++x)
            blank = (line[x] & 0xffffff) == (white & 0xffffff);
        if (!blank && !inside)
            out.push_back({y, y});
        if (!blank)
            out.back().bottom = y;
        inside = !blank;
    }
    return out;
}

int countColor(const QImage &image, const Segment &s, const QColor &color, int maxX = -1)
{
    int n = 0;
    const int width = maxX < 0 ? image.width() : qMin(maxX, image.width());
    for (int y = s.top; y <= s.bottom; ++y) {
        for (int x = 0; x < width; ++x)
            n += (image.pixel(x, y) & 0xffffff) == (color.rgb() & 0xffffff) ? 1 : 0;
    }
    return n;
}

int countDark(const QImage &image, const Segment &s, int maxX)
{
    int n = 0;
    for (int y = s.top; y <= s.bottom; ++y) {
        for (int x = 0; x < maxX; ++x)
            n += qGray(image.pixel(x, y)) < 110 ? 1 : 0;
    }
    return n;
}

// Separate bands of rows that hold a lane's boxes of `color` (at least `minRun` pixels across).
int laneBands(const QImage &image, const Segment &s, const QColor &color)
{
    int bands = 0;
    bool inBand = false;
    for (int y = s.top; y <= s.bottom; ++y) {
        int run = 0;
        for (int x = 0; x < image.width(); ++x)
            run += (image.pixel(x, y) & 0xffffff) == (color.rgb() & 0xffffff) ? 1 : 0;
        const bool hit = run > 200;
        bands += hit && !inBand ? 1 : 0;
        inBand = hit;
    }
    return bands;
}

} // namespace

class TestCliCompare : public QObject
{
    Q_OBJECT

private slots:
    void pictureHasBothRunsHeadingsAndLegend();
    void svgNamesBothRuns();
    void jsonAndExportCarryEveryVariant();
    void badCombinationsGiveOneLineAndExitTwo_data();
    void badCombinationsGiveOneLineAndExitTwo();
};

// What a class sees on the slide: a legend, then per variant a heading over its lanes.
void TestCliCompare::pictureHasBothRunsHeadingsAndLegend()
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("x.png"));
    const Result r = runExe(compareArgs(QStringLiteral("threads"), {QStringLiteral("--export"), png}));
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("== threads/sequential") && r.out.contains("== threads/parallel"));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1920, 1080));

    const QColor sleeping = TimelineTheme::stateColor(State::Sleeping);
    const std::vector<Segment> parts = segments(image);
    std::vector<size_t> blocks; // the timelines: tall, with lane boxes
    for (size_t i = 0; i < parts.size(); ++i) {
        if (parts[i].height() > 120 && countColor(image, parts[i], sleeping) > 2000)
            blocks.push_back(i);
    }
    QCOMPARE(blocks.size(), size_t(2));
    // Both runs lie in their own half-ish of the picture, one above the other.
    QVERIFY(parts[blocks[0]].bottom < parts[blocks[1]].top);
    // Sequential: the main lane sleeps; parallel: sing and dance sleep on lanes of their own.
    QCOMPARE(laneBands(image, parts[blocks[0]], sleeping), 1);
    QCOMPARE(laneBands(image, parts[blocks[1]], sleeping), 2);
    for (size_t b : blocks) {
        QVERIFY(b > 0);
        const Segment &heading = parts[b - 1];
        QVERIFY2(heading.height() >= 12 && heading.height() < 60, "a heading line right above each timeline");
        QVERIFY2(countDark(image, heading, 700) > 300, "the heading's text");
    }
    // One legend above the first run, with the Sleeping swatch.
    bool legend = false;
    for (size_t i = 0; i + 1 < blocks[0]; ++i)
        legend = legend || countColor(image, parts[i], sleeping) > 100;
    QVERIFY(legend);
}

void TestCliCompare::svgNamesBothRuns()
{
    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("x.svg"));
    QCOMPARE(runExe(compareArgs(QStringLiteral("processes"), {QStringLiteral("--export"), svg})).code, 0);
    QFile f(svg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains(">Sequential<") && text.contains(">Parallel<"));
    QVERIFY(text.contains("Sleeping"));
}

void TestCliCompare::jsonAndExportCarryEveryVariant()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("x.json"));
    const Result r =
        runExe(compareArgs(QStringLiteral("race"), {QStringLiteral("--json"), QStringLiteral("--export"), file}));
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("scenario")).toString(), QStringLiteral("race"));
    const QJsonArray runs = o.value(QStringLiteral("compare")).toArray();
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs[0].toObject().value(QStringLiteral("variant")).toString(), QStringLiteral("no-lock"));
    QCOMPARE(runs[1].toObject().value(QStringLiteral("variant")).toString(), QStringLiteral("lock"));
    QCOMPARE(
        runs[1].toObject().value(QStringLiteral("results")).toObject().value(QStringLiteral("final_balance")).toInt(),
        20);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll().trimmed(), r.out.trimmed());
}

void TestCliCompare::badCombinationsGiveOneLineAndExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    const QString c = QStringLiteral("--compare");
    QTest::newRow("variant") << QStringList{QStringLiteral("run"), QStringLiteral("threads"), c,
                                            QStringLiteral("--variant"), QStringLiteral("parallel")}
                             << QStringLiteral("--variant");
    QTest::newRow("lock") << QStringList{QStringLiteral("run"), QStringLiteral("race"), QStringLiteral("--lock"), c}
                          << QStringLiteral("--lock");
    QTest::newRow("trials") << QStringList{QStringLiteral("run"), QStringLiteral("race"), c, QStringLiteral("--trials"),
                                           QStringLiteral("5")}
                            << QStringLiteral("--trials");
    QTest::newRow("sweep") << QStringList{QStringLiteral("run"), QStringLiteral("cpu-bound"), QStringLiteral("--sweep"),
                                          c}
                           << QStringLiteral("--sweep");
    QTest::newRow("schedule") << QStringList{QStringLiteral("run"), QStringLiteral("race"), c,
                                             QStringLiteral("--schedule"), QStringLiteral("1,2")}
                              << QStringLiteral("--schedule");
    QTest::newRow("value") << QStringList{QStringLiteral("run"), QStringLiteral("threads"),
                                          QStringLiteral("--compare=yes")}
                           << QStringLiteral("takes no value");
    QTest::newRow("export type") << QStringList{QStringLiteral("run"), QStringLiteral("threads"), c,
                                                QStringLiteral("--export"), QStringLiteral("x.bmp")}
                                 << QStringLiteral(".png, .svg or .json");
}

void TestCliCompare::badCombinationsGiveOneLineAndExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("never.png"));
    if (!args.contains(QStringLiteral("--export")))
        args << QStringLiteral("--export") << png;
    const Result r = runExe(args);
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.count(QLatin1Char('\n')) == 1 && err.contains(says), qPrintable(err));
    QVERIFY(!QFile::exists(png));
}

QTEST_GUILESS_MAIN(TestCliCompare)
#include "tst_cli_compare.moc"
