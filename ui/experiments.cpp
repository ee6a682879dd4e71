#include "experiments.h"

#include "experimentview.h"
#include "runsummary.h"
#include "sweeppicture.h"
#include "trialspicture.h"
#include "trialsrunner.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>

namespace conlab {

namespace {
QString seconds(qint64 ns)
{
    return QString::number(double(ns) / 1e9, 'f', 1);
}
} // namespace

Experiments::Experiments(QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
    , m_runner(new TrialsRunner(this))
    , m_trialsView(new ExperimentView(
          tr("Trials run the scenario many times in chaos mode, each variant side by side, and count how often each "
             "outcome occurs. Press Trials on the left.")))
    , m_sweepView(new ExperimentView(
          tr("Why does my Python print 20? Sweep Gap runs the race in free mode at gaps from 0 to 1000 µs between "
             "the check and the subtraction, and plots how often each outcome occurs.")))
{
    connect(m_runner, &TrialsRunner::progressed, this, &Experiments::showProgress);
    connect(m_runner, &TrialsRunner::trialsFinished, this, &Experiments::trialsFinished);
    connect(m_runner, &TrialsRunner::sweepFinished, this, &Experiments::sweepFinished);
    connect(m_runner, &TrialsRunner::cancelled, this, &Experiments::cancelled);
    connect(m_trialsView, &ExperimentView::cancelRequested, this, &Experiments::cancel);
    connect(m_sweepView, &ExperimentView::cancelRequested, this, &Experiments::cancel);
    connect(m_trialsView, &ExperimentView::exportRequested, this, &Experiments::exportTrials);
    connect(m_sweepView, &ExperimentView::exportRequested, this, &Experiments::exportSweep);
}

Experiments::~Experiments()
{
    m_runner->cancel(); // joins before the views and results go
}

bool Experiments::isBusy() const
{
    return m_runner->isBusy();
}

void Experiments::runTrials(const Scenario &scenario, const QString &variant, const QVariantMap &params, int trials)
{
    m_runner->startTrials(scenario, variant, params, trials);
    m_trialsView->setBusy(true, tr("%1 chaos trials of each variant…").arg(trials));
    emit busyChanged(true);
}

void Experiments::runSweep(const Scenario &scenario, const QString &variant, const QVariantMap &params, int perGap)
{
    m_runner->startSweep(scenario, variant, params, perGap);
    m_sweepView->setBusy(true, tr("%1 free runs at each of %2 gaps…").arg(perGap).arg(GapSweep::defaultGaps().size()));
    emit busyChanged(true);
}

void Experiments::cancel()
{
    m_runner->cancel();
}

void Experiments::showProgress(int done, int total)
{
    ExperimentView *view = m_runner->job() == TrialsRunner::Job::Sweep ? m_sweepView : m_trialsView;
    view->setProgress(done, total);
}

void Experiments::trialsFinished(const QList<TrialsSummary> &summaries)
{
    m_trials = summaries;
    qint64 wall = 0;
    for (const TrialsSummary &s : summaries)
        wall += s.wallNs;
    m_trialsView->setBusy(false);
    m_trialsView->setPicture([this](QPainter &p, const QSizeF &size) { TrialsPicture(m_trials, size).paint(p); });
    m_trialsView->setStatus(tr("%1 trials in %2 s").arg(m_runner->total()).arg(seconds(wall)));
    emit busyChanged(false);
    emit trialsDone();
}

void Experiments::sweepFinished(const GapSweep &sweep)
{
    m_sweep = sweep;
    m_sweepView->setBusy(false);
    m_sweepView->setPicture([this](QPainter &p, const QSizeF &size) { SweepPicture(m_sweep, size).paint(p); });
    m_sweepView->setStatus(tr("%1 free runs in %2 s").arg(m_runner->total()).arg(seconds(sweep.wallNs)));
    emit busyChanged(false);
    emit sweepDone();
}

void Experiments::cancelled()
{
    for (ExperimentView *view : {m_trialsView, m_sweepView}) {
        if (view->isBusy()) {
            view->setBusy(false);
            view->setStatus(tr("Cancelled."));
        }
    }
    emit busyChanged(false);
}

QString Experiments::exportPath(const QString &name)
{
    return QFileDialog::getSaveFileName(m_dialogParent, tr("Export Picture"), QDir::current().filePath(name),
                                        tr("PNG picture (*.png);;SVG drawing (*.svg)"));
}

void Experiments::exportTrials()
{
    if (m_trials.isEmpty())
        return;
    const QString path = exportPath(m_trials.first().scenario + QStringLiteral("-trials.png"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = Exporter::exportTrials(m_trials, path);
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty())
        QMessageBox::warning(m_dialogParent, tr("Export"), error);
    else
        emit message(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

void Experiments::exportSweep()
{
    if (m_sweep.points.empty())
        return;
    const QString path = exportPath(m_sweep.scenario + QStringLiteral("-gap-sweep.png"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = Exporter::exportSweep(m_sweep, path);
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty())
        QMessageBox::warning(m_dialogParent, tr("Export"), error);
    else
        emit message(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace conlab
