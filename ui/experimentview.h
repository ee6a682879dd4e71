#pragma once

#include "exporter.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace conlab {

// A tab that shows one picture of many runs (trials, gap sweep) at the size of the window,
// painted by the same code as the export; a bar above it with progress, Cancel and Export.
class ExperimentView : public QWidget
{
    Q_OBJECT

public:
    explicit ExperimentView(const QString &placeholder, QWidget *parent = nullptr);

    // An empty function shows the placeholder.
    void setPicture(Exporter::PaintFn paint);
    bool hasPicture() const { return bool(m_paint); }
    void setBusy(bool busy, const QString &what = {});
    // Keep showing the picture while busy (a sweep that fills in as it goes).
    void setLivePicture(bool live) { m_live = live; }
    bool isBusy() const { return m_busy; }
    void setProgress(int done, int total);
    void setStatus(const QString &text);
    QWidget *canvas() const { return m_canvas; }
    // What the canvas shows, as a picture of `size` (for tests and the clipboard).
    QImage grabPicture(const QSize &size) const;

signals:
    void exportRequested();
    void cancelRequested();

private:
    friend class ExperimentCanvas;
    void paintCanvas(QPainter &p, const QSize &size) const;

    QString m_placeholder;
    Exporter::PaintFn m_paint;
    bool m_busy = false;
    bool m_live = false;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_export;
    QWidget *m_canvas;
};

} // namespace conlab
