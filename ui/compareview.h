#pragma once

#include "comparepicture.h"

#include <QWidget>

#include <memory>
#include <vector>

namespace conlab {

class TimelineViewport;

// Runs stacked on one time axis in the window, drawn by the same ComparePicture as the export.
// One viewport drives every run, so zooming or panning one zooms and pans them all.
class CompareView : public QWidget
{
    Q_OBJECT

public:
    explicit CompareView(QWidget *parent = nullptr);
    ~CompareView() override;

    void setRuns(std::vector<std::unique_ptr<Trace>> runs);
    QList<const Trace *> runs() const;
    bool isEmpty() const { return m_runs.empty(); }
    // Shown instead of the picture while the runs are being made (empty: the picture again).
    void setStatus(const QString &text);

    TimelineViewport *viewport() const { return m_viewport; }
    // The picture as it is on screen now.
    ComparePicture picture() const;

    void zoomIn();
    void zoomOut();
    void fit();

    QSize sizeHint() const override { return {900, 600}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    qint64 timeAt(qreal x) const;
    double nsPerPixel() const;

    std::vector<std::unique_ptr<Trace>> m_runs;
    TimelineViewport *m_viewport;
    QString m_status;
    bool m_dragging = false;
    qreal m_lastX = 0;
};

} // namespace conlab
