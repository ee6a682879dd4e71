// The timeline view's captions: adding, editing and removing them with the mouse (the rest of
// the view is in timelineview.cpp).
#include "timelineview.h"

#include "captioneditor.h"
#include "captionpainter.h"
#include "timelinepainter.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QMouseEvent>

#include <algorithm>

namespace conlab {

void TimelineView::setCaptionTarget(Trace *target)
{
    if (target == m_captionTarget)
        return;
    // The caption being typed belonged to the old run, which may be gone already.
    m_captionEdit.reset();
    m_captionEditor->dismiss();
    m_captionTarget = target;
    update();
}

int TimelineView::captionAt(QPointF pos) const
{
    if (!m_trace || m_trace->captions.empty())
        return -1;
    const TimelineLayout layout = currentLayout();
    if (!layout.plotRect().contains(pos))
        return -1;
    return CaptionPainter(*m_trace, layout).at(pos);
}

// The lane row and the moment under `pos`, where a caption could be pinned: not past the end
// of what is shown (the play head, in a replay), since there is nothing there to note yet.
bool TimelineView::captionLaneAt(QPointF pos, int *lane, qint64 *t) const
{
    if (!m_trace || !m_captionTarget)
        return false;
    const TimelineLayout layout = currentLayout();
    const TimelineLayout::Row *row = layout.plotRect().contains(pos) ? layout.rowAt(pos.y()) : nullptr;
    if (!row || row->kind != TimelineLayout::Row::Lane)
        return false;
    *lane = row->lane;
    *t = std::clamp<qint64>(layout.time(pos.x()), 0, m_playHead >= 0 ? m_playHead : endTime());
    return true;
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    int lane = -1;
    qint64 t = 0;
    const int caption = m_captionTarget && event->button() == Qt::LeftButton ? captionAt(event->position()) : -1;
    if (caption >= 0) {
        editCaption(m_trace->captions[size_t(caption)]);
    } else if (event->button() == Qt::LeftButton && captionLaneAt(event->position(), &lane, &t)) {
        addCaption(lane, t);
    } else {
        QWidget::mouseDoubleClickEvent(event); // a second press, as before captions
        return;
    }
    m_drag = Drag::None;
    m_swallowRelease = true;
    event->accept();
}

void TimelineView::addCaption(int lane, qint64 t)
{
    openCaptionEditor({lane, t, std::nullopt});
}

void TimelineView::editCaption(const Caption &caption)
{
    openCaptionEditor({caption.lane, caption.t, caption});
}

void TimelineView::removeCaption(const Caption &caption)
{
    if (!m_captionTarget)
        return;
    auto &captions = m_captionTarget->captions;
    const auto it = std::find(captions.begin(), captions.end(), caption);
    if (it == captions.end())
        return;
    captions.erase(it);
    emit captionsChanged();
    update();
}

void TimelineView::openCaptionEditor(const CaptionEdit &edit)
{
    if (!m_captionTarget || !m_trace || !m_trace->lane(edit.lane))
        return;
    if (m_captionEditor->isOpen())
        m_captionEditor->accept(); // a caption being typed elsewhere is kept first
    m_captionEdit = edit;
    const TimelineLayout layout = currentLayout();
    const TimelineLayout::Row *row = layout.laneRow(edit.lane);
    if (!row)
        return;
    const qreal fontPixels = CaptionPainter::noteFont(layout, *row).pixelSize();
    m_captionEditor->open(edit.original ? edit.original->text : QString(), fontPixels);
    placeCaptionEditor();
    update();
}

// Over the caption's note (or where its note would go), as wide as a note can be, and inside
// the plot; it follows the caption when the view zooms, pans or scrolls.
void TimelineView::placeCaptionEditor()
{
    if (!m_captionEdit || !m_captionEditor->isOpen())
        return;
    const TimelineLayout layout = currentLayout();
    const QRectF plot = layout.plotRect();
    const qreal width = std::min(layout.metrics().fontSize * 22, plot.width());
    QRectF slot = CaptionPainter::noteSlot(layout, m_captionEdit->lane, m_captionEdit->t, width);
    if (m_captionEdit->original && m_trace) {
        const CaptionPainter captions(*m_trace, layout);
        for (const CaptionPainter::Placed &placed : captions.placed()) {
            if (m_trace->captions[size_t(placed.index)] == *m_captionEdit->original && !placed.note.isEmpty())
                slot.moveTop(placed.note.top());
        }
    }
    if (slot.isEmpty())
        return;
    slot.moveLeft(std::clamp(slot.left(), plot.left(), std::max(plot.left(), plot.right() - slot.width())));
    const int height = std::max(int(slot.height()), m_captionEditor->fontMetrics().height() + 6);
    m_captionEditor->setGeometry(int(slot.left()), int(slot.center().y() - height / 2.0), int(slot.width()), height);
}

void TimelineView::closeCaptionEditor()
{
    m_captionEdit.reset();
    m_captionEditor->dismiss();
    update();
}

// Enter (or leaving the input): a new text adds or changes the caption; no text removes it.
void TimelineView::captionTyped(const QString &text)
{
    const std::optional<CaptionEdit> edit = std::exchange(m_captionEdit, std::nullopt);
    update();
    if (!edit || !m_captionTarget)
        return;
    const QString typed = text.trimmed();
    auto &captions = m_captionTarget->captions;
    if (edit->original) {
        const auto it = std::find(captions.begin(), captions.end(), *edit->original);
        if (it == captions.end() || it->text == typed)
            return;
        if (typed.isEmpty())
            captions.erase(it);
        else
            it->text = typed;
    } else {
        if (typed.isEmpty())
            return;
        const size_t at = captionInsertIndex(captions, edit->lane, edit->t);
        captions.insert(captions.begin() + qsizetype(at), Caption{edit->lane, edit->t, typed});
    }
    emit captionsChanged();
}

std::unique_ptr<QMenu> TimelineView::captionMenu(QPointF pos)
{
    if (!m_trace || !m_captionTarget)
        return nullptr;
    auto menu = std::make_unique<QMenu>(this);
    const int index = captionAt(pos);
    int lane = -1;
    qint64 t = 0;
    if (index >= 0) {
        const Caption caption = m_trace->captions[size_t(index)];
        connect(menu->addAction(tr("Edit Caption…")), &QAction::triggered, this,
                [this, caption] { editCaption(caption); });
        connect(menu->addAction(tr("Remove Caption")), &QAction::triggered, this,
                [this, caption] { removeCaption(caption); });
    } else if (captionLaneAt(pos, &lane, &t)) {
        connect(menu->addAction(tr("Add Caption Here…")), &QAction::triggered, this,
                [this, lane, t] { addCaption(lane, t); });
    } else {
        return nullptr;
    }
    return menu;
}

void TimelineView::contextMenuEvent(QContextMenuEvent *event)
{
    const std::unique_ptr<QMenu> menu = captionMenu(event->pos());
    if (!menu)
        return QWidget::contextMenuEvent(event);
    menu->exec(event->globalPos());
}

QString TimelineView::captionToolTip(QPointF pos) const
{
    const int index = captionAt(pos);
    return index >= 0 ? CaptionPainter::describe(*m_trace, index, unitNs()) : QString();
}

} // namespace conlab
