#include "runcontrols.h"

#include "scenarios/scenario.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace conlab {

namespace {
QString scenarioText(const char *text)
{
    return QCoreApplication::translate("Scenario", text);
}
} // namespace

RunControls::RunControls(QWidget *parent)
    : QWidget(parent)
    , m_variant(new QComboBox(this))
    , m_variantHelp(new QLabel(this))
    , m_modeBox(new QWidget(this))
    , m_mode(new QComboBox(m_modeBox))
    , m_modeHelp(new QLabel(m_modeBox))
    , m_form(new QFormLayout)
    , m_paramBox(new QWidget(this))
    , m_run(new QPushButton(tr("Run"), this))
    , m_pause(new QPushButton(tr("Pause"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_compare(new QPushButton(tr("Compare Variants"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *variantForm = new QFormLayout;
    variantForm->addRow(tr("Variant"), m_variant);
    layout->addLayout(variantForm);
    m_variantHelp->setWordWrap(true);
    m_variantHelp->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_variantHelp);
    m_mode->addItem(tr("Free"), int(StepMode::Free));
    m_mode->addItem(tr("Chaos"), int(StepMode::Chaos));
    m_mode->addItem(tr("Step"), int(StepMode::Step));
    m_mode->setObjectName(QStringLiteral("mode"));
    auto *modeLayout = new QVBoxLayout(m_modeBox);
    modeLayout->setContentsMargins(0, 0, 0, 0);
    auto *modeForm = new QFormLayout;
    modeForm->addRow(tr("Mode"), m_mode);
    modeLayout->addLayout(modeForm);
    m_modeHelp->setWordWrap(true);
    m_modeHelp->setForegroundRole(QPalette::PlaceholderText);
    modeLayout->addWidget(m_modeHelp);
    layout->addWidget(m_modeBox);
    m_paramBox->setLayout(m_form);
    m_form->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_paramBox);
    auto *buttons = new QHBoxLayout;
    m_run->setToolTip(tr("Run the scenario (Space)"));
    m_stop->setToolTip(tr("Stop the run: every thread is joined, every child process ended"));
    m_pause->setToolTip(tr("Hold every lane at its next step and stop the run's clock (Space)"));
    m_run->setDefault(true);
    buttons->addWidget(m_run, 2);
    buttons->addWidget(m_pause, 2);
    buttons->addWidget(m_stop, 2);
    layout->addLayout(buttons);
    m_compare->setToolTip(tr("Run every variant with these settings, one after the other, and show them stacked "
                             "on one time axis"));
    layout->addWidget(m_compare);
    connect(m_compare, &QPushButton::clicked, this, &RunControls::compareRequested);
    connect(m_run, &QPushButton::clicked, this, &RunControls::runRequested);
    connect(m_pause, &QPushButton::clicked, this, &RunControls::pauseRequested);
    connect(m_stop, &QPushButton::clicked, this, &RunControls::stopRequested);
    connect(m_variant, &QComboBox::currentIndexChanged, this, [this] {
        updateVariantHelp();
        emit settingsChanged();
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] { updateModeHelp(); });
    setRunning(false);
}

void RunControls::setScenario(const Scenario *scenario)
{
    remember();
    m_scenario = scenario;
    m_variant->clear();
    m_modeBox->setVisible(false);
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
    if (!scenario)
        return;
    const ScenarioInfo &info = scenario->info();
    for (const VariantSpec &v : info.variants)
        m_variant->addItem(scenarioText(v.title), QLatin1String(v.id));
    const QString id = QLatin1String(info.id);
    setVariant(m_savedVariant.value(id));
    m_modeBox->setVisible(scenario->steppableLanes(scenario->defaults()) > 0);
    setMode(StepMode(m_savedMode.value(id, int(StepMode::Free))));
    QVariantMap values = scenario->defaults();
    if (values.contains(QStringLiteral("unit-ms")))
        values.insert(QStringLiteral("unit-ms"), kGuiUnitMs);
    const QVariantMap saved = m_saved.value(id);
    for (auto it = saved.cbegin(); it != saved.cend(); ++it)
        values.insert(it.key(), it.value());
    for (const ParamSpec &spec : info.params) {
        const bool isUnit = QLatin1String(spec.id) == QLatin1String("unit-ms");
        const QString label = isUnit ? tr("Speed") : scenarioText(spec.label);
        m_form->addRow(label, makeEditor(spec, values.value(QLatin1String(spec.id))));
    }
    updateVariantHelp();
}

QWidget *RunControls::makeEditor(const ParamSpec &spec, const QVariant &value)
{
    const QString id = QLatin1String(spec.id);
    QWidget *editor = nullptr;
    if (spec.type == ParamSpec::Bool) {
        auto *box = new QCheckBox(m_paramBox);
        box->setChecked(value.toBool());
        connect(box, &QCheckBox::toggled, this, &RunControls::settingsChanged);
        editor = box;
    } else {
        auto *spin = new QSpinBox(m_paramBox);
        spin->setRange(int(spec.minimum), int(spec.maximum));
        spin->setValue(int(value.toLongLong()));
        if (id == QLatin1String("unit-ms"))
            spin->setSuffix(tr(" ms per unit"));
        else if (spec.unit && *spec.unit)
            spin->setSuffix(QLatin1Char(' ') + QString::fromUtf8(spec.unit));
        spin->setAccelerated(true);
        connect(spin, &QSpinBox::valueChanged, this, &RunControls::settingsChanged);
        editor = spin;
    }
    QString tip = scenarioText(spec.help);
    if (spec.type == ParamSpec::Int)
        tip += QLatin1Char('\n') + tr("From %1 to %2, default %3").arg(spec.minimum).arg(spec.maximum).arg(spec.defaultValue);
    editor->setToolTip(tip);
    editor->setObjectName(id);
    m_editors.insert(id, editor);
    return editor;
}

QString RunControls::variant() const
{
    return m_variant->currentData().toString();
}

QVariantMap RunControls::params() const
{
    QVariantMap map;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (auto *spin = qobject_cast<QSpinBox *>(it.value()))
            map.insert(it.key(), qint64(spin->value()));
        else if (auto *box = qobject_cast<QCheckBox *>(it.value()))
            map.insert(it.key(), box->isChecked());
    }
    return map;
}

bool RunControls::stepVariant(int by)
{
    const int n = m_variant->count();
    if (n < 2 || !m_variant->isEnabled())
        return false;
    m_variant->setCurrentIndex(((m_variant->currentIndex() + by) % n + n) % n);
    return true;
}

bool RunControls::setVariant(const QString &id)
{
    const int i = m_variant->findData(id);
    if (i >= 0)
        m_variant->setCurrentIndex(i);
    return i >= 0;
}

bool RunControls::setParam(const QString &id, const QVariant &value)
{
    QWidget *editor = m_editors.value(id);
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->setValue(int(value.toLongLong()));
    else if (auto *box = qobject_cast<QCheckBox *>(editor))
        box->setChecked(value.toBool());
    return editor != nullptr;
}

StepMode RunControls::mode() const
{
    return m_modeBox->isVisibleTo(this) ? StepMode(m_mode->currentData().toInt()) : StepMode::Free;
}

bool RunControls::setMode(StepMode mode)
{
    const int i = m_mode->findData(int(mode));
    if (i >= 0)
        m_mode->setCurrentIndex(i);
    updateModeHelp();
    return i >= 0;
}

void RunControls::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_pause->setEnabled(running);
    m_stop->setEnabled(running);
    m_compare->setEnabled(!running);
    m_variant->setEnabled(!running);
    m_mode->setEnabled(!running);
    m_paramBox->setEnabled(!running);
    if (!running)
        setPaused(false);
}

void RunControls::setPaused(bool paused)
{
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
}

void RunControls::remember()
{
    if (!m_scenario)
        return;
    const QString id = QLatin1String(m_scenario->info().id);
    m_saved.insert(id, params());
    m_savedVariant.insert(id, variant());
    m_savedMode.insert(id, m_mode->currentData().toInt());
}

void RunControls::updateModeHelp()
{
    switch (StepMode(m_mode->currentData().toInt())) {
    case StepMode::Free: m_modeHelp->setText(tr("the threads go as the operating system schedules them")); break;
    case StepMode::Chaos:
        m_modeHelp->setText(tr("random pauses at every step shake out races; the seed makes a run repeatable"));
        break;
    case StepMode::Step:
        m_modeHelp->setText(tr("you are the scheduler: a thread takes one step when you press its number"));
        break;
    case StepMode::Schedule: m_modeHelp->clear(); break;
    }
}

void RunControls::updateVariantHelp()
{
    const VariantSpec *v = m_scenario ? m_scenario->variant(variant()) : nullptr;
    m_variantHelp->setText(v ? scenarioText(v->help) : QString());
}

} // namespace conlab
