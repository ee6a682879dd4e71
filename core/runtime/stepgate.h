#pragma once

#include "trace/recorder.h"

#include <functional>

namespace conlab {

class RunContext;

// Where scenario code asks to take one line of its listing. The gate records the step and
// runs it; the recorded order is the order the steps really ran in. This gate runs free:
// stepping, chaos and schedules plug in here without touching scenario code.
class StepGate
{
public:
    explicit StepGate(RunContext &ctx)
        : m_ctx(ctx)
    {
    }

    template<typename Fn>
    decltype(auto) step(int lane, int action, int line, Fn &&fn)
    {
        record(lane, action, line);
        return std::forward<Fn>(fn)();
    }

private:
    void record(int lane, int action, int line);
    RunContext &m_ctx;
};

} // namespace conlab
