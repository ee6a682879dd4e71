#include "presentation.h"

#include "apptheme.h"
#include "mainwindow.h"
#include "runcontroller.h"
#include "runcontrols.h"
#include "scenarios/scenario.h"
#include "stepdriver.h"
#include "timelinetheme.h"
#include "timelineview.h"

#include <QApplication>
#include <QLabel>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QToolBar>
#include <QToolButton>

namespace conlab {

namespace {

QWidget *sidePanel(MainWindow *w, int index)
{
    auto *split = qobject_cast<QSplitter *>(w->centralWidget());
    return split && split->count() == 3 ? split->widget(index) : nullptr;
}

} // namespace

Presentation::Presentation(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    buildBar();
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), window);
    connect(escape, &QShortcut::activated, this, [this] { setOn(false); });
    connect(this, &Presentation::changed, escape, &QShortcut::setEnabled);
    escape->setEnabled(false);
    connect(window->controller(), &RunController::started, this, &Presentation::sync);
    connect(window->controller(), &RunController::finished, this, &Presentation::sync);
    connect(window->controller(), &RunController::pausedChanged, this, &Presentation::sync);
    connect(window->stepDriver(), &StepDriver::message, this, &Presentation::sync);
    connect(window->runControls(), &RunControls::settingsChanged, this, &Presentation::sync); // speed set by the keys
}

void Presentation::buildBar()
{
    m_bar = new QToolBar(tr("Presentation"), m_window);
    m_bar->setObjectName(QStringLiteral("presentationBar"));
    m_bar->setMovable(false);
    m_bar->setFloatable(false);
    m_bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto button = [this](const QString &text, auto slot) {
        auto *b = new QToolButton(m_bar);
        b->setText(text);
        b->setMinimumHeight(56);
        b->setMinimumWidth(96);
        QFont f = b->font();
        f.setPointSizeF(f.pointSizeF() * 1.4);
        f.setBold(true);
        b->setFont(f);
        connect(b, &QToolButton::clicked, this, slot);
        m_actions.insert(b, m_bar->addWidget(b)); // a tool bar shows and hides its widgets through these
        return b;
    };
    m_run = button(tr("Run"), [this] { m_window->runOrPause(); });
    m_stop = button(tr("Stop"), [this] { m_window->stopRun(); });
    for (int n = 1; n <= 4; ++n) {
        QToolButton *b = button(tr("Step %1").arg(n), [this, n] { m_window->stepDriver()->step(n); });
        b->setToolTip(tr("Thread %1 takes one step (key %1)").arg(n));
        m_steps << b;
    }
    m_bar->addSeparator();
    auto *label = new QLabel(tr("Speed"), m_bar);
    QFont lf = label->font();
    lf.setPointSizeF(lf.pointSizeF() * 1.3);
    label->setFont(lf);
    label->setContentsMargins(12, 0, 6, 0);
    m_bar->addWidget(label);
    m_speed = new QSpinBox(m_bar);
    m_speed->setRange(50, 2000);
    m_speed->setSingleStep(50);
    m_speed->setSuffix(tr(" ms per unit"));
    m_speed->setMinimumHeight(48);
    m_speed->setFont(lf);
    m_speed->setToolTip(tr("How long one unit (the tutorial's sleep(1)) lasts: slower for the class to follow"));
    connect(m_speed, &QSpinBox::valueChanged, this,
            [this](int ms) { m_window->runControls()->setParam(QStringLiteral("unit-ms"), ms); });
    m_bar->addWidget(m_speed);
    auto *spacer = new QWidget(m_bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_bar->addWidget(spacer);
    QToolButton *exit = button(tr("Leave (F11)"), [this] { setOn(false); });
    exit->setToolTip(tr("Back to the normal window"));
    m_window->addToolBar(Qt::TopToolBarArea, m_bar);
    m_bar->hide();
}

void Presentation::setOn(bool on)
{
    if (on == m_on)
        return;
    m_on = on;
    on ? enter() : leave();
    emit changed(on);
}

void Presentation::enter()
{
    m_geometry = m_window->saveGeometry();
    m_font = m_window->font();
    m_theme = int(AppTheme::choice());
    if (QWidget *left = sidePanel(m_window, 0)) {
        m_leftVisible = left->isVisible();
        left->hide();
    }
    if (QWidget *right = sidePanel(m_window, 2)) {
        m_rightVisible = right->isVisible();
        right->hide();
    }
    AppTheme::apply(AppTheme::Light);
    TimelineTheme::setHighContrast(true);
    QFont big = m_font;
    big.setPointSizeF(m_font.pointSizeF() * kTextScale);
    m_window->setFont(big);
    m_window->timeline()->setScale(kTimelineScale);
    m_bar->show();
    sync();
    m_window->showFullScreen();
    // In large type the lesson's question and reveal need room to be read from the back: the
    // panels below the timeline get a third of the height, and the lesson the widest share.
    auto *timelineSplit = m_window->findChild<QSplitter *>(QStringLiteral("timelineSplit"));
    auto *panelSplit = m_window->findChild<QSplitter *>(QStringLiteral("panelSplit"));
    if (timelineSplit && panelSplit) {
        m_timelineSplit = timelineSplit->saveState();
        m_panelSplit = panelSplit->saveState();
        timelineSplit->setSizes({2000, 1000});
        panelSplit->setSizes({300, 250, 450});
    }
}

void Presentation::leave()
{
    m_bar->hide();
    m_window->timeline()->setScale(1.0);
    m_window->setFont(m_font);
    TimelineTheme::setHighContrast(false);
    AppTheme::apply(AppTheme::Choice(m_theme));
    if (QWidget *left = sidePanel(m_window, 0))
        left->setVisible(m_leftVisible);
    if (QWidget *right = sidePanel(m_window, 2))
        right->setVisible(m_rightVisible);
    m_window->showNormal();
    m_window->restoreGeometry(m_geometry);
    if (auto *split = m_window->findChild<QSplitter *>(QStringLiteral("timelineSplit")))
        split->restoreState(m_timelineSplit);
    if (auto *split = m_window->findChild<QSplitter *>(QStringLiteral("panelSplit")))
        split->restoreState(m_panelSplit);
}

void Presentation::sync()
{
    const RunController *run = m_window->controller();
    m_run->setText(!run->isRunning() ? tr("Run") : run->isPaused() ? tr("Resume") : tr("Pause"));
    const bool stepping = run->isRunning() && m_window->runControls()->mode() == StepMode::Step;
    const int lanes = m_window->runControls()->scenario()
                          ? m_window->runControls()->scenario()->steppableLanes(m_window->runControls()->params())
                          : 0;
    for (int i = 0; i < m_steps.size(); ++i)
        m_actions.value(m_steps[i])->setVisible(stepping && i < lanes);
    m_stop->setEnabled(run->isRunning());
    const QVariant unit = m_window->runControls()->params().value(QStringLiteral("unit-ms"));
    m_speed->setEnabled(unit.isValid() && !run->isRunning());
    if (unit.isValid()) {
        const QSignalBlocker block(m_speed);
        m_speed->setValue(unit.toInt());
    }
}

} // namespace conlab
