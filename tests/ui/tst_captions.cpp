#include "synthetictrace.h"

#include "captioneditor.h"
#include "captionpainter.h"
#include "comparepicture.h"
#include "exporter.h"
#include "mainwindow.h"
#include "picturepainter.h"
#include "replay.h"
#include "runcontroller.h"
#include "timelinepainter.h"
#include "timelineview.h"
#include "timelineviewport.h"
#include "trace/chrome/chromereader.h"
#include "trace/chrome/chromewriter.h"

#include <QMenu>
#include <QPainter>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>

using namespace conlab;
using namespace synthetic;

namespace {

// Pixels of the caption's paper inside `rect` of `image`.
int paperPixels(const QImage &image, const QRectF &rect)
{
    return countColor(image, rect.toAlignedRect(), TimelineTheme::captionFill(), 3);
}

// A view on a trace, shown and laid out, whose captions the user can edit.
struct ShownView
{
    explicit ShownView(Trace &trace)
    {
        view.resize(1100, 420);
        view.setTrace(&trace);
        view.setCaptionTarget(&trace);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.activateWindow();
        view.setFocus();
    }
    // Where lane `lane` is at time t: on its state bar.
    QPoint at(int lane, qint64 t) const
    {
        const TimelineLayout layout = view.currentLayout();
        return QPointF(layout.x(t), layout.barRect(*layout.laneRow(lane)).center().y()).toPoint();
    }
    TimelineView view;
};

// The note of caption `index` as the view lays it out now.
QRectF noteOf(const Trace &trace, const TimelineLayout &layout, int index)
{
    const CaptionPainter captions(trace, layout);
    for (const CaptionPainter::Placed &p : captions.placed()) {
        if (p.index == index)
            return p.note;
    }
    return {};
}

QImage paintTrace(const Trace &trace, const TimelineLayout &layout)
{
    QImage image(layout.area().size().toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    TimelinePainter(trace, layout).paint(p);
    return image;
}

TimelineLayout layoutFor(const Trace &trace, qint64 from, qint64 to, qreal rowStretch = 1.0)
{
    const TimelineMetrics m = TimelineMetrics().stretchedRows(1, 1, rowStretch, rowStretch);
    return TimelineLayout(trace, QRectF(0, 0, 1200, 500), m, from, to);
}

} // namespace

class TestCaptions : public QObject
{
    Q_OBJECT

private slots:
    void doubleClickOnALaneAddsACaptionThere();
    void escapeCancelsAndAnEmptyTextRemoves();
    void rightClickMenuEditsAndRemoves();
    void captionStaysAnchoredWhenZoomingAndIsCulledOutOfView();
    void crowdedCaptionsDoNotOverlap_data();
    void crowdedCaptionsDoNotOverlap();
    void longCaptionIsElidedAndWholeInTheTooltip();
    void notesFollowTheTheme_data();
    void notesFollowTheTheme();
    void exportedPicturesShowCaptions();
    void comparisonShowsEachRunsCaptions();
    void savedAndOpenedRunExportsItsCaptions();
    void replayShowsCaptionsAsThePlayHeadReachesThem();
    void windowKeepsCaptionsOnTheRunAndMarksItChanged();
};

void TestCaptions::doubleClickOnALaneAddsACaptionThere()
{
    Trace trace = make();
    ShownView shown(trace);
    TimelineView &view = shown.view;
    const QImage before = view.grab().toImage();
    const qint64 t = 500 * kMs;
    const QPoint pos = shown.at(1, t);
    QTest::mouseDClick(&view, Qt::LeftButton, {}, pos);
    CaptionEditor *editor = view.captionEditor();
    QVERIFY(editor->isVisible());
    QVERIFY(editor->hasFocus());
    // The input opens where the note will be: at the pin, on the lane's row.
    QVERIFY(qAbs(editor->geometry().left() - pos.x()) <= 2);
    QVERIFY(qAbs(editor->geometry().center().y() - pos.y()) <= 4);
    QTest::keyClicks(editor, QStringLiteral("t1 hands the lock over"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(!editor->isVisible());
    QVERIFY(view.hasFocus()); // keys are the timeline's again

    QCOMPARE(trace.captions.size(), size_t(1));
    const Caption &c = trace.captions.front();
    QCOMPARE(c.lane, 1);
    QCOMPARE(c.text, QStringLiteral("t1 hands the lock over"));
    const TimelineLayout layout = view.currentLayout();
    QVERIFY2(qAbs(c.t - t) <= qint64(layout.nsPerPixel() * 1.5), qPrintable(QString::number(c.t - t)));

    // Drawn: the note's paper where there was none, and the pin's colour down the row.
    const QImage after = view.grab().toImage();
    const QRectF note = noteOf(trace, layout, 0);
    QVERIFY(!note.isEmpty());
    QVERIFY(note.contains(QPointF(pos) + QPointF(4, 0)));
    QCOMPARE(paperPixels(before, note), 0);
    QVERIFY(paperPixels(after, note) > note.width() * note.height() * 0.4);
    const QRectF row = layout.rowRect(*layout.laneRow(1));
    const QPoint pin(pos.x(), int(row.top() + row.height() * 0.2));
    QVERIFY(colorNear(after, pin, TimelineTheme::captionEdge(), 1, 20));
    QVERIFY(view.captionAt(note.center()) == 0);
}

void TestCaptions::escapeCancelsAndAnEmptyTextRemoves()
{
    Trace trace = make();
    ShownView shown(trace);
    TimelineView &view = shown.view;
    CaptionEditor *editor = view.captionEditor();
    QSignalSpy changed(&view, &TimelineView::captionsChanged);
    QTest::mouseDClick(&view, Qt::LeftButton, {}, shown.at(0, 250 * kMs));
    QTest::keyClicks(editor, QStringLiteral("never mind"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QVERIFY(!editor->isVisible());
    QVERIFY(trace.captions.empty());
    QCOMPARE(changed.count(), 0);

    // Add one, then double-click its note: the input holds its text, a new text replaces it.
    QTest::mouseDClick(&view, Qt::LeftButton, {}, shown.at(0, 250 * kMs));
    QTest::keyClicks(editor, QStringLiteral("first"));
    QTest::keyClick(editor, Qt::Key_Enter);
    QCOMPARE(trace.captions.size(), size_t(1));
    const qint64 anchor = trace.captions.front().t;
    const QPointF note = noteOf(trace, view.currentLayout(), 0).center();
    QTest::mouseDClick(&view, Qt::LeftButton, {}, note.toPoint());
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->text(), QStringLiteral("first"));
    QCOMPARE(editor->selectedText(), QStringLiteral("first"));
    QTest::keyClicks(editor, QStringLiteral("second"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(trace.captions.size(), size_t(1));
    QCOMPARE(trace.captions.front().text, QStringLiteral("second"));
    QCOMPARE(trace.captions.front().t, anchor); // editing does not move it

    // Emptied, it goes.
    QTest::mouseDClick(&view, Qt::LeftButton, {}, noteOf(trace, view.currentLayout(), 0).center().toPoint());
    QTest::keyClick(editor, Qt::Key_Backspace);
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(trace.captions.empty());
    QCOMPARE(changed.count(), 3);
    // Double-clicking the axis or the lane names adds nothing.
    const TimelineLayout layout = view.currentLayout();
    QTest::mouseDClick(&view, Qt::LeftButton, {}, layout.axisRect().center().toPoint());
    QTest::mouseDClick(&view, Qt::LeftButton, {}, layout.headerRect().center().toPoint());
    QVERIFY(!editor->isVisible());
}

void TestCaptions::rightClickMenuEditsAndRemoves()
{
    Trace trace = make();
    ShownView shown(trace);
    TimelineView &view = shown.view;
    const auto action = [](QMenu *menu, const QString &text) -> QAction * {
        for (QAction *a : menu->actions()) {
            if (a->text() == text)
                return a;
        }
        return nullptr;
    };
    std::unique_ptr<QMenu> menu = view.captionMenu(shown.at(1, 900 * kMs));
    QVERIFY(menu);
    QAction *add = action(menu.get(), QStringLiteral("Add Caption Here…"));
    QVERIFY(add);
    add->trigger();
    QTest::keyClicks(view.captionEditor(), QStringLiteral("from the menu"));
    QTest::keyClick(view.captionEditor(), Qt::Key_Return);
    QCOMPARE(trace.captions.size(), size_t(1));

    menu = view.captionMenu(noteOf(trace, view.currentLayout(), 0).center());
    QVERIFY(menu && action(menu.get(), QStringLiteral("Edit Caption…")));
    QAction *remove = action(menu.get(), QStringLiteral("Remove Caption"));
    QVERIFY(remove);
    remove->trigger();
    QVERIFY(trace.captions.empty());
    QVERIFY(!view.captionMenu(view.currentLayout().axisRect().center())); // nothing to offer there
}

void TestCaptions::captionStaysAnchoredWhenZoomingAndIsCulledOutOfView()
{
    Trace trace = make();
    const qint64 t = 650 * kMs;
    trace.captions.push_back({1, t, QStringLiteral("anchored")});
    const std::pair<qint64, qint64> zooms[] = {{0, kEnd}, {600 * kMs, 800 * kMs}, {640 * kMs, 700 * kMs}};
    for (const auto &[from, to] : zooms) {
        const TimelineLayout layout = layoutFor(trace, from, to);
        const QImage image = paintTrace(trace, layout);
        const QRectF note = noteOf(trace, layout, 0);
        // The pin is at the caption's time whatever the zoom, and the note starts there.
        QVERIFY(qAbs(note.left() - layout.x(t)) <= 1.0);
        QVERIFY(paperPixels(image, note) > note.width() * note.height() * 0.4);
    }
    // Out of view (both sides): nothing of it is drawn.
    for (const auto &[from, to] : {std::pair<qint64, qint64>{0, 300 * kMs}, {1000 * kMs, kEnd}}) {
        const TimelineLayout layout = layoutFor(trace, from, to);
        QVERIFY(CaptionPainter(trace, layout).placed().empty());
        QCOMPARE(paperPixels(paintTrace(trace, layout), layout.plotRect()), 0);
    }
}

void TestCaptions::crowdedCaptionsDoNotOverlap_data()
{
    QTest::addColumn<qint64>("spacing");
    QTest::addColumn<qreal>("stretch");
    QTest::addColumn<int>("minNotes");
    QTest::addColumn<int>("minLevels");
    // Rows of the window's normal height have room for one level: close notes are cut short
    // before the next pin, or (too close for any text) keep only their pin.
    QTest::newRow("a few pixels apart") << 5 * kMs << 1.0 << 1 << 1;
    QTest::newRow("a few words apart") << 120 * kMs << 1.0 << 6 << 1;
    // Taller rows (few lanes, pictures) stack them instead.
    QTest::newRow("tall rows") << 5 * kMs << 2.0 << 3 << 3;
}

void TestCaptions::crowdedCaptionsDoNotOverlap()
{
    QFETCH(qint64, spacing);
    QFETCH(qreal, stretch);
    QFETCH(int, minNotes);
    QFETCH(int, minLevels);
    Trace trace = make();
    for (int i = 0; i < 6; ++i)
        trace.captions.push_back({0, 400 * kMs + i * spacing, QStringLiteral("note number %1 in a crowd").arg(i)});
    const TimelineLayout layout = layoutFor(trace, 0, kEnd, stretch);
    const CaptionPainter captions(trace, layout);
    QCOMPARE(captions.placed().size(), size_t(6)); // every pin stays
    int notes = 0;
    QSet<int> levels;
    for (const CaptionPainter::Placed &a : captions.placed()) {
        if (a.note.isEmpty())
            continue;
        ++notes;
        levels.insert(qRound(a.note.top()));
        QVERIFY(!a.shown.isEmpty());
        for (const CaptionPainter::Placed &b : captions.placed()) {
            if (&a != &b && !b.note.isEmpty())
                QVERIFY2(!a.note.intersects(b.note), qPrintable(QStringLiteral("%1 and %2").arg(a.index).arg(b.index)));
        }
    }
    QVERIFY2(notes >= minNotes, qPrintable(QString::number(notes)));
    QVERIFY2(levels.size() >= minLevels, qPrintable(QString::number(levels.size())));
    // Every level stays inside the lane's row.
    const QRectF row = layout.rowRect(*layout.laneRow(0));
    for (const CaptionPainter::Placed &a : captions.placed())
        QVERIFY(a.note.isEmpty() || (a.note.top() >= row.top() && a.note.bottom() <= row.bottom()));
    // The last note is whole: nothing comes after it to cut it.
    QCOMPARE(captions.placed().back().shown, trace.captions.back().text);
}

void TestCaptions::longCaptionIsElidedAndWholeInTheTooltip()
{
    Trace trace = make();
    const QString text = QStringLiteral("a very long explanation <of> what happens here & why, ").repeated(6);
    trace.captions.push_back({1, 200 * kMs, text});
    const TimelineLayout layout = layoutFor(trace, 0, kEnd);
    const CaptionPainter captions(trace, layout);
    QCOMPARE(captions.placed().size(), size_t(1));
    const CaptionPainter::Placed &p = captions.placed().front();
    QVERIFY(p.shown.endsWith(QStringLiteral("…")));
    QVERIFY(p.shown.size() < text.size() / 2);
    QVERIFY(p.note.width() <= layout.metrics().fontSize * 22 + 0.5);
    const QString tip = CaptionPainter::describe(trace, 0, TimelinePainter::unitOf(trace));
    QVERIFY(tip.contains(text.toHtmlEscaped()));
    QVERIFY(tip.contains(QStringLiteral("worker")));
    QCOMPARE(captions.at(p.note.center()), 0);
    QCOMPARE(captions.at(QPointF(p.pin.x1(), p.pin.y2() - 2)), 0); // the pin below the note
    QCOMPARE(captions.at(p.note.center() + QPointF(0, layout.laneRow(1)->height)), -1);
}

void TestCaptions::notesFollowTheTheme_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<bool>("high");
    QTest::newRow("light") << false << false;
    QTest::newRow("dark") << true << false;
    QTest::newRow("high contrast") << false << true;
}

void TestCaptions::notesFollowTheTheme()
{
    QFETCH(bool, dark);
    QFETCH(bool, high);
    Trace trace = make();
    trace.captions.push_back({1, 500 * kMs, QStringLiteral("themed")});
    TimelineTheme::setDark(dark);
    TimelineTheme::setHighContrast(high);
    const TimelineLayout layout = layoutFor(trace, 0, kEnd);
    const QImage image = paintTrace(trace, layout);
    const QColor paper = TimelineTheme::captionFill();
    const QColor edge = TimelineTheme::captionEdge();
    const QColor ink = TimelineTheme::captionText();
    const QColor background = TimelineTheme::background();
    TimelineTheme::setDark(false);
    TimelineTheme::setHighContrast(false);
    const QRectF note = noteOf(trace, layout, 0);
    QVERIFY(countColor(image, note.toAlignedRect(), paper, 3) > note.width() * note.height() * 0.4);
    QVERIFY(countColor(image, note.toAlignedRect(), ink, 40) > 10); // the text, in the theme's ink
    QVERIFY(colorNear(image, QPoint(int(note.left()), int(note.center().y())), edge, 1, 30));
    // The paper stands out from the background and from every state's colour.
    const auto distance = [](QColor a, QColor b) {
        return qAbs(a.red() - b.red()) + qAbs(a.green() - b.green()) + qAbs(a.blue() - b.blue());
    };
    QVERIFY(distance(paper, background) > 30);
    QVERIFY(distance(paper, ink) > 300);
    for (int s = 0; s < StateCount; ++s)
        QVERIFY2(distance(paper, TimelineTheme::stateColor(State(s))) > 40, stateName(State(s)));
}

void TestCaptions::exportedPicturesShowCaptions()
{
    Trace plain = make();
    Trace noted = make();
    noted.captions.push_back({0, 350 * kMs, QStringLiteral("导出里也有标注")});
    noted.captions.push_back({1, 620 * kMs, QStringLiteral("Fish & \"chips\" <here>")});
    const QSize size(1600, 900);
    const QImage without = Exporter::renderImage(plain, size);
    const QImage with = Exporter::renderImage(noted, size);
    const QByteArray svg = Exporter::renderSvg(noted, size);
    QImage svgImage(size, QImage::Format_RGB32);
    svgImage.fill(Qt::white);
    QPainter painter(&svgImage);
    QSvgRenderer(svg).render(&painter);
    painter.end();
    const PicturePainter picture(noted, PicturePainter::logicalSize(size));
    const qreal k = size.width() / PicturePainter::logicalSize(size).width();
    for (int i = 0; i < 2; ++i) {
        const QRectF note = noteOf(noted, picture.layout(), i);
        QVERIFY(!note.isEmpty());
        const QRectF device(note.topLeft() * k, note.bottomRight() * k);
        QCOMPARE(paperPixels(without, device), 0);
        QVERIFY(paperPixels(with, device) > device.width() * device.height() * 0.4);
        QVERIFY(paperPixels(svgImage, device) > device.width() * device.height() * 0.4);
    }
    QVERIFY(svg.contains(QStringLiteral("导出里也有标注").toUtf8()));
    QVERIFY(svg.contains("Fish &amp; &quot;chips&quot; &lt;here&gt;") ||
            svg.contains("Fish &amp; \"chips\" &lt;here&gt;"));
    QVERIFY(svg.contains(TimelineTheme::captionFill().name().toLatin1()));
}

// Runs stacked for comparison are drawn by the same painter: each run's notes come along.
void TestCaptions::comparisonShowsEachRunsCaptions()
{
    Trace fast = make();
    Trace slow = make();
    const auto picture = [&](const Trace &a, const Trace &b) {
        const QList<const Trace *> runs{&a, &b};
        return Exporter::renderImage(QSize(1600, 1000), [&runs](QPainter &p, const QSizeF &logical) {
            ComparePicture(runs, logical).paint(p);
        });
    };
    const QImage without = picture(fast, slow);
    slow.captions.push_back({1, 620 * kMs, QStringLiteral("only in the slow run")});
    const QImage with = picture(fast, slow);
    QCOMPARE(paperPixels(without, without.rect()), 0);
    QVERIFY(paperPixels(with, with.rect()) > 1000);
    // In the lower block, the slow run's.
    QCOMPARE(paperPixels(with, QRect(0, 0, with.width(), with.height() / 2)), 0);
}

void TestCaptions::savedAndOpenedRunExportsItsCaptions()
{
    QTemporaryDir dir;
    Trace trace = make();
    trace.captions.push_back({1, 300 * kMs, QStringLiteral("kept in the file")});
    const QString json = dir.filePath(QStringLiteral("run.json"));
    QCOMPARE(saveChromeTrace(trace, json), QString());
    ChromeReadResult opened = readChromeTrace(json);
    QVERIFY2(opened.ok(), qPrintable(opened.error));
    QCOMPARE(opened.trace.captions, trace.captions);
    const QString png = dir.filePath(QStringLiteral("run.png"));
    QCOMPARE(Exporter::exportTo(opened.trace, png, QSize(1280, 720)), QString());
    const QImage image(png);
    const QSize size(1280, 720);
    const PicturePainter picture(opened.trace, PicturePainter::logicalSize(size));
    const qreal k = size.width() / PicturePainter::logicalSize(size).width();
    const QRectF note = noteOf(opened.trace, picture.layout(), 0);
    const QRectF device(note.topLeft() * k, note.bottomRight() * k);
    QVERIFY(paperPixels(image, device) > device.width() * device.height() * 0.4);
}

void TestCaptions::replayShowsCaptionsAsThePlayHeadReachesThem()
{
    Trace run = make();
    run.captions = {{0, 200 * kMs, QStringLiteral("early")}, {1, 900 * kMs, QStringLiteral("late")}};
    Replay replay;
    replay.setSource(&run);
    QCOMPARE(replay.trace().captions, run.captions); // at the end: all of them
    replay.seek(500 * kMs);
    QCOMPARE(replay.trace().captions.size(), size_t(1));
    QCOMPARE(replay.trace().captions.front().text, QStringLiteral("early"));
    replay.seek(100 * kMs);
    QVERIFY(replay.trace().captions.empty());
    replay.seek(kEnd);
    QCOMPARE(replay.trace().captions.size(), size_t(2));
    // One past the run's last moment (a file edited by hand) shows once the replay is over.
    run.captions.push_back({1, kEnd + kMs, QStringLiteral("after the end")});
    replay.seek(0);
    replay.seek(kEnd);
    QCOMPARE(replay.trace().captions.size(), size_t(3));
    run.captions.pop_back();
    // Edited on the run, the copy follows at once.
    run.captions.push_back({0, 50 * kMs, QStringLiteral("added")});
    QSignalSpy changed(&replay, &Replay::changed);
    replay.captionsChanged();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(replay.trace().captions.size(), size_t(3));
}

// In the window the view shows the replay's copy; a caption added there lands on the run
// itself (what Save writes), shows at once, and the window knows the run has changed.
void TestCaptions::windowKeepsCaptionsOnTheRunAndMarksItChanged()
{
    QTemporaryDir dir;
    Trace saved = make();
    const QString json = dir.filePath(QStringLiteral("synthetic.json"));
    QCOMPARE(saveChromeTrace(saved, json), QString());
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openFile(json));
    QVERIFY(!w.isWindowModified());
    TimelineView *view = w.timeline();
    QCOMPARE(view->currentLayout().laneRow(1) != nullptr, true);
    const TimelineLayout layout = view->currentLayout();
    const QPoint pos = QPointF(layout.x(500 * kMs), layout.barRect(*layout.laneRow(1)).center().y()).toPoint();
    QTest::mouseDClick(view, Qt::LeftButton, {}, pos);
    QVERIFY(view->captionEditor()->isVisible());
    QTest::keyClicks(view->captionEditor(), QStringLiteral("in the window"));
    QTest::keyClick(view->captionEditor(), Qt::Key_Return);
    const Trace *run = w.controller()->trace();
    QCOMPARE(run->captions.size(), size_t(1));
    QCOMPARE(run->captions.front().text, QStringLiteral("in the window"));
    QCOMPARE(w.replay()->trace().captions, run->captions);
    QVERIFY(w.isWindowModified());
    const QRectF note = noteOf(w.replay()->trace(), view->currentLayout(), 0);
    QVERIFY(paperPixels(view->grab().toImage(), note) > note.width() * note.height() * 0.4);
    // What Save writes has it.
    const ChromeReadResult again = readChromeTraceBytes(toChromeJson(*run));
    QCOMPARE(again.trace.captions, run->captions);
}

QTEST_MAIN(TestCaptions)
#include "tst_captions.moc"
