#include "scenario.h"

// The registry: the one place that knows every scenario. A new scenario is a folder of its own
// under scenarios/ and a line here (its header, and its place in the list below); the CMake glob,
// the --list text, the CLI, the window and the lessons find it from here.
#include "coroutines/coroutinesscenario.h"
#include "cpu-bound/cpuboundscenario.h"
#include "crawler/crawlerscenario.h"
#include "deadlock/deadlockscenario.h"
#include "pool-lock/poollockscenario.h"
#include "pool/poolscenario.h"
#include "processes/processesscenario.h"
#include "producer-consumer/producerconsumerscenario.h"
#include "race/racescenario.h"
#include "threads/threadsscenario.h"

namespace conlab {

namespace {

template <class S>
const Scenario *one()
{
    static const S scenario;
    return &scenario;
}

std::vector<const Scenario *> &registry()
{
    // One line per scenario, in the tutorial's chapter order, then the ones beyond it.
    static std::vector<const Scenario *> all{
        one<ProcessesScenario>(),
        one<ThreadsScenario>(),
        one<CrawlerScenario>(),
        one<RaceScenario>(),
        one<PoolScenario>(),
        one<PoolLockScenario>(),
        one<CoroutinesScenario>(),
        one<DeadlockScenario>(),
        one<CpuBoundScenario>(),
        one<ProducerConsumerScenario>(),
    };
    return all;
}

} // namespace

const std::vector<const Scenario *> &scenarios()
{
    return registry();
}

const Scenario *findScenario(const QString &id)
{
    for (const Scenario *s : scenarios()) {
        if (id == QLatin1String(s->info().id))
            return s;
    }
    return nullptr;
}

void registerScenario(const Scenario *scenario)
{
    registry().push_back(scenario);
}

} // namespace conlab
