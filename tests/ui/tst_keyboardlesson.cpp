// The first lesson (sing and dance: 7 units one after the other, 4 side by side) taught with
// the keyboard alone: slow the run down, take the class's prediction, run, read the reveal,
// switch to the other variant, predict and run again, then replay it and step back.
#include "../core/timing.h"
#include "lessonpanel.h"
#include "mainwindow.h"
#include "replay.h"
#include "runcontroller.h"
#include "runcontrols.h"
#include "scenariolist.h"
#include "trace/trace.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStandardPaths>
#include <QtTest>

using namespace conlab;
using namespace conlab::test;

namespace {

constexpr int kTimeoutMs = 30000; // generous: sanitizer builds and busy machines

// Keys are window shortcuts: they arrive only while the window is the active one.
void key(MainWindow &w, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    if (QApplication::activeWindow() != &w) {
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
    }
    QTest::keyClick(&w, Qt::Key(key), modifiers);
}

int unitMs(MainWindow &w)
{
    return w.runControls()->params().value(QStringLiteral("unit-ms")).toInt();
}

// The choice whose text starts with `value` (the question's answers are "7: …", "4: …").
int choiceFor(const LessonPanel &lesson, const QString &value)
{
    const auto &choices = lesson.question().choices;
    for (int i = 0; i < choices.size(); ++i)
        if (choices[i].text.startsWith(value + QLatin1Char(':')))
            return i;
    return -1;
}

} // namespace

class TestKeyboardLesson : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // the user's settings stay as they are

    void sevenAgainstFourWithTheKeyboardAlone()
    {
        MainWindow w;
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.scenarioList()->select(QStringLiteral("processes")));
        QVERIFY(w.runControls()->setVariant(QStringLiteral("sequential")));
        QVERIFY(w.runControls()->setParam(QStringLiteral("unit-ms"), 50)); // the shortest unit
        LessonPanel &lesson = *w.lessonPanel();
        lesson.predictAction()->setChecked(true);

        // [ slows the run down for the class, ] speeds it up again.
        key(w, Qt::Key_BracketLeft);
        QCOMPARE(unitMs(w), 100);
        key(w, Qt::Key_BracketRight);
        QCOMPARE(unitMs(w), 50);
        key(w, Qt::Key_BracketRight);
        QCOMPARE(unitMs(w), 50); // as fast as it goes
        key(w, Qt::Key_BracketLeft);
        QCOMPARE(unitMs(w), 100);

        // The counter question: the class says 7 (A, B, C … are the answers in order).
        const int seven = choiceFor(lesson, QStringLiteral("7"));
        QVERIFY(seven >= 0);
        key(w, Qt::Key_A + seven);
        QCOMPARE(lesson.chosen(), seven);

        QSignalSpy finished(&w, &MainWindow::runFinished);
        key(w, Qt::Key_Space);
        QVERIFY(w.controller()->isRunning());
        QVERIFY(finished.wait(kTimeoutMs));
        const Trace &sequential = *w.controller()->trace();
        QCOMPARE(sequential.results.value(QStringLiteral("counter")).toInt(), 7);
        QVERIFY(sequential.wallNs >= 7 * 100'000'000LL); // seven units of 100 ms
        QCOMPARE(lesson.revealed(), seven);
        QVERIFY(lesson.revealText().contains(QStringLiteral("7")));

        // V: the other variant. The same question, and this time the class says 0.
        key(w, Qt::Key_V);
        QCOMPARE(w.runControls()->variant(), QStringLiteral("parallel"));
        const int zero = choiceFor(lesson, QStringLiteral("0"));
        QVERIFY(zero >= 0);
        key(w, Qt::Key_A + zero);
        QCOMPARE(lesson.chosen(), zero);
        key(w, Qt::Key_Space);
        QVERIFY(finished.wait(kTimeoutMs));
        const Trace &parallel = *w.controller()->trace();
        QCOMPARE(parallel.results.value(QStringLiteral("counter")).toInt(), 0);
        // About four units once both children have started (starting a process is the machine's
        // cost, a quarter of a second or more in a busy sanitizer build): both jobs at once.
        QVERIFY2(timeAfterStartUp(parallel) < 6 * 100'000'000LL,
                 QByteArray(msText(timeAfterStartUp(parallel)) + ", longest start-up " + msText(longestStartUp(parallel)))
                     .constData());
        QCOMPARE(lesson.revealed(), zero);

        // Replay it: P plays, P pauses; comma steps back to the moment before.
        Replay &replay = *w.replay();
        QVERIFY(replay.atEnd());
        replay.setSpeed(0.1); // a tenth of the run's speed: it cannot reach the end between two keys
        key(w, Qt::Key_P);
        QVERIFY(replay.playing());
        QTRY_VERIFY_WITH_TIMEOUT(replay.playHead() > 0, kTimeoutMs); // from the start, as time passes
        key(w, Qt::Key_P);
        QVERIFY(!replay.playing());
        const qint64 at = replay.playHead();
        QVERIFY(at < parallel.endTime());
        key(w, Qt::Key_Comma);
        QVERIFY(replay.playHead() < at);
        key(w, Qt::Key_Period);
        QVERIFY(replay.playHead() > 0);

        // Shift+V back to sequential, and a letter with no answer says so instead of choosing.
        key(w, Qt::Key_V, Qt::ShiftModifier);
        QCOMPARE(w.runControls()->variant(), QStringLiteral("sequential"));
        const int kept = lesson.chosen(); // the same question: the class's answer stays
        QCOMPARE(lesson.question().choices.size(), 3);
        key(w, Qt::Key_D);
        QCOMPARE(lesson.chosen(), kept);
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("no choice D")));
    }
};

QTEST_MAIN(TestKeyboardLesson)
#include "tst_keyboardlesson.moc"
