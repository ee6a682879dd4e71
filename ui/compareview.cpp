#include "compareview.h"

#include "timelinetheme.h"
#include "timelineviewport.h"
#include "titlepainter.h"

#include <QKeyEvent>
#include <QPainter>

#include <cmath>

namespace conlab {

CompareView::CompareView(QWidget *parent)
    : QWidget(parent)
    , m_viewport(new TimelineViewport(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(400, 300);
    connect(m_viewport, &TimelineViewport::changed, this, [this] { update(); });
}

CompareView::~CompareView() = default;

void CompareView::setRuns(std::vector<std::unique_ptr<Trace>> runs)
{
    m_runs = std::move(runs);
    m_status.clear();
    m_viewport->setExtent(ComparePicture::sharedEnd(this->runs()), 0);
    m_viewport->fit();
    update();
}

QList<const Trace *> CompareView::runs() const
{
    QList<const Trace *> out;
    for (const auto &t : m_runs)
        out << t.get();
    return out;
}

void CompareView::setStatus(const QString &text)
{
    m_status = text;
    update();
}

ComparePicture CompareView::picture() const
{
    return ComparePicture(runs(), QSizeF(size()), m_viewport->from(), m_viewport->to(),
                          TitlePainter::fontSize(QSizeF(size())));
}

qint64 CompareView::timeAt(qreal x) const
{
    const ComparePicture pic = picture();
    if (pic.blocks().empty())
        return m_viewport->from();
    const TimelineLayout &layout = pic.blocks().front().layout;
    return layout.time(qMax(x, layout.plotRect().left()));
}

double CompareView::nsPerPixel() const
{
    const ComparePicture pic = picture();
    return pic.blocks().empty() ? 0 : pic.blocks().front().layout.nsPerPixel();
}

void CompareView::zoomIn()
{
    m_viewport->zoom(1.5, (m_viewport->from() + m_viewport->to()) / 2);
}

void CompareView::zoomOut()
{
    m_viewport->zoom(1 / 1.5, (m_viewport->from() + m_viewport->to()) / 2);
}

void CompareView::fit()
{
    m_viewport->fit();
}

void CompareView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.fillRect(rect(), TimelineTheme::background());
    if (!m_status.isEmpty() || m_runs.empty()) {
        p.setPen(TimelineTheme::mutedText());
        p.setFont(TimelineTheme::font(16));
        p.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap,
                   !m_status.isEmpty() ? m_status
                                       : tr("Compare runs every variant of the scenario one after the other and "
                                            "stacks them here on one time axis."));
        return;
    }
    picture().paint(p);
}

void CompareView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier)
        m_viewport->zoom(std::pow(1.0015, delta.y()), timeAt(event->position().x()));
    else
        m_viewport->pan(qint64(std::llround(-(delta.x() ? delta.x() : delta.y()) * 0.4 * nsPerPixel())));
    event->accept();
}

void CompareView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_dragging = true;
    m_lastX = event->position().x();
    setCursor(Qt::ClosedHandCursor);
}

void CompareView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    const qreal x = event->position().x();
    m_viewport->pan(qint64(std::llround((m_lastX - x) * nsPerPixel())));
    m_lastX = x;
}

void CompareView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    m_dragging = false;
    unsetCursor();
}

void CompareView::keyPressEvent(QKeyEvent *event)
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
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

} // namespace conlab
