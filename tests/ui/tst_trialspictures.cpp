// Pictures of many runs: trials side by side and the gap sweep, from the window's exporter and
// from the command line.
#include "synthetictrace.h"

#include "exporter.h"
#include "experiments/gapsweep.h"
#include "sweeppicture.h"
#include "timelinetheme.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>

using namespace conlab;
using namespace synthetic;

namespace {

TrialsSummary summary(const QString &variant, QList<QList<qint64>> outcomes)
{
    TrialsSummary s;
    s.scenario = QStringLiteral("race");
    s.variant = variant;
    s.parameters = findScenario(QStringLiteral("race"))->defaults();
    for (const auto &o : outcomes) {
        s.histogram << QVariantMap{{QStringLiteral("final_balance"), o[0]},
                                   {QStringLiteral("withdrawals_ok"), o[1]},
                                   {QStringLiteral("count"), o[2]}};
        s.trials += int(o[2]);
    }
    s.totals.insert(QStringLiteral("stale_checks"), outcomes.size() > 1 ? 540 : 0);
    return s;
}

GapSweep sweep()
{
    GapSweep s;
    s.scenario = QStringLiteral("race");
    s.variant = QStringLiteral("no-lock");
    s.parameters = findScenario(QStringLiteral("race"))->defaults();
    s.keys = {QStringLiteral("final_balance"), QStringLiteral("withdrawals_ok")};
    for (qint64 gap : GapSweep::defaultGaps()) {
        GapSweep::Point p;
        p.gapUs = gap;
        p.trials = 100;
        const int wrong = int(qMin<qint64>(100, gap));
        p.counts = {{{20, 1}, 100 - wrong}, {{-60, 2}, wrong}};
        s.points.push_back(p);
    }
    return s;
}

} // namespace

class TestTrialsPictures : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariableIsSet("CONLAB_KEEP_PICTURES")) { // to look at them
            m_dir.setAutoRemove(false);
            qInfo() << "pictures in" << m_dir.path();
        }
    }

    void trialsPictureShowsBothVariants()
    {
        const QList<TrialsSummary> both{summary(QStringLiteral("no-lock"), {{-60, 2, 540}, {20, 1, 460}}),
                                        summary(QStringLiteral("lock"), {{20, 1, 1000}})};
        QCOMPARE(Exporter::exportTrials(both, path(QStringLiteral("trials.png"))), QString());
        const QImage image(path(QStringLiteral("trials.png")));
        QCOMPARE(image.size(), QSize(1920, 1080));
        const QRect left(0, 0, 960, 1080), right(960, 0, 960, 1080);
        QVERIFY(countColor(image, left, TimelineTheme::damage(), 0) > 2000);  // the -60 bar
        QVERIFY(countColor(image, right, TimelineTheme::damage(), 0) < 300); // its verdict's word only
        QVERIFY(countColor(image, left, TimelineTheme::correct(), 0) > 2000);
        QVERIFY(countColor(image, right, TimelineTheme::correct(), 0) > 4000); // all 1000 right
        QVERIFY(countDark(image, QRect(0, 0, 1920, 120)) > 3000);              // the title

        QCOMPARE(Exporter::exportTrials(both, path(QStringLiteral("trials.svg")), QSize(1280, 720)), QString());
        QSvgRenderer svg(path(QStringLiteral("trials.svg")));
        QVERIFY(svg.isValid());
        QCOMPARE(svg.defaultSize(), QSize(1280, 720));
        QVERIFY(!Exporter::exportTrials(both, path(QStringLiteral("trials.bmp"))).isEmpty());
    }

    void sweepPictureExplainsTheSwitchInterval()
    {
        const GapSweep s = sweep();
        const SweepPicture picture(s, QSizeF(1920, 1080));
        QVERIFY(picture.explanation().contains(QStringLiteral("sys.getswitchinterval()")));
        QCOMPARE(picture.halfWrongGap(), 50); // the first gap with at least half the runs wrong
        QCOMPARE(Exporter::exportSweep(s, path(QStringLiteral("sweep.png"))), QString());
        const QImage image(path(QStringLiteral("sweep.png")));
        QCOMPARE(image.size(), QSize(1920, 1080));
        QVERIFY(countColor(image, image.rect(), TimelineTheme::damage(), 0) > 300);
        QVERIFY(countColor(image, image.rect(), TimelineTheme::correct(), 0) > 300);
    }

    void commandLineDrawsTheTrials_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("png") << "cli-trials.png";
        QTest::newRow("json") << "cli-trials.json";
    }

    void commandLineDrawsTheTrials()
    {
        QFETCH(QString, name);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CONLAB_EXE), {QStringLiteral("run"), QStringLiteral("race"), QStringLiteral("--lock"),
                                             QStringLiteral("--trials"), QStringLiteral("50"), QStringLiteral("--export"),
                                             path(name), QStringLiteral("--size"), QStringLiteral("1280x720")});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAllStandardError().constData());
        if (name.endsWith(QLatin1String(".png"))) {
            const QImage image(path(name));
            QCOMPARE(image.size(), QSize(1280, 720));
            QVERIFY(countColor(image, image.rect(), TimelineTheme::correct(), 0) > 1000);
        } else {
            QFile f(path(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            QCOMPARE(o.value(QStringLiteral("trials")).toInt(), 50);
            QVERIFY(o.value(QStringLiteral("results")).toObject().contains(QStringLiteral("histogram")));
        }
    }
};

QTEST_MAIN(TestTrialsPictures)
#include "tst_trialspictures.moc"
