#include "stepgate.h"

#include "runcontext.h"

namespace conlab {

void StepGate::record(int lane, int action, int line)
{
    m_ctx.recorder().append(Event::make(m_ctx.now(), lane, EventType::Step, action, line));
}

} // namespace conlab
