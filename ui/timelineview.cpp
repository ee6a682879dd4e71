#include "timelineview.h"

#include "captioneditor.h"
#include "captionpainter.h"
#include "timelinepainter.h"
#include "timelinetheme.h"
#include "timelineviewport.h"

#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <cmath>
#include <utility>

namespace conlab {

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
    , m_viewport(new TimelineViewport(this))
    , m_scrollBar(new QScrollBar(Qt::Vertical, this))
    , m_captionEditor(new CaptionEditor(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(400, 180);
    m_scrollBar->hide();
    connect(m_viewport, &TimelineViewport::changed, this, [this] {
        placeCaptionEditor();
        update();
    });
    connect(m_captionEditor, &CaptionEditor::accepted, this, &TimelineView::captionTyped);
    connect(m_captionEditor, &CaptionEditor::cancelled, this, &TimelineView::closeCaptionEditor);
    connect(m_scrollBar, &QScrollBar::valueChanged, this,
            [this](int v) { m_viewport->setScrollY(v, currentLayout().maxScrollY()); });
}

void TimelineView::setTrace(const Trace *trace, qint64 expectedEnd)
{
    m_trace = trace;
    m_index = {};
    m_expectedEnd = expectedEnd;
    m_selection = {};
    m_selectionText.clear();
    m_now = -1;
    emit selectionChanged({});
    m_viewport->fit();
    traceUpdated();
}

void TimelineView::setLive(bool live)
{
    if (!live)
        m_now = -1;
    m_viewport->setLive(live);
    traceUpdated();
}

void TimelineView::setNow(qint64 now)
{
    m_now = now;
}

void TimelineView::traceUpdated()
{
    m_viewport->setExtent(endTime(), m_viewport->live() ? m_expectedEnd : 0);
    updateScrollBar();
    placeCaptionEditor();
    update();
}

qint64 TimelineView::endTime() const
{
    return qMax(m_trace ? m_trace->endTime() : 0, m_now);
}

qint64 TimelineView::unitNs() const
{
    return m_trace ? TimelinePainter::unitOf(*m_trace) : 0;
}

QRectF TimelineView::layoutArea() const
{
    const qreal bar = m_scrollBar->isVisible() ? m_scrollBar->width() : 0;
    return QRectF(0, 0, width() - bar, height());
}

TimelineLayout TimelineView::currentLayout() const
{
    static const Trace empty;
    const Trace &trace = m_trace ? *m_trace : empty;
    m_index.update(trace);
    const QRectF area = layoutArea();
    LayoutInputs inputs{&trace, trace.eventCount(), 0, trace.endTime(), area, m_scale, m_viewport->from(),
                        m_viewport->to(), m_viewport->scrollY(), m_collapsed};
    for (const Lane &lane : trace.lanes())
        inputs.lanes = qHashMulti(inputs.lanes, lane.id, int(lane.kind), lane.parent, lane.pid, lane.ppid);
    if (m_layout && m_layout->first == inputs)
        return m_layout->second;
    const TimelineMetrics base = TimelineMetrics().scaled(m_scale);
    // Few lanes get taller rows so the view is not mostly empty; many lanes scroll.
    const qreal natural = TimelineLayout(trace, area, base, 0, 1, 0, m_collapsed, &m_index).contentHeight();
    m_layout.emplace(inputs, TimelineLayout(trace, area, base.stretchedRows(natural, area.height(), 1.0, 2.0),
                                            m_viewport->from(), m_viewport->to(), m_viewport->scrollY(), m_collapsed,
                                            &m_index));
    return m_layout->second;
}

void TimelineView::updateScrollBar()
{
    const TimelineLayout layout = currentLayout();
    const int max = int(std::ceil(layout.maxScrollY()));
    const bool needed = layout.contentHeight() > layout.plotRect().height() + 0.5;
    m_scrollBar->setVisible(needed);
    m_scrollBar->setGeometry(width() - m_scrollBar->sizeHint().width(), int(layout.plotRect().top()),
                             m_scrollBar->sizeHint().width(), int(layout.plotRect().height()));
    const QSignalBlocker block(m_scrollBar);
    m_scrollBar->setRange(0, needed ? max : 0);
    m_scrollBar->setPageStep(int(layout.plotRect().height()));
    m_scrollBar->setValue(int(m_viewport->scrollY()));
    if (!needed && m_viewport->scrollY() > 0)
        m_viewport->setScrollY(0, 0);
}

void TimelineView::zoomIn()
{
    m_viewport->zoom(1.5, (m_viewport->from() + m_viewport->to()) / 2);
}

void TimelineView::zoomOut()
{
    m_viewport->zoom(1 / 1.5, (m_viewport->from() + m_viewport->to()) / 2);
}

void TimelineView::fit()
{
    m_viewport->fit();
}

void TimelineView::toggleCollapsed(int lane)
{
    if (m_collapsed.contains(lane))
        m_collapsed.remove(lane);
    else
        m_collapsed.insert(lane);
    updateScrollBar();
    update();
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    if (!m_trace || m_trace->lanes().empty()) {
        p.fillRect(rect(), TimelineTheme::background());
        paintEmpty(p);
        return;
    }
    // The painter fills the layout's area itself; only what lies beside it (the scroll bar's
    // strip) is filled here.
    const QRectF area = layoutArea();
    if (area.width() < width())
        p.fillRect(QRectF(area.right(), 0, width() - area.right(), height()), TimelineTheme::background());
    const TimelineLayout layout = currentLayout();
    TimelinePaintOptions options;
    options.now = m_viewport->live() ? m_now : m_playHead;
    options.endAtNow = !m_viewport->live() && m_playHead >= 0; // a replay shows nothing past its play head
    options.unitNs = unitNs();
    options.index = &m_index;
    if (m_selection.kind == TimelineHit::Span) {
        options.selectedLane = m_selection.lane;
        options.selectedEvent = m_selection.event;
    }
    TimelinePainter(*m_trace, layout, options).paint(p);
    if (m_captionEdit && !m_captionEdit->original)
        CaptionPainter::paintPin(p, layout, m_captionEdit->lane, m_captionEdit->t);
    paintBand(p);
}

void TimelineView::paintEmpty(QPainter &p)
{
    p.setPen(TimelineTheme::mutedText());
    p.setFont(TimelineTheme::font(16));
    p.drawText(rect(), Qt::AlignCenter,
               tr("Pick a scenario on the left and press Run (Space).\nEach process and thread gets a lane here."));
}

void TimelineView::paintBand(QPainter &p)
{
    if (m_drag != Drag::Band)
        return;
    const QRectF plot = currentLayout().plotRect();
    const QRectF band(QPointF(qMin(m_pressPos.x(), m_lastPos.x()), plot.top()),
                      QPointF(qMax(m_pressPos.x(), m_lastPos.x()), plot.bottom()));
    p.fillRect(band, QColor(0, 114, 178, 40));
    p.setPen(QPen(QColor(0, 114, 178), 1));
    p.drawRect(band);
}

void TimelineView::resizeEvent(QResizeEvent *)
{
    updateScrollBar();
    placeCaptionEditor();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPointF pos = event->position();
    const TimelineLayout layout = currentLayout();
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        const qint64 anchor = layout.time(qMax(pos.x(), layout.plotRect().left()));
        m_viewport->zoom(std::pow(1.0015, delta.y()), anchor);
    } else if (layout.headerRect().contains(pos) || (event->modifiers() & Qt::AltModifier)) {
        scrollRows(-(delta.y() ? delta.y() : delta.x()) * 0.5);
    } else {
        // Both wheels pan time: a plain wheel is the one most people have.
        panPixels(-(delta.x() ? delta.x() : delta.y()) * 0.4);
    }
    event->accept();
}

void TimelineView::panPixels(qreal dx)
{
    const TimelineLayout layout = currentLayout();
    m_viewport->pan(qint64(std::llround(dx * layout.nsPerPixel())));
}

void TimelineView::scrollRows(qreal dy)
{
    const TimelineLayout layout = currentLayout();
    m_viewport->setScrollY(m_viewport->scrollY() + dy, layout.maxScrollY());
    updateScrollBar();
    placeCaptionEditor();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    m_swallowRelease = false;
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressPos = m_lastPos = event->position();
    m_moved = false;
    const bool inPlot = currentLayout().plotRect().contains(m_pressPos);
    m_drag = !inPlot ? Drag::None : (event->modifiers() & Qt::ShiftModifier) ? Drag::Band : Drag::Pan;
    if (m_drag == Drag::Pan)
        setCursor(Qt::ClosedHandCursor);
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if ((pos - m_pressPos).manhattanLength() > 4)
        m_moved = true;
    if (m_drag == Drag::Pan && m_moved) {
        panPixels(m_lastPos.x() - pos.x());
        scrollRows(m_lastPos.y() - pos.y());
    } else if (m_drag == Drag::Band) {
        update();
    }
    m_lastPos = pos;
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    if (std::exchange(m_swallowRelease, false))
        return;
    const Drag drag = m_drag;
    m_drag = Drag::None;
    unsetCursor();
    if (drag == Drag::Band && m_moved) {
        const TimelineLayout layout = currentLayout();
        const qint64 a = layout.time(qMin(m_pressPos.x(), event->position().x()));
        const qint64 b = layout.time(qMax(m_pressPos.x(), event->position().x()));
        m_viewport->setRange(a, b);
        return;
    }
    update();
    if (!m_moved)
        clickAt(event->position());
}

void TimelineView::clickAt(QPointF pos)
{
    if (!m_trace)
        return;
    const TimelineHit hit = TimelineHit::at(*m_trace, currentLayout(), pos, endTime());
    if (hit.kind == TimelineHit::CollapseArrow) {
        toggleCollapsed(hit.lane);
        return;
    }
    select(hit);
}

void TimelineView::select(const TimelineHit &hit)
{
    m_selection = hit;
    m_selectionText = m_trace ? hit.describe(*m_trace, unitNs(), false) : QString();
    emit selectionChanged(m_selectionText);
    update();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const qint64 step = m_viewport->span() / 8;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore: zoomOut(); break;
    case Qt::Key_F: fit(); break;
    case Qt::Key_Left: m_viewport->pan(-step); break;
    case Qt::Key_Right: m_viewport->pan(step); break;
    case Qt::Key_Escape: select({}); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_trace) {
        auto *help = static_cast<QHelpEvent *>(event);
        const TimelineHit hit = TimelineHit::at(*m_trace, currentLayout(), help->pos(), endTime());
        QString text = captionToolTip(help->pos());
        if (text.isEmpty())
            text = hit.kind == TimelineHit::CollapseArrow ? tr("Show or hide what belongs to this lane")
                                                          : hit.describe(*m_trace, unitNs(), true);
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void TimelineView::setPlayHead(qint64 t)
{
    m_playHead = t;
    traceUpdated();
}

void TimelineView::setScale(qreal scale)
{
    m_scale = scale;
    updateScrollBar();
    update();
}

} // namespace conlab
