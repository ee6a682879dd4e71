#include "lessons.h"

#include "scenario.h"
#include "trace/trace.h"

namespace conlab {

namespace {

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

QString str(const QVariantMap &map, const char *key)
{
    return map.value(QLatin1String(key)).toString();
}

bool is(const QString &variant, const char *id)
{
    return variant == QLatin1String(id);
}

} // namespace

QString Lessons::units(qint64 ns, const QVariantMap &params)
{
    const double unitNs = double(qMax<qint64>(1, num(params, "unit-ms"))) * 1e6;
    return QString::number(double(ns) / unitNs, 'f', 1);
}

Lessons::Before Lessons::before(const Scenario &scenario, const QString &variant, const QVariantMap &given)
{
    QVariantMap p = scenario.defaults();
    for (auto it = given.cbegin(); it != given.cend(); ++it)
        p.insert(it.key(), it.value());
    const QString id = QLatin1String(scenario.info().id);
    if (id == QLatin1String("processes") || id == QLatin1String("threads")) {
        const bool processes = id == QLatin1String("processes");
        Before b;
        if (is(variant, "parallel"))
            b.watch = processes ? tr("Watch the two child lanes: each is a process with a pid of its own, started by the "
                                     "program. Do their Sleeping spans lie side by side or one after the other?")
                                : tr("Watch the two thread lanes: one pid, two thread ids. Do their Sleeping spans lie "
                                     "side by side or one after the other?");
        else
            b.watch = tr("Watch the main lane: sing sleeps %1 units, then dance sleeps %2, one after the other.")
                          .arg(num(p, "sing"))
                          .arg(num(p, "dance"));
        b.ask = processes ? tr("How long will the run take, and what will the counter be at the end, when sing adds 1 "
                               "for each of its %1 rounds and dance for each of its %2?")
                                .arg(num(p, "sing"))
                                .arg(num(p, "dance"))
                          : tr("Both threads add 1 to the same counter in each of their rounds (%1 and %2): what will "
                               "it be at the end, and how long will the run take?")
                                .arg(num(p, "sing"))
                                .arg(num(p, "dance"));
        return b;
    }
    if (id == QLatin1String("race"))
        return {is(variant, "lock") ? tr("Watch the lock band: while one thread holds it, the other waits in front of "
                                         "the check.")
                                    : tr("Watch when each thread checks the balance and when it subtracts: can another "
                                         "thread get in between?"),
                tr("%1 threads each withdraw %2 from a balance of %3. What will the balance be at the end?")
                    .arg(num(p, "workers"))
                    .arg(num(p, "amount"))
                    .arg(num(p, "balance"))};
    if (id == QLatin1String("pool"))
        return {is(variant, "pool") ? tr("Watch the pool's %1 worker lanes take the jobs, and the main lane wait in "
                                         "result() for each future in turn.")
                                          .arg(num(p, "workers"))
                                    : tr("Watch the main lane do read_file, connect_db and send_request one after "
                                         "another."),
                tr("The jobs take 1, 2 and 3 units. How long will the whole program take?")};
    if (id == QLatin1String("pool-lock"))
        return {is(variant, "lock") ? tr("Watch the lock band move from worker to worker, and the others wait for it.")
                                    : tr("Watch every worker check the balance before any of them subtracts."),
                tr("%1 withdrawals of %2 from %3 on a pool of %4 threads: how many will go through, and what will the "
                   "balance be?")
                    .arg(num(p, "withdrawals"))
                    .arg(num(p, "amount"))
                    .arg(num(p, "balance"))
                    .arg(num(p, "workers"))};
    if (id == QLatin1String("coroutines"))
        return {is(variant, "coroutines")
                    ? tr("Watch the event-loop lane: one thread runs every task in turn; a task that awaits is "
                         "suspended and costs only its frame.")
                    : tr("Watch the thread lanes: every task has a thread of its own, and each sleeps in the kernel."),
                tr("%1 tasks each wait %2 times one unit. On how many threads will they run, and how long will it "
                   "take?")
                    .arg(num(p, "tasks"))
                    .arg(num(p, "awaits"))};
    if (id == QLatin1String("deadlock"))
        return {is(variant, "naive") ? tr("Watch each thread take its first lock, hold it %1 ms, then ask for the "
                                          "other.")
                                           .arg(num(p, "hold-ms"))
                                     : tr("Watch the order in which the two threads take the locks A and B."),
                tr("Will both threads finish, or will they wait for each other for ever?")};
    if (id == QLatin1String("cpu-bound"))
        return {is(variant, "threads-gil") ? tr("Watch the GIL band: only the thread holding it computes; the others "
                                                "wait their turn.")
                                           : tr("Watch the %1 worker lanes: are they all Running at once?")
                                                 .arg(num(p, "workers")),
                tr("%1 workers share %2 chunks of pure computation. How many times faster than one worker will "
                   "they be?")
                    .arg(num(p, "workers"))
                    .arg(num(p, "amount"))};
    if (id == QLatin1String("producer-consumer"))
        return {tr("Watch the queue length counter and the waits: producers wait on not-full, consumers on not-empty."),
                tr("%1 producers and %2 consumers share a queue of %3 places. Who will wait more, the producers or "
                   "the consumers?")
                    .arg(num(p, "producers"))
                    .arg(num(p, "consumers"))
                    .arg(num(p, "capacity"))};
    if (id == QLatin1String("crawler"))
        return {is(variant, "start-join") ? tr("Watch the thread lanes: each thread is joined before the next one "
                                               "starts. Is this any faster than one thread?")
                                          : tr("Watch when each page is downloaded: one at a time, or several at "
                                               "once?"),
                tr("%1 pages, each taking %2 ms to download. How long will the crawl take?")
                    .arg(num(p, "pages"))
                    .arg(latencyMs(p))};
    return {};
}

namespace {

QString afterSingDance(const Trace &t, bool processes)
{
    const QVariantMap &p = t.parameters;
    const QString took = Lessons::tr("The run took %1 units (%2 ms at %3 ms a unit); the ideal is %4.")
                             .arg(Lessons::units(t.wallNs, p))
                             .arg(qRound(double(t.wallNs) / 1e6))
                             .arg(num(p, "unit-ms"))
                             .arg(Lessons::units(t.idealNs, p));
    QString why;
    if (is(t.variant, "parallel"))
        why = processes ? Lessons::tr("The two processes slept at the same time: the run lasts as long as the longer "
                                      "job, not both together.")
                        : Lessons::tr("The two threads slept at the same time: the run lasts as long as the longer "
                                      "job, not both together.");
    else
        why = Lessons::tr("One job after the other: sing's %1 units and dance's %2 add up.")
                  .arg(num(p, "sing"))
                  .arg(num(p, "dance"));
    QString counter;
    const qint64 value = num(t.results, "counter");
    if (processes && is(t.variant, "parallel"))
        counter = Lessons::tr("The counter is %1 in the program: each child added to its own copy of memory, and "
                              "that copy ended with the child.")
                      .arg(value);
    else if (processes)
        counter = Lessons::tr("The counter is %1: both jobs ran in the program's own process and added to the same "
                              "memory.")
                      .arg(value);
    else
        counter = Lessons::tr("The counter is %1: the threads share the process's memory and added to the same "
                              "variable.")
                      .arg(value);
    return took + QLatin1Char(' ') + why + QLatin1Char(' ') + counter;
}

QString afterWithdrawals(const Trace &t)
{
    const QVariantMap &r = t.results;
    QString s = Lessons::tr("%1 withdrawals went through and %2 were refused; the balance ended at %3.")
                    .arg(num(r, "withdrawals_ok"))
                    .arg(num(r, "withdrawals_refused"))
                    .arg(num(r, "final_balance"));
    if (num(r, "final_balance") < 0)
        s += QLatin1Char(' ') + Lessons::tr("Overdrawn: threads passed the check before another had subtracted.");
    if (num(r, "stale_checks") > 0)
        s += QLatin1Char(' ') + Lessons::tr("Stale checks: %1, withdrawals decided on a balance that had already "
                                            "changed.")
                                    .arg(num(r, "stale_checks"));
    if (num(r, "lost_updates") > 0)
        s += QLatin1Char(' ') + Lessons::tr("Lost updates: %1, a subtraction overwritten by another thread's store.")
                                    .arg(num(r, "lost_updates"));
    if (num(r, "money_created") != 0)
        s += QLatin1Char(' ') + Lessons::tr("The bank paid out %1 more than the account held.")
                                    .arg(num(r, "money_created"));
    if (is(t.variant, "lock"))
        s += QLatin1Char(' ') + Lessons::tr("With the lock, checking and subtracting are one step: a thread that comes "
                                            "second sees the balance after the first one's withdrawal.");
    if (t.results.contains(QStringLiteral("lock_utilisation")))
        s += QLatin1Char(' ') + Lessons::tr("Some worker held the lock for %1% of the run.")
                                    .arg(str(r, "lock_utilisation"));
    return s;
}

QString afterPool(const Trace &t)
{
    const QVariantMap &p = t.parameters;
    QString s = Lessons::tr("The program printed used time %1 and took %2 units in all; the ideal is %3.")
                    .arg(num(t.results, "used_time"))
                    .arg(Lessons::units(t.wallNs, p))
                    .arg(Lessons::units(t.idealNs, p));
    if (is(t.variant, "pool"))
        s += QLatin1Char(' ') + Lessons::tr("On %1 pool threads the jobs overlapped, while the main thread waited "
                                            "in result() for the futures in turn.")
                                    .arg(num(p, "workers"));
    else
        s += QLatin1Char(' ') + Lessons::tr("On the main thread alone the jobs ran one after another: their times "
                                            "add up.");
    return s;
}

QString afterCoroutines(const Trace &t)
{
    const QVariantMap &r = t.results;
    QString s = Lessons::tr("%1 tasks finished on %2 threads in %3 units (%4 ms).")
                    .arg(num(r, "tasks_done"))
                    .arg(num(r, "distinct_threads"))
                    .arg(Lessons::units(t.wallNs, t.parameters))
                    .arg(qRound(double(t.wallNs) / 1e6));
    if (is(t.variant, "coroutines"))
        s += QLatin1Char(' ') + Lessons::tr("One thread was enough: while a task waits it is suspended, and the event "
                                            "loop runs another.");
    else
        s += QLatin1Char(' ') + Lessons::tr("Every task needed a thread of its own, with a whole stack, just to wait.");
    return s;
}

QString afterDeadlock(const Trace &t)
{
    if (t.results.value(QStringLiteral("deadlock_detected")).toBool()) {
        const QStringList cycle = t.results.value(QStringLiteral("cycle")).toStringList();
        return Lessons::tr("Deadlock: %1. Each thread holds one lock and waits for the other; neither can ever go on.")
            .arg(cycle.join(QStringLiteral("; ")));
    }
    return Lessons::tr("No deadlock: both threads finished in %1 ms. A thread never held one lock while it waited "
                       "for the other in the opposite order.")
        .arg(qRound(double(t.wallNs) / 1e6));
}

QString afterCpuBound(const Trace &t)
{
    const QVariantMap &r = t.results;
    QString s = Lessons::tr("%1 workers on %2 cores found %3 primes in %4 ms, using %5 ms of CPU: %6 cores' worth "
                            "at once.")
                    .arg(num(t.parameters, "workers"))
                    .arg(num(r, "cores"))
                    .arg(num(r, "primes"))
                    .arg(str(r, "used_ms"))
                    .arg(str(r, "cpu_total_ms"))
                    .arg(str(r, "parallelism"));
    if (is(t.variant, "threads-gil"))
        s += QLatin1Char(' ') + Lessons::tr("With the GIL only one thread computes at a time, so more threads do not "
                                            "make it faster.");
    else
        s += QLatin1Char(' ') + Lessons::tr("Pure computation speeds up with the cores that are free, and no further.");
    return s;
}

QString afterProducerConsumer(const Trace &t)
{
    const QVariantMap &r = t.results;
    return Lessons::tr("%1 items produced and %2 consumed; the queue held at most %3 of its %4 places. Producers "
                       "waited on not-full %5 times, consumers on not-empty %6 times.")
        .arg(num(r, "produced"))
        .arg(num(r, "consumed"))
        .arg(num(r, "max_queue"))
        .arg(num(t.parameters, "capacity"))
        .arg(num(r, "waits_not_full"))
        .arg(num(r, "waits_not_empty"));
}

QString afterCrawler(const Trace &t)
{
    const QVariantMap &p = t.parameters;
    QString s = Lessons::tr("%1 pages of %2 ms each took %3 ms; the ideal is %4 ms.")
                    .arg(num(p, "pages"))
                    .arg(latencyMs(p))
                    .arg(qRound(double(t.wallNs) / 1e6))
                    .arg(qRound(double(t.idealNs) / 1e6));
    if (is(t.variant, "sequential") || is(t.variant, "start-join"))
        s += QLatin1Char(' ') + Lessons::tr("One download at a time: the waits add up.");
    else
        s += QLatin1Char(' ') + Lessons::tr("The downloads waited at the same time, so their waits overlapped.");
    return s;
}

} // namespace

QString Lessons::after(const Trace &t)
{
    if (t.results.isEmpty() || t.results.value(QStringLiteral("stopped")).toBool())
        return {};
    if (t.scenario == QLatin1String("processes") || t.scenario == QLatin1String("threads"))
        return afterSingDance(t, t.scenario == QLatin1String("processes"));
    if (t.scenario == QLatin1String("race") || t.scenario == QLatin1String("pool-lock"))
        return afterWithdrawals(t);
    if (t.scenario == QLatin1String("pool"))
        return afterPool(t);
    if (t.scenario == QLatin1String("coroutines"))
        return afterCoroutines(t);
    if (t.scenario == QLatin1String("deadlock"))
        return afterDeadlock(t);
    if (t.scenario == QLatin1String("cpu-bound"))
        return afterCpuBound(t);
    if (t.scenario == QLatin1String("producer-consumer"))
        return afterProducerConsumer(t);
    if (t.scenario == QLatin1String("crawler"))
        return afterCrawler(t);
    return {};
}

} // namespace conlab
