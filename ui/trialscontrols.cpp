#include "trialscontrols.h"

#include "scenarios/scenario.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace conlab {

TrialsControls::TrialsControls(QWidget *parent)
    : QWidget(parent)
    , m_count(new QSpinBox(this))
    , m_trials(new QPushButton(tr("Trials"), this))
    , m_sweep(new QPushButton(tr("Sweep Gap"), this))
    , m_help(new QLabel(this))
{
    m_count->setRange(10, 100000);
    m_count->setValue(kDefaultTrials);
    m_count->setSingleStep(100);
    m_count->setAccelerated(true);
    m_count->setSuffix(tr(" of each variant"));
    m_count->setObjectName(QStringLiteral("trials"));
    m_count->setToolTip(tr("How many chaos runs Trials makes of each variant"));
    m_trials->setToolTip(tr("Run the scenario many times in chaos mode, with and without the lock, and count "
                            "how often each outcome occurs"));
    m_sweep->setToolTip(tr("Why does my Python print 20? Run the race in free mode at gaps from 0 to 1000 µs "
                           "between check and act and plot how often each outcome occurs"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->addRow(tr("Runs"), m_count);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_trials);
    buttons->addWidget(m_sweep);
    layout->addLayout(buttons);
    m_help->setWordWrap(true);
    m_help->setForegroundRole(QPalette::PlaceholderText);
    m_help->setText(tr("Trials: chaos runs of each variant side by side. Sweep Gap: free runs against the gap."));
    layout->addWidget(m_help);
    connect(m_trials, &QPushButton::clicked, this, [this] { emit trialsRequested(m_count->value()); });
    connect(m_sweep, &QPushButton::clicked, this, &TrialsControls::sweepRequested);
}

void TrialsControls::setScenario(const Scenario *scenario)
{
    const bool trials = scenario && !scenario->outcomeKeys().isEmpty();
    setVisible(trials);
    m_sweep->setVisible(trials && scenario->param(QStringLiteral("gap")) != nullptr);
}

int TrialsControls::trials() const
{
    return m_count->value();
}

void TrialsControls::setTrials(int n)
{
    m_count->setValue(n);
}

void TrialsControls::setBusy(bool busy)
{
    m_trials->setEnabled(!busy);
    m_sweep->setEnabled(!busy);
    m_count->setEnabled(!busy);
}

} // namespace conlab
