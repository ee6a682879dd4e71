#include "../core/timing.h"
#include "comparesession.h"
#include "compareview.h"
#include "exporter.h"
#include "guientry.h"
#include "mainwindow.h"
#include "runcontroller.h"
#include "runcontrols.h"
#include "scenariolist.h"
#include "scenarios/run.h"
#include "timelinetheme.h"
#include "timelineview.h"
#include "timelineviewport.h"
#include "trace/chrome/chromereader.h"
#include "trace/chrome/chromewriter.h"

#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace conlab;
using namespace conlab::test;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(CONLAB_SOURCE_DIR "/tests/data/traces/") + name;
}

// A saved run of `scenario`/`variant`, written as File ▸ Save writes it.
QString savedRun(const QTemporaryDir &dir, const QString &scenario, const QString &variant)
{
    const Scenario &s = *findScenario(scenario);
    RunSettings settings;
    settings.variant = variant;
    settings.params = s.defaults();
    settings.params.insert(QStringLiteral("unit-ms"), 10);
    settings.workerPath = QStringLiteral(CONLAB_EXE);
    const Trace trace = runToEnd(s, settings);
    const QString path = dir.filePath(scenario + QLatin1Char('-') + variant + QStringLiteral(".json"));
    if (!Exporter::writeJson(trace, path).isEmpty())
        return {};
    return path;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Closes the next message box as soon as it shows and keeps its text.
void answerNextMessageBox(QString *text)
{
    QTimer::singleShot(0, [text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *text = box->text();
        box->accept();
    });
}

int countColor(const QImage &image, const QRect &rect, const QColor &color)
{
    int n = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x)
            n += image.pixel(x, y) == color.rgb() ? 1 : 0;
    }
    return n;
}

int countDark(const QImage &image, const QRectF &rect)
{
    int n = 0;
    const QRect r = rect.toAlignedRect().intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            n += qGray(image.pixel(x, y)) < 110 ? 1 : 0;
    }
    return n;
}

} // namespace

class TestCompareOpen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void openShowsTheSavedRun();
    void openedRunExportsTheSameBytes();
    void runAfterOpenRunsItAgainLive();
    void malformedFileGivesAMessageAndKeepsTheRun();
    void droppedFileOpens();
    void foreignTraceOpens();
    void openWindowEntryShowsTheRun();
    void compareRunsEveryVariantAndStacksThem();
    void compareZoomAndPanMoveEveryRun();
    void stopEndsTheComparison();
    void runOnScreenAgainstASavedOne();
    void openingBetweenTwoRunsEndsTheComparison();

private:
    QTemporaryDir m_dir;
};

void TestCompareOpen::openShowsTheSavedRun()
{
    const QString path = savedRun(m_dir, QStringLiteral("threads"), QStringLiteral("parallel"));
    QVERIFY(!path.isEmpty());
    MainWindow w;
    w.show();
    QVERIFY(w.scenarioList()->select(QStringLiteral("race"))); // not the file's: opening must change it
    QVERIFY(w.openFile(path));
    QVERIFY2(w.windowTitle().contains(QStringLiteral("threads-parallel.json")), qPrintable(w.windowTitle()));
    const Trace *trace = w.controller()->trace();
    QVERIFY(trace);
    QCOMPARE(trace->variant, QStringLiteral("parallel"));
    QCOMPARE(trace->lanes().size(), size_t(3));
    QCOMPARE(w.scenarioList()->current()->info().id, "threads");
    QCOMPARE(w.runControls()->variant(), QStringLiteral("parallel"));
    QCOMPARE(w.runControls()->params().value(QStringLiteral("unit-ms")).toInt(), 10);
    QVERIFY(!w.controller()->isRunning());
    // The timeline shows the whole run: its lanes and its end.
    const TimelineLayout layout = w.timeline()->currentLayout();
    QVERIFY(layout.laneRow(1) && layout.laneRow(2));
    QVERIFY(layout.to() >= trace->endTime());
    const QImage shot = w.timeline()->grab().toImage();
    QVERIFY(countColor(shot, shot.rect(), TimelineTheme::stateColor(State::Sleeping)) > 500);
}

void TestCompareOpen::openedRunExportsTheSameBytes()
{
    for (const QString &scenario : {QStringLiteral("threads"), QStringLiteral("race"), QStringLiteral("pool")}) {
        const QString variant = QLatin1String(findScenario(scenario)->info().variants.back().id);
        const QString path = savedRun(m_dir, scenario, variant);
        QVERIFY(!path.isEmpty());
        MainWindow w;
        QVERIFY(w.openFile(path));
        const QString again = m_dir.filePath(QStringLiteral("again.json"));
        QCOMPARE(Exporter::writeJson(*w.controller()->trace(), again), QString());
        QCOMPARE(fileBytes(again), fileBytes(path));
    }
}

void TestCompareOpen::runAfterOpenRunsItAgainLive()
{
    const QString path = savedRun(m_dir, QStringLiteral("threads"), QStringLiteral("sequential"));
    MainWindow w;
    QVERIFY(w.openFile(path));
    const Trace *opened = w.controller()->trace();
    const qint64 pid = opened->lanes().front().pid;
    QSignalSpy finished(&w, &MainWindow::runFinished);
    w.startRun();
    QVERIFY(w.controller()->isRunning());
    QVERIFY(finished.wait(30'000));
    const Trace *again = w.controller()->trace();
    QCOMPARE(again->scenario, QStringLiteral("threads"));
    QCOMPARE(again->variant, QStringLiteral("sequential"));
    QCOMPARE(again->parameters.value(QStringLiteral("unit-ms")).toInt(), 10);
    QCOMPARE(again->results.value(QStringLiteral("counter")).toInt(), 7);
    // A live run of this process, not the file's.
    QCOMPARE(again->lanes().front().pid, qint64(QCoreApplication::applicationPid()));
    QVERIFY(pid != 0);
}

void TestCompareOpen::malformedFileGivesAMessageAndKeepsTheRun()
{
    const QString good = savedRun(m_dir, QStringLiteral("threads"), QStringLiteral("parallel"));
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(good));
    const Trace *before = w.controller()->trace();
    const QString title = w.windowTitle();
    struct Case
    {
        const char *file;
        const char *says;
    };
    for (const Case &c : {Case{"malformed/wrong-type-ts.json", "byte 47"}, Case{"malformed/not-json.json", "byte 0"},
                          Case{"malformed/zero-bytes.json", "empty"},
                          Case{"malformed/truncated-object.json", "truncated"}}) {
        QString text;
        answerNextMessageBox(&text);
        QVERIFY(!w.openFile(dataPath(QLatin1String(c.file))));
        QVERIFY2(text.contains(QLatin1String(c.file).mid(10)) && text.contains(QLatin1String(c.says)),
                 qPrintable(text));
        QCOMPARE(w.controller()->trace(), before);
        QCOMPARE(w.windowTitle(), title);
    }
}

void TestCompareOpen::droppedFileOpens()
{
    const QString path = savedRun(m_dir, QStringLiteral("race"), QStringLiteral("lock"));
    MainWindow w;
    w.show();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/picture.png")), QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(400, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(400, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &drop);
    QTRY_VERIFY(w.windowTitle().contains(QStringLiteral("race-lock.json")));
    QCOMPARE(w.controller()->trace()->results.value(QStringLiteral("final_balance")).toInt(), 20);

    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/picture.png"))});
    QDragEnterEvent refused(QPoint(400, 300), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(&w, &refused);
    QVERIFY(!refused.isAccepted());
}

void TestCompareOpen::foreignTraceOpens()
{
    MainWindow w;
    QVERIFY(w.openFile(dataPath(QStringLiteral("foreign.json"))));
    QVERIFY(w.controller()->trace()->lanes().size() >= 2);
    QVERIFY(!w.controller()->scenario());
    QVERIFY(w.windowTitle().contains(QStringLiteral("foreign.json")));
}

// The door the executable's `open FILE` goes through: the window shows the run, and closing
// it ends the event loop with exit code 0.
void TestCompareOpen::openWindowEntryShowsTheRun()
{
    const QString path = savedRun(m_dir, QStringLiteral("threads"), QStringLiteral("parallel"));
    ChromeReadResult read = readChromeTrace(path);
    QVERIFY(read.ok());
    QString title;
    size_t lanes = 0;
    QTimer::singleShot(0, [&] {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (auto *w = qobject_cast<MainWindow *>(top); w && w->isVisible()) {
                title = w->windowTitle();
                lanes = w->controller()->trace()->lanes().size();
                w->close();
            }
        }
    });
    QCOMPARE(conlab_open_window(&read.trace, &path), 0);
    QVERIFY2(title.contains(QStringLiteral("threads-parallel.json")), qPrintable(title));
    QCOMPARE(lanes, size_t(3));
}

void TestCompareOpen::compareRunsEveryVariantAndStacksThem()
{
    MainWindow w;
    w.resize(1600, 1000);
    w.show();
    QVERIFY(w.scenarioList()->select(QStringLiteral("threads")));
    QVERIFY(w.runControls()->setParam(QStringLiteral("unit-ms"), 20));
    QSignalSpy done(w.compareSession(), &CompareSession::finished);
    w.compareVariants();
    QVERIFY(w.compareSession()->isActive());
    QVERIFY(done.wait(60'000));
    QCOMPARE(w.tabs()->currentWidget(), w.compareView());
    const QList<const Trace *> runs = w.compareView()->runs();
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs[0]->variant, QStringLiteral("sequential"));
    QCOMPARE(runs[1]->variant, QStringLiteral("parallel"));
    // Sequential takes about 7 units, parallel about 4 once its threads have started (less apart
    // on a loaded machine: a generous check).
    QVERIFY(timeAfterStartUp(*runs[0]) > timeAfterStartUp(*runs[1]) * 11 / 10);

    const ComparePicture picture = w.compareView()->picture();
    QCOMPARE(picture.blocks().size(), size_t(2));
    const QImage shot = w.compareView()->grab().toImage();
    const QColor sleeping = TimelineTheme::stateColor(State::Sleeping);
    for (const ComparePicture::Block &block : picture.blocks()) {
        QVERIFY2(countDark(shot, block.heading) > 100, "a heading names each run");
        QVERIFY(countColor(shot, block.layout.plotRect().toAlignedRect(), sleeping) > 300);
    }
    // One axis: the same instant is at the same x in every run.
    const qint64 t = runs[1]->wallNs;
    QCOMPARE(picture.blocks()[0].layout.x(t), picture.blocks()[1].layout.x(t));
    // The parallel run ends left of the sequential one.
    QVERIFY(picture.blocks()[1].layout.x(runs[1]->wallNs) < picture.blocks()[0].layout.x(runs[0]->wallNs) - 20);
}

void TestCompareOpen::compareZoomAndPanMoveEveryRun()
{
    MainWindow w;
    w.show();
    QVERIFY(w.scenarioList()->select(QStringLiteral("threads")));
    QVERIFY(w.runControls()->setParam(QStringLiteral("unit-ms"), 10));
    QSignalSpy done(w.compareSession(), &CompareSession::finished);
    w.compareVariants();
    QVERIFY(done.wait(60'000));
    CompareView *view = w.compareView();
    const qint64 spanBefore = view->viewport()->span();
    QTest::keyClick(view, Qt::Key_Plus);
    QTest::keyClick(view, Qt::Key_Right);
    QVERIFY(view->viewport()->span() < spanBefore);
    QVERIFY(view->viewport()->from() > 0);
    const ComparePicture picture = view->picture();
    for (const ComparePicture::Block &block : picture.blocks()) {
        QCOMPARE(block.layout.from(), view->viewport()->from());
        QCOMPARE(block.layout.to(), view->viewport()->to());
    }
    QTest::keyClick(view, Qt::Key_F);
    QCOMPARE(view->viewport()->from(), 0);
}

void TestCompareOpen::stopEndsTheComparison()
{
    MainWindow w;
    w.show();
    QVERIFY(w.scenarioList()->select(QStringLiteral("threads")));
    QVERIFY(w.runControls()->setParam(QStringLiteral("unit-ms"), 200));
    QSignalSpy cancelled(w.compareSession(), &CompareSession::cancelled);
    w.compareVariants();
    QVERIFY(w.controller()->isRunning());
    w.stopRun();
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!w.compareSession()->isActive());
    QVERIFY(!w.controller()->isRunning());
    QVERIFY(w.compareView()->isEmpty());
}

// Two chosen runs: the one on screen (here opened) and a saved one, of other scenarios even.
void TestCompareOpen::runOnScreenAgainstASavedOne()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(savedRun(m_dir, QStringLiteral("pool"), QStringLiteral("sync"))));
    ChromeReadResult other = readChromeTrace(savedRun(m_dir, QStringLiteral("threads"), QStringLiteral("parallel")));
    QVERIFY(other.ok());
    QSignalSpy done(w.compareSession(), &CompareSession::finished);
    w.compareSession()->compare(*w.controller()->trace(), std::make_unique<Trace>(std::move(other.trace)));
    QCOMPARE(done.size(), 1);
    QCOMPARE(w.tabs()->currentWidget(), w.compareView());
    const ComparePicture picture = w.compareView()->picture();
    QCOMPARE(picture.blocks().size(), size_t(2));
    // Runs of different scenarios are named by scenario and variant.
    for (const ComparePicture::Block &block : picture.blocks())
        QVERIFY2(picture.runTitle(*block.trace).contains(QStringLiteral(" — ")),
                 qPrintable(picture.runTitle(*block.trace)));
    QVERIFY2(picture.titleLines().value(0).contains(QStringLiteral(" vs ")), qPrintable(picture.titleLines().value(0)));
    // The run on screen is a copy: the comparison keeps it when another run replaces it.
    QVERIFY(picture.blocks()[0].trace != w.controller()->trace());
}

// A file opened just as one run of a comparison ends, before the next starts: the file stays.
void TestCompareOpen::openingBetweenTwoRunsEndsTheComparison()
{
    const QString path = savedRun(m_dir, QStringLiteral("race"), QStringLiteral("lock"));
    MainWindow w;
    w.show();
    QVERIFY(w.scenarioList()->select(QStringLiteral("threads")));
    QVERIFY(w.runControls()->setParam(QStringLiteral("unit-ms"), 10));
    QSignalSpy cancelled(w.compareSession(), &CompareSession::cancelled);
    bool opened = false;
    QMetaObject::Connection once;
    once = connect(w.controller(), &RunController::finished, this, [&] {
        disconnect(once);
        opened = w.openFile(path);
    });
    w.compareVariants();
    QTRY_VERIFY_WITH_TIMEOUT(opened, 30'000);
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!w.compareSession()->isActive());
    QCoreApplication::processEvents(); // the comparison's next step, had it not been cancelled
    QVERIFY(!w.controller()->isRunning());
    QCOMPARE(w.controller()->trace()->scenario, QStringLiteral("race"));
}

QTEST_MAIN(TestCompareOpen)
#include "tst_compareopen.moc"
