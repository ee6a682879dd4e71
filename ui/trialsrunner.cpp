#include "trialsrunner.h"

#include <algorithm>

namespace conlab {

namespace {
constexpr int kPollMs = 100;
}

TrialsRunner::TrialsRunner(QObject *parent)
    : QObject(parent)
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, [this] { emit progressed(m_done.load(), m_total); });
}

TrialsRunner::~TrialsRunner()
{
    m_poll.stop();
    m_thread = {}; // requests stop and joins: the job's runs end before this object goes
}

void TrialsRunner::begin(Job job, int total)
{
    cancel();
    m_job = job;
    m_total = total;
    m_done.store(0);
    ++m_serial;
    m_poll.start();
    emit progressed(0, total);
}

void TrialsRunner::end()
{
    m_poll.stop();
    if (m_thread.joinable())
        m_thread.join(); // it has posted its result: this returns at once
    m_job = Job::None;
}

void TrialsRunner::startTrials(const Scenario &scenario, const QString &first, const QVariantMap &params, int trials)
{
    QStringList variants{first};
    for (const VariantSpec &v : scenario.info().variants) {
        if (!variants.contains(QLatin1String(v.id)))
            variants << QLatin1String(v.id);
    }
    begin(Job::Trials, trials * int(variants.size()));
    const quint64 serial = m_serial;
    m_thread = std::jthread([this, &scenario, variants, params, trials, serial](std::stop_token stop) {
        QList<TrialsSummary> summaries;
        for (const QString &variant : variants) {
            RunSettings settings;
            settings.variant = variant;
            settings.params = params;
            const int before = m_done.load();
            summaries << runTrials(scenario, settings, trials, [&](int done) {
                m_done.store(before + done);
                return !stop.stop_requested();
            });
            if (stop.stop_requested())
                return; // cancelled: nobody waits for a result
        }
        // Shown in the scenario's own order (no lock, then lock), whichever went first.
        std::stable_sort(summaries.begin(), summaries.end(), [&scenario](const auto &a, const auto &b) {
            const auto &vs = scenario.info().variants;
            auto index = [&vs](const QString &id) {
                return std::find_if(vs.begin(), vs.end(), [&](const VariantSpec &v) { return id == QLatin1String(v.id); }) -
                       vs.begin();
            };
            return index(a.variant) < index(b.variant);
        });
        QMetaObject::invokeMethod(this, [this, serial, summaries] { finishTrials(serial, summaries); },
                                  Qt::QueuedConnection);
    });
}

void TrialsRunner::startSweep(const Scenario &scenario, const QString &variant, const QVariantMap &params, int perGap,
                              const std::vector<qint64> &gapsUs)
{
    begin(Job::Sweep, perGap * int(gapsUs.size()));
    const quint64 serial = m_serial;
    m_thread = std::jthread([this, &scenario, variant, params, perGap, gapsUs, serial](std::stop_token stop) {
        RunSettings settings;
        settings.variant = variant;
        settings.params = params;
        const GapSweep sweep = runGapSweep(scenario, settings, gapsUs, perGap, [&](int done) {
            m_done.store(done);
            return !stop.stop_requested();
        });
        if (stop.stop_requested())
            return;
        QMetaObject::invokeMethod(this, [this, serial, sweep] { finishSweep(serial, sweep); }, Qt::QueuedConnection);
    });
}

void TrialsRunner::cancel()
{
    if (m_job == Job::None)
        return;
    ++m_serial; // a result already on its way is dropped
    m_thread.request_stop();
    end();
    emit cancelled();
}

void TrialsRunner::finishTrials(quint64 serial, const QList<TrialsSummary> &summaries)
{
    if (serial != m_serial)
        return;
    end();
    emit progressed(m_total, m_total);
    emit trialsFinished(summaries);
}

void TrialsRunner::finishSweep(quint64 serial, const GapSweep &sweep)
{
    if (serial != m_serial)
        return;
    end();
    emit progressed(m_total, m_total);
    emit sweepFinished(sweep);
}

} // namespace conlab
