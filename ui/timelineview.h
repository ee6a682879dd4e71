#pragma once

#include "timelinehit.h"
#include "timelinelayout.h"
#include "traceindex.h"

#include <QSet>
#include <QWidget>

class QScrollBar;

namespace conlab {

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

    QSize sizeHint() const override { return {900, 420}; }

signals:
    void selectionChanged(const QString &details);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
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

    const Trace *m_trace = nullptr;
    TimelineViewport *m_viewport;
    QScrollBar *m_scrollBar;
    QSet<int> m_collapsed;
    mutable TraceIndex m_index; // follows the trace: rebuilt when it changes
    TimelineHit m_selection;
    QString m_selectionText;
    qint64 m_now = -1;
    qint64 m_expectedEnd = 0;
    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    QPointF m_lastPos;
    bool m_moved = false;
};

} // namespace conlab
