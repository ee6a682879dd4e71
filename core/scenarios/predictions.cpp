#include "predictions.h"

#include "cpuwork.h"
#include "lessons.h"
#include "scenario.h"
#include "trace/trace.h"

#include <cmath>

namespace conlab {

namespace {

using Choice = Predictions::Choice;

qint64 num(const QVariantMap &map, const char *key)
{
    return map.value(QLatin1String(key)).toLongLong();
}

// The crawler's latency: its own parameter, or one unit when that is 0.
qint64 latencyMs(const QVariantMap &p)
{
    const qint64 latency = num(p, "latency-ms");
    return latency > 0 ? latency : num(p, "unit-ms");
}

QVariantMap withDefaults(const Scenario &scenario, const QVariantMap &given)
{
    QVariantMap p = scenario.defaults();
    for (auto it = given.cbegin(); it != given.cend(); ++it)
        p.insert(it.key(), it.value());
    return p;
}

// Choices with distinct values only: with some parameters two answers coincide.
void add(QList<Choice> &choices, const QString &text, double value)
{
    for (const Choice &c : std::as_const(choices)) {
        if (c.value == value)
            return;
    }
    choices.append({text, value});
}

QList<Choice> balanceChoices(const QVariantMap &p, qint64 withdrawals)
{
    const qint64 balance = num(p, "balance"), amount = qMax<qint64>(1, num(p, "amount"));
    const qint64 covered = qMin(withdrawals, balance / amount);
    QList<Choice> c;
    add(c, Predictions::tr("%1: as many withdrawals as the money covers").arg(balance - covered * amount),
        double(balance - covered * amount));
    add(c, Predictions::tr("%1: every withdrawal goes through").arg(balance - withdrawals * amount),
        double(balance - withdrawals * amount));
    add(c, Predictions::tr("%1: no withdrawal goes through").arg(balance), double(balance));
    return c;
}

QList<Choice> unitChoices(const QList<qint64> &units)
{
    QList<Choice> c;
    for (qint64 u : units)
        add(c, Predictions::tr("about %1 units").arg(u), double(u));
    return c;
}

int exact(const QList<Choice> &choices, double value)
{
    for (int i = 0; i < choices.size(); ++i) {
        if (choices[i].value == value)
            return i;
    }
    return -1;
}

// The nearest choice, if it is within a third of the measured value: a run that took 4.3 units
// bears out "about 4 units", not "about 7".
int nearest(const QList<Choice> &choices, double value)
{
    int best = -1;
    for (int i = 0; i < choices.size(); ++i) {
        if (best < 0 || std::abs(choices[i].value - value) < std::abs(choices[best].value - value))
            best = i;
    }
    if (best >= 0 && std::abs(choices[best].value - value) > std::max(0.34 * value, 0.5))
        return -1;
    return best;
}

} // namespace

Predictions::Question Predictions::question(const Scenario &scenario, const QString &variant, const QVariantMap &given)
{
    Q_UNUSED(variant) // every question so far asks about the variants side by side
    const QVariantMap p = withDefaults(scenario, given);
    const QString id = QLatin1String(scenario.info().id);
    const double unitNs = double(qMax<qint64>(1, num(p, "unit-ms"))) * 1e6;
    if (id == QLatin1String("processes")) {
        QList<Choice> c;
        add(c, tr("%1: sing's and dance's rounds together").arg(num(p, "sing") + num(p, "dance")),
            double(num(p, "sing") + num(p, "dance")));
        add(c, tr("%1: only dance's rounds").arg(num(p, "dance")), double(num(p, "dance")));
        add(c, tr("0: the children's additions stay in the children"), 0);
        return {tr("What will the counter be at the end?"), c};
    }
    if (id == QLatin1String("threads") || id == QLatin1String("pool")) {
        QList<qint64> units;
        for (const QString &v : {QStringLiteral("sequential"), QStringLiteral("sync"), QStringLiteral("parallel"),
                                 QStringLiteral("pool")}) {
            if (scenario.variant(v))
                units << qRound64(double(scenario.idealNs(v, p)) / unitNs);
        }
        units << 1;
        return {tr("How long will the run take?"), unitChoices(units)};
    }
    if (id == QLatin1String("race"))
        return {tr("What will the balance be at the end?"), balanceChoices(p, num(p, "workers"))};
    if (id == QLatin1String("pool-lock"))
        return {tr("What will the balance be at the end?"), balanceChoices(p, num(p, "withdrawals"))};
    if (id == QLatin1String("coroutines")) {
        QList<Choice> c;
        add(c, tr("one thread"), 1);
        add(c, tr("%1 threads, one per task").arg(num(p, "tasks")), double(num(p, "tasks")));
        return {tr("On how many threads will the tasks run?"), c};
    }
    if (id == QLatin1String("deadlock"))
        return {tr("Will both threads finish?"), {{tr("yes, both finish"), 0}, {tr("no, they deadlock"), 1}}};
    if (id == QLatin1String("cpu-bound")) {
        QList<Choice> c;
        add(c, tr("about 1: one core's worth"), 1);
        const qint64 cores = qMin<qint64>(num(p, "workers"), availableCores());
        add(c, tr("about %1: every worker on a core of its own").arg(cores), double(cores));
        return {tr("How many cores' worth of computing will the workers do at once?"), c};
    }
    if (id == QLatin1String("producer-consumer"))
        return {tr("Who will wait more often?"),
                {{tr("the producers, for a free place"), 0},
                 {tr("the consumers, for an item"), 1},
                 {tr("both the same"), 2}}};
    if (id == QLatin1String("crawler")) {
        QList<Choice> c;
        add(c, tr("about %1 ms: one page after another").arg(num(p, "pages") * latencyMs(p)),
            double(num(p, "pages") * latencyMs(p)));
        add(c, tr("about %1 ms: all pages at once").arg(latencyMs(p)), double(latencyMs(p)));
        return {tr("How long will the crawl take?"), c};
    }
    return {};
}

Predictions::Reveal Predictions::reveal(const Scenario &scenario, const Trace &t)
{
    const Question q = question(scenario, t.variant, t.parameters);
    const QString id = QLatin1String(scenario.info().id);
    const QVariantMap &r = t.results;
    if (q.text.isEmpty() || r.isEmpty() || r.value(QStringLiteral("stopped")).toBool())
        return {};
    if (id == QLatin1String("processes"))
        return {exact(q.choices, double(num(r, "counter"))), tr("the counter ended at %1").arg(num(r, "counter"))};
    if (id == QLatin1String("threads") || id == QLatin1String("pool")) {
        const QString units = Lessons::units(t.wallNs, t.parameters);
        return {nearest(q.choices, units.toDouble()), tr("the run took %1 units").arg(units)};
    }
    if (id == QLatin1String("race") || id == QLatin1String("pool-lock"))
        return {exact(q.choices, double(num(r, "final_balance"))),
                tr("the balance ended at %1").arg(num(r, "final_balance"))};
    if (id == QLatin1String("coroutines"))
        return {exact(q.choices, double(num(r, "distinct_threads"))),
                tr("the tasks ran on %1 threads").arg(num(r, "distinct_threads"))};
    if (id == QLatin1String("deadlock")) {
        const bool dead = r.value(QStringLiteral("deadlock_detected")).toBool();
        return {dead ? 1 : 0, dead ? tr("the threads deadlocked") : tr("both threads finished")};
    }
    if (id == QLatin1String("cpu-bound")) {
        const double parallelism = r.value(QStringLiteral("parallelism")).toDouble();
        return {nearest(q.choices, parallelism),
                tr("the workers computed %1 cores' worth at once").arg(r.value(QStringLiteral("parallelism")).toString())};
    }
    if (id == QLatin1String("producer-consumer")) {
        const qint64 full = num(r, "waits_not_full"), empty = num(r, "waits_not_empty");
        return {full > empty ? 0 : empty > full ? 1 : 2,
                tr("producers waited %1 times, consumers %2 times").arg(full).arg(empty)};
    }
    if (id == QLatin1String("crawler")) {
        const qint64 ms = qRound64(double(t.wallNs) / 1e6);
        return {nearest(q.choices, double(ms)), tr("the crawl took %1 ms").arg(ms)};
    }
    return {};
}

} // namespace conlab
