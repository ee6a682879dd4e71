#include "mainwindow.h"
#include "presentation.h"
#include "runcontrols.h"
#include "scenariolist.h"
#include "timelinelayout.h"
#include "timelinetheme.h"
#include "timelineview.h"

#include <QAbstractButton>
#include <QSplitter>
#include <QTest>
#include <QToolBar>

using namespace conlab;

// Presentation mode (F11): large type, firm contrast, side panels away, big controls, and
// everything back as it was afterwards.
class TestPresentation : public QObject
{
    Q_OBJECT

private slots:
    void f11EntersAndLeaves();
    void nothingClipped_data();
    void nothingClipped();
    void speedControlSetsTheUnit();
};

namespace {

QWidget *side(MainWindow &w, int i)
{
    return qobject_cast<QSplitter *>(w.centralWidget())->widget(i);
}

} // namespace

void TestPresentation::f11EntersAndLeaves()
{
    MainWindow w;
    w.resize(1600, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const qreal normalFont = w.timeline()->currentLayout().metrics().fontSize;
    const qreal normalText = w.font().pointSizeF();
    QTest::keyClick(&w, Qt::Key_F11);
    QVERIFY(w.presentation()->isOn());
    QVERIFY(w.windowState() & Qt::WindowFullScreen);
    QVERIFY(w.timeline()->currentLayout().metrics().fontSize >= 1.5 * normalFont);
    QVERIFY(w.font().pointSizeF() >= 1.5 * normalText);
    QVERIFY(!side(w, 0)->isVisible());
    QVERIFY(!side(w, 2)->isVisible());
    QVERIFY(w.presentation()->bar()->isVisible());
    // No run in step mode: no step buttons (the bar lays itself out on the next turn).
    QCoreApplication::processEvents();
    for (QAbstractButton *b : w.presentation()->bar()->findChildren<QAbstractButton *>())
        QVERIFY2(!b->isVisible() || !b->text().startsWith(QLatin1String("Step")), qPrintable(b->text()));
    QVERIFY(TimelineTheme::isHighContrast());
    QCOMPARE(TimelineTheme::text(), QColor(Qt::black));

    QTest::keyClick(&w, Qt::Key_F11);
    QVERIFY(!w.presentation()->isOn());
    QVERIFY(!(w.windowState() & Qt::WindowFullScreen));
    QCOMPARE(w.timeline()->currentLayout().metrics().fontSize, normalFont);
    QCOMPARE(w.font().pointSizeF(), normalText);
    QVERIFY(side(w, 0)->isVisible());
    QVERIFY(side(w, 2)->isVisible());
    QVERIFY(!w.presentation()->bar()->isVisible());
    QVERIFY(!TimelineTheme::isHighContrast());
}

void TestPresentation::nothingClipped_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::newRow("1920x1080") << QSize(1920, 1080);
    QTest::newRow("1280x720") << QSize(1280, 720);
    QTest::newRow("1024x768") << QSize(1024, 768);
}

// At a projector's size every control of the presentation bar shows its whole text.
void TestPresentation::nothingClipped()
{
    QFETCH(QSize, screen);
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.presentation()->setOn(true);
    w.setFixedSize(screen); // the offscreen screen's size stands in for the projector's
    QCoreApplication::processEvents();
    QToolBar *bar = w.presentation()->bar();
    QVERIFY(bar->width() <= screen.width());
    int shown = 0;
    for (QAbstractButton *b : bar->findChildren<QAbstractButton *>()) {
        if (!b->isVisible() || b->text().isEmpty())
            continue;
        ++shown;
        const int needed = b->fontMetrics().horizontalAdvance(b->text());
        QVERIFY2(needed <= b->width(), qPrintable(QStringLiteral("%1: %2 px for %3 px of text")
                                                      .arg(b->text()).arg(b->width()).arg(needed)));
        QVERIFY2(b->geometry().right() <= bar->width(), qPrintable(b->text()));
    }
    QVERIFY2(shown >= 3, "Run, Stop and Leave are on the bar, not in its overflow menu");
    QVERIFY(w.timeline()->height() > screen.height() / 3);
    w.presentation()->setOn(false);
}

void TestPresentation::speedControlSetsTheUnit()
{
    MainWindow w;
    QVERIFY(w.scenarioList()->select(QStringLiteral("processes")));
    w.presentation()->setOn(true);
    auto *speed = w.presentation()->bar()->findChild<QAbstractSpinBox *>();
    QVERIFY(speed);
    speed->setFocus();
    speed->selectAll();
    QTest::keyClicks(speed, QStringLiteral("1500"));
    QTest::keyClick(speed, Qt::Key_Enter);
    QCOMPARE(w.runControls()->params().value(QStringLiteral("unit-ms")).toInt(), 1500);
    w.presentation()->setOn(false);
}

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
