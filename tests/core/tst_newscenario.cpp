// Adding a scenario is a folder with its code and teaching plus a line in the registry. This
// test is that folder in one file: a tiny scenario, registered at run time, must be listed, run
// to its end and taught like the ten the program ships.
#include "scenarios/lessons.h"
#include "scenarios/listtext.h"
#include "scenarios/predictions.h"
#include "scenarios/run.h"
#include "scenarios/scenario.h"
#include "scenarios/teaching.h"

#include <QTest>

#include <mutex>

using namespace conlab;

namespace {

qint64 count(const QVariantMap &params)
{
    return params.value(QStringLiteral("count")).toLongLong();
}

class TinyTeaching final : public Teaching
{
public:
    LessonBefore before(const QString &, const QVariantMap &params) const override
    {
        return {QStringLiteral("Watch the main lane count to %1.").arg(count(params)),
                QStringLiteral("Where will it stop?")};
    }
    QString after(const Trace &trace) const override
    {
        return QStringLiteral("It counted to %1.").arg(trace.results.value(QStringLiteral("counted")).toLongLong());
    }
    PredictionQuestion question(const Scenario &, const QString &, const QVariantMap &params) const override
    {
        QList<PredictionChoice> choices;
        teach::addChoice(choices, QStringLiteral("at %1").arg(count(params)), double(count(params)));
        teach::addChoice(choices, QStringLiteral("never"), -1);
        return {QStringLiteral("Where will it stop?"), choices};
    }
    PredictionReveal reveal(const Trace &trace, const PredictionQuestion &asked) const override
    {
        const qint64 counted = trace.results.value(QStringLiteral("counted")).toLongLong();
        return {teach::exactChoice(asked.choices, double(counted)), QStringLiteral("it stopped at %1").arg(counted)};
    }
};

class TinyScenario final : public Scenario
{
public:
    const ScenarioInfo &info() const override
    {
        static const ScenarioInfo info{
            "tiny",
            "Tiny",
            "Counts on the main lane, one unit a number",
            {{"up", "Up", "counts up from 1"}},
            {unitParam(), {"count", ParamSpec::Int, 3, 1, 10, "Count", "How far to count"}},
            {},
        };
        return info;
    }
    const Teaching *teaching() const override { return &m_teaching; }
    void run(RunContext &ctx) const override
    {
        const int main = ctx.mainLane();
        const qint64 n = ctx.param(QStringLiteral("count"));
        for (qint64 i = 1; i <= n; ++i)
            ctx.print(main, QString::number(i));
        ctx.setResult(QStringLiteral("counted"), n);
    }

private:
    TinyTeaching m_teaching;
};

const TinyScenario tiny;

} // namespace

class TestNewScenario : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const size_t shipped = scenarios().size();
        registerScenario(&tiny);
        QCOMPARE(scenarios().size(), shipped + 1);
    }

    void isFoundAndListed()
    {
        QCOMPARE(findScenario(QStringLiteral("tiny")), &tiny);
        QCOMPARE(scenarios().back(), &tiny);
        const QString list = listText();
        QVERIFY2(list.contains(QStringLiteral("tiny — Counts on the main lane, one unit a number\n  variants: up\n")),
                 qPrintable(list));
        QVERIFY(list.contains(QLatin1String("--count N")));
        QVERIFY(list.contains(QStringLiteral("How far to count [1…10, default 3]")));
    }

    void runsToItsEnd()
    {
        RunSettings settings;
        settings.variant = QStringLiteral("up");
        settings.params = tiny.defaults();
        settings.params.insert(QStringLiteral("count"), 4);
        QStringList printed;
        std::mutex printing;
        settings.output = [&](const QString &line) {
            std::lock_guard lock(printing);
            printed << line;
        };
        const Trace trace = runToEnd(tiny, settings);
        QCOMPARE(trace.scenario, QStringLiteral("tiny"));
        QCOMPARE(trace.variant, QStringLiteral("up"));
        QCOMPARE(trace.results.value(QStringLiteral("counted")).toInt(), 4);
        QCOMPARE(printed, QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}));
    }

    void isTaught()
    {
        // Before: from the scenario's defaults, with what was given on top.
        const Lessons::Before before = Lessons::before(tiny, QStringLiteral("up"), {});
        QCOMPARE(before.watch, QStringLiteral("Watch the main lane count to 3."));
        QCOMPARE(before.ask, QStringLiteral("Where will it stop?"));
        const Predictions::Question q =
            Predictions::question(tiny, QStringLiteral("up"), {{QStringLiteral("count"), 5}});
        QCOMPARE(q.choices.size(), 2);
        QCOMPARE(q.choices[0].text, QStringLiteral("at 5"));

        // After: the run's own figures, and the prediction it bore out.
        RunSettings settings;
        settings.variant = QStringLiteral("up");
        settings.params = tiny.defaults();
        settings.params.insert(QStringLiteral("count"), 5);
        const Trace trace = runToEnd(tiny, settings);
        QCOMPARE(Lessons::after(trace), QStringLiteral("It counted to 5."));
        const Predictions::Reveal reveal = Predictions::reveal(tiny, trace);
        QCOMPARE(reveal.choice, 0);
        QCOMPARE(reveal.measured, QStringLiteral("it stopped at 5"));
    }
};

QTEST_GUILESS_MAIN(TestNewScenario)
#include "tst_newscenario.moc"
