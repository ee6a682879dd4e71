#include "comparesession.h"

#include "compareview.h"
#include "runcontroller.h"
#include "runsummary.h"
#include "scenarios/scenario.h"

#include <QTimer>

namespace conlab {

CompareSession::CompareSession(RunController *controller, CompareView *view, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_view(view)
{
    connect(controller, &RunController::finished, this, &CompareSession::runFinished);
    // A file put on screen between two runs of a comparison ends it: the next run must not
    // replace what the user just opened.
    connect(controller, &RunController::shown, this, &CompareSession::cancel);
}

void CompareSession::start(const Scenario &scenario, const QVariantMap &params)
{
    cancel();
    m_scenario = &scenario;
    m_params = params;
    m_variants.clear();
    for (const VariantSpec &v : scenario.info().variants)
        m_variants << QLatin1String(v.id);
    m_done.clear();
    startNext();
}

void CompareSession::compare(const Trace &first, std::unique_ptr<Trace> second)
{
    cancel();
    std::vector<std::unique_ptr<Trace>> runs;
    runs.push_back(std::make_unique<Trace>(first));
    runs.push_back(std::move(second));
    m_view->setRuns(std::move(runs));
    emit finished();
}

void CompareSession::cancel()
{
    if (!m_scenario)
        return;
    m_scenario = nullptr;
    m_done.clear();
    m_view->setStatus({});
    emit cancelled();
}

void CompareSession::startNext()
{
    if (!m_scenario)
        return;
    const QString variant = m_variants.at(int(m_done.size()));
    const QString text = tr("Comparing: running %1 (%2 of %3) on the Timeline tab …")
                             .arg(RunSummary::variantTitle(QLatin1String(m_scenario->info().id), variant))
                             .arg(m_done.size() + 1)
                             .arg(m_variants.size());
    m_view->setStatus(text);
    emit progressed(text);
    m_controller->start(*m_scenario, variant, m_params);
}

void CompareSession::runFinished(bool stopped)
{
    if (!m_scenario)
        return;
    if (stopped || !m_controller->trace()) {
        cancel();
        return;
    }
    m_done.push_back(std::make_unique<Trace>(*m_controller->trace()));
    // After the window has seen this run end: the next run replaces it in the controller, and
    // the comparison's own message comes after the window's "Finished".
    QTimer::singleShot(0, this, [this] {
        if (!m_scenario)
            return;
        if (int(m_done.size()) < m_variants.size()) {
            startNext();
            return;
        }
        m_scenario = nullptr;
        m_view->setRuns(std::move(m_done));
        m_done.clear();
        emit finished();
    });
}

} // namespace conlab
