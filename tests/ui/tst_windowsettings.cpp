#include "apptheme.h"
#include "exporter.h"
#include "mainwindow.h"
#include "runcontrols.h"
#include "scenariolist.h"
#include "scenarios/scenario.h"
#include "timelinetheme.h"
#include "windowsettings.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace conlab;

// What the window remembers between starts, and the light and dark themes.
class TestWindowSettings : public QObject
{
    Q_OBJECT

private slots:
    void settingsRoundTrip();
    void unknownScenarioInSettingsIsPassedOver();
    void darkWindowLightPictures();
};

void TestWindowSettings::settingsRoundTrip()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("conlab.ini")), QSettings::IniFormat);
    {
        MainWindow w;
        w.resize(1234, 777);
        QVERIFY(w.scenarioList()->select(QStringLiteral("race")));
        QVERIFY(w.runControls()->setVariant(QStringLiteral("lock")));
        QVERIFY(w.runControls()->setParam(QStringLiteral("unit-ms"), 250));
        AppTheme::apply(AppTheme::Dark);
        WindowSettings::save(w, settings);
    }
    AppTheme::apply(AppTheme::Light);
    settings.sync();
    MainWindow again;
    QCOMPARE(again.runControls()->scenario()->info().id, "processes"); // a fresh window's default
    WindowSettings::restore(again, settings);
    QCOMPARE(QLatin1String(again.runControls()->scenario()->info().id), QLatin1String("race"));
    QCOMPARE(again.runControls()->variant(), QStringLiteral("lock"));
    QCOMPARE(again.runControls()->params().value(QStringLiteral("unit-ms")).toInt(), 250);
    QCOMPARE(again.size(), QSize(1234, 777));
    QCOMPARE(AppTheme::choice(), AppTheme::Dark);
    QVERIFY(TimelineTheme::isDark());
    AppTheme::apply(AppTheme::Light);
}

void TestWindowSettings::unknownScenarioInSettingsIsPassedOver()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("conlab.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("run/scenario"), QStringLiteral("no-such-scenario"));
    settings.setValue(QStringLiteral("run/unit-ms"), QStringLiteral("fast"));
    settings.setValue(QStringLiteral("view/theme"), QStringLiteral("purple"));
    MainWindow w;
    WindowSettings::restore(w, settings);
    QCOMPARE(QLatin1String(w.runControls()->scenario()->info().id), QLatin1String("processes"));
    QCOMPARE(AppTheme::choice(), AppTheme::System);
}

void TestWindowSettings::darkWindowLightPictures()
{
    MainWindow w;
    w.resize(1280, 720);
    AppTheme::apply(AppTheme::Dark);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
    QVERIFY(TimelineTheme::background().lightness() < 60);
    // A picture for a slide stays light, and the window stays dark after it.
    Trace trace;
    trace.scenario = QStringLiteral("threads");
    const QImage image = Exporter::renderImage(trace, QSize(640, 360));
    QVERIFY(QColor(image.pixel(2, 2)).lightness() > 240);
    QVERIFY(TimelineTheme::isDark());
    AppTheme::apply(AppTheme::Light);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
    QVERIFY(TimelineTheme::background().lightness() > 240);
}

QTEST_MAIN(TestWindowSettings)
#include "tst_windowsettings.moc"
