#pragma once

#include "singdance.h"

#include <functional>

namespace conlab {

// JobIo for a lane of this run: a thread of ours or the main lane.
class LaneJobIo : public JobIo
{
public:
    LaneJobIo(RunContext &ctx, int lane, std::function<void()> count)
        : m_ctx(ctx)
        , m_lane(lane)
        , m_count(std::move(count))
    {
    }
    void step(int line, const QString &action) override
    {
        m_ctx.step(m_lane, m_ctx.intern(action), line, [] {});
    }
    void print(const QString &text) override { m_ctx.print(m_lane, text); }
    void state(State s) override { m_ctx.state(m_lane, s); }
    bool sleepUntil(qint64 t) override { return m_ctx.sleepUntil(t); }
    qint64 now() const override { return m_ctx.now(); }
    qint64 unitNs() const override { return m_ctx.unitNs(); }
    void count() override { m_count(); }

private:
    RunContext &m_ctx;
    int m_lane;
    std::function<void()> m_count;
};

} // namespace conlab
