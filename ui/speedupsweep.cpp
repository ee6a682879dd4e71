#include "speedupsweep.h"

#include "experimentview.h"
#include "exporter.h"
#include "scenarios/cpu-bound/cpuwork.h"
#include "speeduppicture.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace conlab {

SpeedupSweep::SpeedupSweep(QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
    , m_view(new ExperimentView(
          tr("Do more workers make it faster? Sweep Workers runs the scenario with 1, 2, … workers, up to twice "
             "the cores, and plots the speed-up against the ideal, with this machine's cores marked.")))
    , m_controls(new QWidget)
    , m_button(new QPushButton(tr("Sweep Workers"), m_controls))
    , m_help(new QLabel(m_controls))
{
    auto *layout = new QVBoxLayout(m_controls);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Speed-up").toHtmlEscaped()), m_controls));
    layout->addWidget(m_button);
    m_help->setWordWrap(true);
    m_help->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_help);
    m_button->setObjectName(QStringLiteral("sweepWorkers"));
    m_button->setToolTip(tr("Run the scenario once with each number of workers from 1 to twice the cores and "
                            "plot the speed-up"));
    m_view->setLivePicture(true);
    connect(m_button, &QPushButton::clicked, this, &SpeedupSweep::startRequested);
    connect(m_view, &ExperimentView::cancelRequested, this, &SpeedupSweep::cancel);
    connect(m_view, &ExperimentView::exportRequested, this, &SpeedupSweep::exportPicture);
}

SpeedupSweep::~SpeedupSweep()
{
    ++m_serial;
    m_thread = {}; // requests stop and joins: the run in progress ends before this object goes
    for (QWidget *w : {static_cast<QWidget *>(m_view.data()), m_controls.data()}) {
        if (w && !w->parent())
            delete w;
    }
}

void SpeedupSweep::setScenario(const Scenario *scenario)
{
    const bool sweepable = scenario && canSweep(*scenario);
    m_controls->setVisible(sweepable);
    if (sweepable)
        m_help->setText(tr("Workers 1 to %1, one run each; this machine has %2 cores.")
                            .arg(defaultSweepMax(*scenario))
                            .arg(availableCores()));
}

void SpeedupSweep::setEnabled(bool enabled)
{
    m_button->setEnabled(enabled && !m_busy);
}

void SpeedupSweep::start(const Scenario &scenario, const QString &variant, const QVariantMap &params)
{
    if (!canSweep(scenario))
        return;
    cancel();
    const int maxWorkers = defaultSweepMax(scenario);
    RunSettings settings;
    settings.variant = variant;
    settings.params = params;
    m_summary = {};
    m_summary.scenario = QLatin1String(scenario.info().id);
    m_summary.variant = variant;
    m_summary.parameters = params;
    m_summary.parameters.remove(QStringLiteral("workers"));
    m_summary.cores = availableCores();
    m_summary.maxWorkers = maxWorkers;
    const quint64 serial = ++m_serial;
    setBusy(true);
    m_view->setStatus(tr("Sweeping workers 1 to %1…").arg(maxWorkers));
    m_view->setProgress(0, maxWorkers);
    m_view->setPicture([this](QPainter &p, const QSizeF &size) { SpeedupPicture(m_summary, size).paint(p); });
    m_thread = std::jthread([this, &scenario, settings, maxWorkers, serial](std::stop_token stop) {
        const SweepSummary summary = runSweep(scenario, settings, maxWorkers, stop, [this, serial](const SweepPoint &p) {
            QMetaObject::invokeMethod(this, [this, serial, p] { addPoint(serial, p); }, Qt::QueuedConnection);
        });
        if (!stop.stop_requested())
            QMetaObject::invokeMethod(this, [this, serial, summary] { finish(serial, summary); }, Qt::QueuedConnection);
    });
}

void SpeedupSweep::addPoint(quint64 serial, const SweepPoint &point)
{
    if (serial != m_serial)
        return;
    m_summary.points.push_back(point);
    m_view->setProgress(int(m_summary.points.size()), m_summary.maxWorkers);
    m_view->canvas()->update();
}

void SpeedupSweep::finish(quint64 serial, const SweepSummary &summary)
{
    if (serial != m_serial)
        return;
    m_thread.join(); // it has handed over its result: this returns at once
    m_summary = summary;
    setBusy(false);
    showStatus();
    emit finished();
}

void SpeedupSweep::cancel()
{
    if (!m_busy)
        return;
    ++m_serial; // points and results already on their way are dropped
    m_thread.request_stop();
    m_thread.join(); // the run in progress stops at once: it is told through its stop token
    m_summary.stopped = true;
    setBusy(false);
    showStatus();
}

void SpeedupSweep::setBusy(bool busy)
{
    m_busy = busy;
    m_view->setBusy(busy);
    m_button->setEnabled(!busy);
    emit busyChanged(busy);
}

void SpeedupSweep::showStatus()
{
    const int done = int(m_summary.points.size());
    if (m_summary.stopped)
        m_view->setStatus(tr("Stopped after %1 of %2 worker counts.").arg(done).arg(m_summary.maxWorkers));
    else
        m_view->setStatus(tr("%1 runs in %2 s").arg(done).arg(double(m_summary.wallNs) / 1e9, 0, 'f', 1));
    if (done == 0)
        m_view->setPicture({});
}

void SpeedupSweep::exportPicture()
{
    if (m_summary.points.empty())
        return;
    const QString name = QStringLiteral("%1-%2-sweep.png").arg(m_summary.scenario, m_summary.variant);
    const QString path = QFileDialog::getSaveFileName(m_dialogParent, tr("Export Picture"),
                                                      QDir::current().filePath(name),
                                                      tr("PNG picture (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = Exporter::exportSpeedup(m_summary, path);
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty())
        QMessageBox::warning(m_dialogParent, tr("Export"), error);
    else
        emit message(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace conlab
