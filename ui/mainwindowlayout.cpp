// The window's panels: how MainWindow lays itself out (the rest is in mainwindow.cpp).
#include "mainwindow.h"

#include "apptheme.h"
#include "comparesession.h"
#include "compareview.h"
#include "experiments.h"
#include "experimentview.h"
#include "exporter.h"
#include "languagemenu.h"
#include "legendbar.h"
#include "lessonpanel.h"
#include "outputconsole.h"
#include "presentation.h"
#include "replay.h"
#include "resultpanel.h"
#include "runcontroller.h"
#include "runcontrols.h"
#include "runfiles.h"
#include "runsummary.h"
#include "scenariolist.h"
#include "sourcepanel.h"
#include "speedupsweep.h"
#include "stepdriver.h"
#include "steppanel.h"
#include "timelineview.h"
#include "tracequery.h"
#include "trialscontrols.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QDir>
#include <QFileInfo>
#include <QMimeData>
#include <QHash>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QAbstractSpinBox>
#include <QActionGroup>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace conlab {

namespace {

QWidget *titled(const QString &title, QWidget *content, QLabel **titleLabel = nullptr)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), box);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    if (titleLabel)
        *titleLabel = label;
    return box;
}

} // namespace

QWidget *MainWindow::buildLeft()
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scenarios = new ScenarioList;
    layout->addWidget(titled(tr("Scenarios"), m_scenarios), 1);
    m_controls = new RunControls;
    layout->addWidget(titled(tr("Run"), m_controls));
    m_trialsControls = new TrialsControls;
    m_trialsBox = titled(tr("Many Runs"), m_trialsControls);
    layout->addWidget(m_trialsBox);
    layout->addWidget(m_speedup->controls());
    box->setMinimumWidth(240);
    return box;
}

QWidget *MainWindow::buildTimelinePage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(4);
    m_stepPanel = new StepPanel;
    m_stepPanel->hide();
    m_stepDriver = new StepDriver(m_controller, m_stepPanel, this);
    m_legend = new LegendBar;
    m_timeline = new TimelineView;
    m_details = new QLabel;
    m_details->setForegroundRole(QPalette::PlaceholderText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_stepPanel);
    layout->addWidget(m_legend);
    layout->addWidget(m_timeline, 1);
    m_replay = new Replay(this);
    m_replayBar = new ReplayBar(m_replay);
    m_replayBar->hide();
    layout->addWidget(m_replayBar);
    layout->addWidget(m_details);
    connect(m_replay, &Replay::changed, this, [this] {
        m_timeline->setPlayHead(m_replay->atEnd() ? -1 : m_replay->playHead());
    });
    connect(m_timeline, &TimelineView::selectionChanged, this, [this](const QString &text) {
        m_details->setText(text.isEmpty() ? tr("Click a span for its details, double-click a lane to pin a caption "
                                               "there. Drag or wheel to pan, Ctrl+wheel or +/− to zoom, Shift+drag "
                                               "to zoom to a stretch, F to fit.")
                                          : text);
    });
    // Captions are edited on the run itself; the replay's copy and the window hear of it.
    connect(m_timeline, &TimelineView::captionsChanged, this, [this] {
        m_replay->captionsChanged();
        setWindowModified(true);
        statusBar()->showMessage(tr("Caption changed: save the run (Ctrl+S) to keep it."), 5000);
    });
    emit m_timeline->selectionChanged({});
    return page;
}

QWidget *MainWindow::buildCentre()
{
    auto *top = new QWidget;
    auto *layout = new QVBoxLayout(top);
    layout->setContentsMargins(6, 6, 6, 0);
    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildTimelinePage(), tr("Timeline"));
    m_tabs->addTab(m_experiments->trialsView(), tr("Trials"));
    m_tabs->addTab(m_experiments->sweepView(), tr("Gap Sweep"));
    m_compare = new CompareView;
    m_tabs->addTab(m_compare, tr("Compare"));
    m_tabs->addTab(m_speedup->view(), tr("Speed-up"));
    layout->addWidget(m_tabs);

    m_console = new OutputConsole;
    m_results = new ResultPanel;
    m_lesson = new LessonPanel;
    auto *bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(titled(tr("Output"), m_console));
    bottom->addWidget(titled(tr("Results"), m_results));
    bottom->addWidget(titled(tr("Lesson"), m_lesson));
    bottom->setSizes({450, 350, 450});
    bottom->setObjectName(QStringLiteral("panelSplit")); // presentation mode gives the lesson more room
    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("timelineSplit"));
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({700, 260});
    split->setChildrenCollapsible(false);
    return split;
}

QWidget *MainWindow::buildRight()
{
    m_source = new SourcePanel;
    QWidget *box = titled(tr("Program"), m_source, &m_sourceTitle);
    box->setMinimumWidth(320);
    return box;
}

} // namespace conlab
