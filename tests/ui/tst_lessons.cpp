#include "lessonpanel.h"
#include "mainwindow.h"
#include "runcontroller.h"
#include "runcontrols.h"
#include "scenariolist.h"
#include "scenarios/lessons.h"
#include "scenarios/predictions.h"
#include "scenarios/run.h"
#include "scenarios/scenario.h"
#include "trace/chrome/chromereader.h"

#include <QAction>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace conlab;

namespace {

Trace runScenario(const QString &id, const QString &variant, const QVariantMap &params)
{
    const Scenario *s = findScenario(id);
    RunSettings r;
    r.scenario = id;
    r.variant = variant;
    r.params = s->defaults();
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        r.params.insert(it.key(), it.value());
    r.workerPath = QStringLiteral(CONLAB_EXE);
    return runToEnd(*s, r);
}

// Every number a sentence writes, as written: "-60", "4.0", "12".
QStringList figures(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("(?<![\\w.])-?\\d+(?:\\.\\d+)?(?!\\w|\\.\\d)"));
    QStringList out;
    for (auto it = number.globalMatch(text); it.hasNext();)
        out << it.next().captured(0);
    return out;
}

void collect(const QVariant &v, QSet<QString> &out)
{
    if (v.typeId() == QMetaType::QVariantMap) {
        for (const QVariant &x : v.toMap())
            collect(x, out);
    } else if (v.typeId() == QMetaType::QVariantList || v.typeId() == QMetaType::QStringList) {
        for (const QVariant &x : v.toList())
            collect(x, out);
    } else {
        out << v.toString();
        for (const QString &f : figures(v.toString()))
            out << f;
    }
}

// What the run's JSON summary holds (parameters, results, wall_ms, ideal_ms), as the lesson may
// write it: as is, or a time in whole milliseconds or in units to a tenth.
QSet<QString> runFigures(const Trace &t)
{
    QSet<QString> out;
    collect(t.parameters, out);
    collect(t.results, out);
    const double unitMs = t.parameters.value(QStringLiteral("unit-ms")).toDouble();
    for (qint64 ns : {t.wallNs, t.idealNs}) {
        const double ms = double(ns) / 1e6;
        out << QString::number(qRound64(ms)) << QString::number(ms / unitMs, 'f', 1);
    }
    return out;
}

} // namespace

class TestLessons : public QObject
{
    Q_OBJECT

private:
    void runInWindow(MainWindow &w)
    {
        QSignalSpy finished(&w, &MainWindow::runFinished);
        w.startRun();
        QVERIFY(w.controller()->isRunning());
        QVERIFY(finished.wait(60000));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void lessonAfterTellsTheRunsOwnFigures_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QVariantMap>("a");
        QTest::addColumn<QVariantMap>("b");
        auto m = [](std::initializer_list<std::pair<const char *, qint64>> list) {
            QVariantMap map;
            for (const auto &[k, v] : list)
                map.insert(QLatin1String(k), v);
            return map;
        };
        QTest::newRow("processes") << "processes" << "parallel" << m({{"unit-ms", 20}}) << m({{"unit-ms", 30}});
        QTest::newRow("threads") << "threads" << "sequential" << m({{"unit-ms", 20}, {"sing", 2}})
                                 << m({{"unit-ms", 20}, {"sing", 3}});
        QTest::newRow("pool") << "pool" << "pool" << m({{"unit-ms", 20}, {"workers", 1}})
                              << m({{"unit-ms", 20}, {"workers", 3}});
        QTest::newRow("race") << "race" << "lock" << m({{"unit-ms", 10}, {"workers", 2}})
                              << m({{"unit-ms", 10}, {"workers", 3}});
        QTest::newRow("pool-lock") << "pool-lock" << "lock" << m({{"unit-ms", 10}, {"hold-ms", 5}, {"withdrawals", 3}})
                                   << m({{"unit-ms", 10}, {"hold-ms", 5}, {"withdrawals", 4}});
        QTest::newRow("coroutines") << "coroutines" << "coroutines"
                                    << m({{"unit-ms", 10}, {"tasks", 5}, {"measure", 0}})
                                    << m({{"unit-ms", 10}, {"tasks", 9}, {"measure", 0}});
        QTest::newRow("deadlock") << "deadlock" << "ordered" << m({{"unit-ms", 10}, {"hold-ms", 20}})
                                  << m({{"unit-ms", 10}, {"hold-ms", 60}});
        QTest::newRow("cpu-bound") << "cpu-bound" << "threads" << m({{"workers", 1}, {"amount", 4}})
                                   << m({{"workers", 2}, {"amount", 4}});
        QTest::newRow("producer-consumer") << "producer-consumer" << "condition-variable"
                                           << m({{"unit-ms", 10}, {"items", 6}})
                                           << m({{"unit-ms", 10}, {"items", 9}});
    }

    void lessonAfterTellsTheRunsOwnFigures()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, variant);
        QFETCH(QVariantMap, a);
        QFETCH(QVariantMap, b);
        QStringList texts;
        for (const QVariantMap &params : {a, b}) {
            const Trace trace = runScenario(scenario, variant, params);
            const QString text = Lessons::after(trace);
            QVERIFY2(!text.isEmpty(), qPrintable(scenario));
            const QSet<QString> known = runFigures(trace);
            for (const QString &f : figures(text))
                QVERIFY2(known.contains(f), qPrintable(QStringLiteral("%1 is not the run's: %2").arg(f, text)));
            QVERIFY2(figures(text).size() >= 1, qPrintable(text));
            texts << text;
        }
        QVERIFY2(texts[0] != texts[1], qPrintable(texts[0]));
    }

    // The same from the command line: the lesson of a saved run quotes what `run --json` printed.
    void lessonQuotesTheJson()
    {
        QTemporaryDir dir;
        QStringList texts;
        for (const char *workers : {"1", "3"}) {
            const QString file = dir.filePath(QStringLiteral("pool-%1.json").arg(QLatin1String(workers)));
            QProcess cli;
            cli.start(QStringLiteral(CONLAB_EXE), {QStringLiteral("run"), QStringLiteral("pool"), QStringLiteral("--variant"),
                                                   QStringLiteral("pool"), QStringLiteral("--workers"), QLatin1String(workers),
                                                   QStringLiteral("--unit-ms"), QStringLiteral("20"), QStringLiteral("--json"),
                                                   QStringLiteral("--export"), file});
            QVERIFY(cli.waitForFinished(60000));
            QCOMPARE(cli.exitCode(), 0);
            const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
            const ChromeReadResult saved = readChromeTrace(file);
            QVERIFY2(saved.ok(), qPrintable(saved.error));
            const QString text = Lessons::after(saved.trace);
            const double wallMs = json.value(QStringLiteral("wall_ms")).toDouble();
            const double idealMs = json.value(QStringLiteral("ideal_ms")).toDouble();
            const QJsonObject results = json.value(QStringLiteral("results")).toObject();
            const QStringList expected = {
                QString::number(results.value(QStringLiteral("used_time")).toInt()),
                QString::number(wallMs / 20, 'f', 1),
                QString::number(idealMs / 20, 'f', 1),
                QLatin1String(workers),
            };
            QCOMPARE(figures(text), expected);
            texts << text;
        }
        QVERIFY2(texts[0] != texts[1], qPrintable(texts[0]));
    }

    void lessonBeforeFollowsTheSettings()
    {
        const Scenario *race = findScenario(QStringLiteral("race"));
        QVariantMap p = race->defaults();
        const Lessons::Before two = Lessons::before(*race, QStringLiteral("no-lock"), p);
        p.insert(QStringLiteral("workers"), 3);
        const Lessons::Before three = Lessons::before(*race, QStringLiteral("no-lock"), p);
        QVERIFY(!two.watch.isEmpty());
        QVERIFY(two.ask.contains(QLatin1String("2 threads")));
        QVERIFY(three.ask.contains(QLatin1String("3 threads")));
        for (const Scenario *s : scenarios()) {
            for (const VariantSpec &v : s->info().variants) {
                const Lessons::Before b = Lessons::before(*s, QLatin1String(v.id), s->defaults());
                QVERIFY2(!b.watch.isEmpty() && !b.ask.isEmpty(), s->info().id);
                QVERIFY2(!Predictions::question(*s, QLatin1String(v.id), s->defaults()).choices.isEmpty(), s->info().id);
            }
        }
    }

    // The class predicts; the run reveals whether the prediction was right.
    void predictThenReveal()
    {
        MainWindow w;
        w.show();
        LessonPanel *lesson = w.lessonPanel();
        lesson->predictAction()->setChecked(true);
        QVERIFY(w.scenarioList()->select(QStringLiteral("race")));
        QVERIFY(w.runControls()->setVariant(QStringLiteral("lock")));
        QVERIFY(w.runControls()->setParam(QStringLiteral("unit-ms"), 10));
        const Predictions::Question &q = lesson->question();
        int twenty = -1, overdrawn = -1;
        for (int i = 0; i < q.choices.size(); ++i) {
            if (q.choices[i].value == 20)
                twenty = i;
            if (q.choices[i].value == -60)
                overdrawn = i;
        }
        QVERIFY(twenty >= 0 && overdrawn >= 0);
        QVERIFY(lesson->findChild<QGroupBox *>()->isVisible());

        QVERIFY(lesson->choose(twenty));
        runInWindow(w);
        QCOMPARE(lesson->revealed(), twenty);
        QVERIFY2(lesson->revealText().contains(QLatin1String("Right!")), qPrintable(lesson->revealText()));
        QVERIFY(lesson->lessonText().contains(QLatin1String("the balance ended at 20")));

        QVERIFY(lesson->choose(overdrawn));
        runInWindow(w);
        QCOMPARE(lesson->revealed(), twenty);
        QVERIFY2(lesson->revealText().contains(QLatin1String("Not this time")), qPrintable(lesson->revealText()));
        QVERIFY(lesson->revealText().contains(q.choices[overdrawn].text.toHtmlEscaped()));

        // Off: no question before the run and nothing to reveal after it.
        lesson->predictAction()->setChecked(false);
        QVERIFY(!lesson->findChild<QGroupBox *>()->isVisible());
        runInWindow(w);
        QVERIFY(lesson->revealText().isEmpty());
        QVERIFY(lesson->lessonText().contains(QLatin1String("the balance ended at 20")));
    }
};

QTEST_MAIN(TestLessons)
#include "tst_lessons.moc"
