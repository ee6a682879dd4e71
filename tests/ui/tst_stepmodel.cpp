// The words of the step panel and the verdicts of the trials, without a window.
#include "experiments/gapsweep.h"
#include "histogrampainter.h"
#include "outcome.h"
#include "stepmodel.h"

#include "scenarios/scenario.h"

#include <QtTest>

using namespace conlab;

namespace {

const Scenario &race()
{
    return *findScenario(QStringLiteral("race"));
}

QVariantMap params(bool expand = false)
{
    QVariantMap p = race().defaults();
    p.insert(QStringLiteral("expand"), expand);
    return p;
}

int lineOf(const QString &listing, const QString &text)
{
    const QStringList lines = listing.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].contains(text))
            return i + 1;
    }
    return 0;
}

TrialsSummary summary(const QString &variant, QList<QList<qint64>> outcomes)
{
    TrialsSummary s;
    s.scenario = QStringLiteral("race");
    s.variant = variant;
    s.parameters = params();
    for (const auto &o : outcomes) {
        s.histogram << QVariantMap{{QStringLiteral("final_balance"), o[0]},
                                   {QStringLiteral("withdrawals_ok"), o[1]},
                                   {QStringLiteral("count"), o[2]}};
        s.trials += int(o[2]);
    }
    return s;
}

const QStringList kKeys{QStringLiteral("final_balance"), QStringLiteral("withdrawals_ok")};

} // namespace

class TestStepModel : public QObject
{
    Q_OBJECT

private slots:
    void codeFillsTheArgumentsOfTheFunction_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<bool>("expand");
        QTest::addColumn<QString>("find");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("code");
        QTest::newRow("check") << "no-lock" << false << "if account.balance" << "check"
                               << "if account.balance >= 80:";
        QTest::newRow("subtract") << "no-lock" << false << "account.balance -= amount" << "balance -= amount"
                                  << "account.balance -= 80";
        // A string keeps its words: the "balance" in the f-string is not a parameter.
        QTest::newRow("print") << "no-lock" << false << "-balance:" << "print"
                               << "print(f\"{name}-balance: {account.balance}\")";
        QTest::newRow("load") << "no-lock" << true << "# load" << "load" << "balance = account.balance";
        QTest::newRow("sub") << "no-lock" << true << "# subtract" << "subtract" << "balance = balance - 80";
        QTest::newRow("acquire") << "lock" << false << "with lock:" << "acquire" << "lock.acquire()";
        QTest::newRow("release") << "lock" << false << "with lock:" << "release" << "lock.release()";
    }

    void codeFillsTheArgumentsOfTheFunction()
    {
        QFETCH(QString, variant);
        QFETCH(bool, expand);
        QFETCH(QString, find);
        QFETCH(QString, action);
        QFETCH(QString, code);
        const QString listing = race().renderedListing(variant, params(expand));
        const int line = lineOf(listing, find);
        QVERIFY2(line > 0, qPrintable(find));
        QCOMPARE(StepModel(listing, params(expand)).code(line, action), code);
    }

    void scheduleTextIsWhatTheCommandLineReads()
    {
        QCOMPARE(StepModel::scheduleText({1, 2, 1, 2}), QStringLiteral("1,2,1,2"));
        QCOMPARE(StepModel::scheduleText({}), QString());
    }

    void settledWhenNoLaneMoves()
    {
        using P = StepGate::Phase;
        auto view = [](P phase) { return StepGate::LaneView{1, 1, phase, -1, 0}; };
        QVERIFY(!StepModel::settled({}));
        QVERIFY(StepModel::settled({view(P::Parked), view(P::Blocked), view(P::Finished)}));
        QVERIFY(!StepModel::settled({view(P::Parked), view(P::Running)}));
    }

    void outcomesAreJudgedByTheMoney_data()
    {
        QTest::addColumn<qint64>("final");
        QTest::addColumn<qint64>("ok");
        QTest::addColumn<int>("verdict");
        QTest::newRow("one withdrawal") << 20ll << 1ll << int(Outcome::Verdict::Right);
        QTest::newRow("both passed the check") << -60ll << 2ll << int(Outcome::Verdict::Overdrawn);
        QTest::newRow("lost update") << 20ll << 2ll << int(Outcome::Verdict::MoneyCreated);
    }

    void outcomesAreJudgedByTheMoney()
    {
        QFETCH(qint64, final);
        QFETCH(qint64, ok);
        QFETCH(int, verdict);
        const Outcome o(kKeys, {final, ok}, params());
        QCOMPARE(int(o.verdict()), verdict);
        QCOMPARE(o.isWrong(), verdict != int(Outcome::Verdict::Right));
        QVERIFY(o.label().contains(QString::number(final)));
    }

    void sideBySideHistogramsShareTheirRows()
    {
        const QList<TrialsSummary> both{summary(QStringLiteral("no-lock"), {{-60, 2, 540}, {20, 1, 460}}),
                                        summary(QStringLiteral("lock"), {{20, 1, 1000}})};
        const auto rows = HistogramPainter::rowsFor(both, kKeys);
        QCOMPARE(rows.size(), size_t(2));
        QCOMPARE(rows[0], (QList<qint64>{20, 1})); // highest balance first
        QCOMPARE(rows[1], (QList<qint64>{-60, 2}));
        QCOMPARE(HistogramPainter::count(both[1], kKeys, rows[1]), 0);
        QCOMPARE(HistogramPainter::lowest(both[0], kKeys), -60);
        QCOMPARE(HistogramPainter::lowest(both[1], kKeys), 20);
        QCOMPARE(HistogramPainter::rightTrials(both[0], kKeys), 460);
        QCOMPARE(HistogramPainter::rightTrials(both[1], kKeys), 1000);
        const QStringList lines = HistogramPainter(both[1], kKeys, rows, 17).totalsLines();
        QVERIFY(lines.join(QLatin1Char('\n')).contains(QStringLiteral("in every trial")));
    }

    void gapSweepCountsEveryRunAtEveryGap()
    {
        RunSettings settings;
        settings.variant = QStringLiteral("no-lock");
        settings.params = params();
        int calls = 0;
        const GapSweep sweep = runGapSweep(race(), settings, {0, 200}, 5, [&](int done) {
            calls = done;
            return true;
        });
        QCOMPARE(calls, 10);
        QCOMPARE(sweep.points.size(), size_t(2));
        for (const GapSweep::Point &p : sweep.points) {
            int total = 0;
            for (const auto &c : p.counts)
                total += c.second;
            QCOMPARE(total, 5);
        }
        double shares = 0;
        for (const auto &o : sweep.outcomes())
            shares += sweep.share(1, o);
        QCOMPARE(shares, 1.0);

        const GapSweep stopped = runGapSweep(race(), settings, {0, 200}, 5, [](int done) { return done < 3; });
        QVERIFY(stopped.stopped);
        QCOMPARE(stopped.points.size(), size_t(1));
        QCOMPARE(stopped.points[0].trials, 3);
    }
};

QTEST_MAIN(TestStepModel)
#include "tst_stepmodel.moc"
