#pragma once

#include "timelinehit.h"
#include "timelinelayout.h"
#include "traceindex.h"

#include <QSet>
#include <QWidget>

#include <memory>
#include <optional>

class QMenu;
class QScrollBar;

namespace conlab {

class CaptionEditor;
class TimelineViewport;

// The live swimlane view. It owns the zoom/scroll state, lays out and paints through the
// shared painter, and turns mouse and keys into viewport changes; each input has a small
// handler of its own.
class TimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);

    // The trace is not owned; it must outlive its use here (nullptr: nothing to show).
    void setTrace(const Trace *trace, qint64 expectedEnd = 0);
    // A live run: spans end at `now` and the view follows it unless the user has moved away.
    void setLive(bool live);
    void setNow(qint64 now);
    // The trace has grown: recompute the extent and repaint.
    void traceUpdated();

    TimelineViewport *viewport() const { return m_viewport; }
    TimelineLayout currentLayout() const;
    const QSet<int> &collapsed() const { return m_collapsed; }
    QString selectionText() const { return m_selectionText; }

    void zoomIn();
    void zoomOut();
    void fit();
    void toggleCollapsed(int lane);
    // Type and rows at `scale` times their normal size (presentation mode: 1.6).
    void setScale(qreal scale);
    // Replay: spans end at the play head and its line shows (-1: none).
    void setPlayHead(qint64 t);
    qreal scale() const { return m_scale; }

    // Captions. The target is the trace whose captions the user's edits change: the run's own,
    // which this view may show a copy of (a replay's). nullptr: captions cannot be edited here.
    void setCaptionTarget(Trace *target);
    // Opens the inline input for a new caption on `lane` at `t`, or for an existing one.
    void addCaption(int lane, qint64 t);
    void editCaption(const Caption &caption);
    void removeCaption(const Caption &caption);
    CaptionEditor *captionEditor() const { return m_captionEditor; }
    // The index of the caption (in the trace shown) whose note or pin is at `pos`, or -1.
    int captionAt(QPointF pos) const;
    // The right-click menu for `pos`: edit or remove the caption there, or add one (nullptr if
    // there is nothing to offer).
    std::unique_ptr<QMenu> captionMenu(QPointF pos);

    QSize sizeHint() const override { return {900, 420}; }

signals:
    void selectionChanged(const QString &details);
    // The target's captions changed (one was added, edited or removed).
    void captionsChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    enum class Drag { None, Pan, Band };
    qreal m_scale = 1.0;
    qint64 m_playHead = -1;
    QRectF layoutArea() const;
    qint64 endTime() const;
    qint64 unitNs() const;
    void clickAt(QPointF pos);
    void select(const TimelineHit &hit);
    void panPixels(qreal dx);
    void scrollRows(qreal dy);
    void updateScrollBar();
    void paintEmpty(QPainter &p);
    void paintBand(QPainter &p);
    // Captions (timelineviewcaptions.cpp).
    struct CaptionEdit
    {
        int lane = -1;
        qint64 t = 0;
        std::optional<Caption> original; // none: a new caption
    };
    bool captionLaneAt(QPointF pos, int *lane, qint64 *t) const;
    void openCaptionEditor(const CaptionEdit &edit);
    void placeCaptionEditor();
    void closeCaptionEditor();
    void captionTyped(const QString &text);
    QString captionToolTip(QPointF pos) const;

    const Trace *m_trace = nullptr;
    TimelineViewport *m_viewport;
    QScrollBar *m_scrollBar;
    QSet<int> m_collapsed;
    mutable TraceIndex m_index; // follows the trace: rebuilt when it changes
    // Everything the layout is made from, and the layout made from it last: a repaint or a
    // mouse move over an unchanged view finds it again instead of laying out every row.
    struct LayoutInputs
    {
        const Trace *trace = nullptr;
        size_t events = 0;
        quint64 lanes = 0; // the lanes' ids, kinds, parents and processes, hashed
        qint64 end = 0;
        QRectF area;
        qreal scale = 0;
        qint64 from = 0, to = 0;
        qreal scrollY = 0;
        QSet<int> collapsed;
        bool operator==(const LayoutInputs &) const = default;
    };
    mutable std::optional<std::pair<LayoutInputs, TimelineLayout>> m_layout;
    TimelineHit m_selection;
    QString m_selectionText;
    qint64 m_now = -1;
    qint64 m_expectedEnd = 0;
    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    QPointF m_lastPos;
    bool m_moved = false;
    bool m_swallowRelease = false; // the release that ends a double-click is no click
    Trace *m_captionTarget = nullptr;
    CaptionEditor *m_captionEditor;
    std::optional<CaptionEdit> m_captionEdit; // while the input is open
};

} // namespace conlab
