#pragma once

#include <csignal>
#include <ctime>
#include <pthread.h>

namespace conlab {

// Ctrl+C and SIGTERM stop a run or the practice site cleanly (threads joined, children killed
// and reaped) instead of killing us. Blocked for every thread started after this, and taken
// by the one that asks.
class StopSignals
{
public:
    StopSignals()
    {
        sigemptyset(&m_set);
        sigaddset(&m_set, SIGINT);
        sigaddset(&m_set, SIGTERM);
        pthread_sigmask(SIG_BLOCK, &m_set, &m_old); // threads started after this inherit the mask
    }
    ~StopSignals() { pthread_sigmask(SIG_SETMASK, &m_old, nullptr); }
    StopSignals(const StopSignals &) = delete;
    StopSignals &operator=(const StopSignals &) = delete;
    // Waits up to `ms` for a stop signal.
    bool caught(int ms)
    {
        timespec ts{ms / 1000, long(ms % 1000) * 1'000'000};
        return sigtimedwait(&m_set, nullptr, &ts) > 0;
    }

private:
    sigset_t m_set, m_old;
};

} // namespace conlab
