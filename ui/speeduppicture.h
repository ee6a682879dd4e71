#pragma once

#include "experiments/sweep.h"

#include <QColor>
#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace conlab {

// "Do more workers make it faster?": speed-up against workers with the ideal line and this
// machine's cores marked, each measured point labelled; below it the same runs' wall time and
// the CPU time of each worker. Draws a sweep still in progress too: the frame spans every
// worker count from the start, the points fill in as they come.
class SpeedupPicture
{
    Q_DECLARE_TR_FUNCTIONS(SpeedupPicture)

public:
    SpeedupPicture(const SweepSummary &sweep, const QSizeF &logicalSize);

    void paint(QPainter &p) const;
    QStringList titleLines() const;
    QString explanation() const;

    // Where the speed-up plot and the time bars are, and where a value lands in them.
    QRectF chartRect() const { return m_chart; }
    QRectF timeRect() const { return m_time; }
    QPointF pointAt(double workers, double speedup) const;
    double idealAt(int workers) const;

    static QColor measuredColor() { return QColor(0x00, 0x72, 0xb2); }
    static QColor idealColor() { return QColor(0x00, 0x9e, 0x73); }
    static QColor coresColor() { return QColor(0xd5, 0x5e, 0x00); }

private:
    void layOut();
    qreal xOf(double workers, const QRectF &r) const;
    void paintSpeedupAxes(QPainter &p) const;
    void paintCores(QPainter &p) const;
    void paintLines(QPainter &p) const;
    void paintTimes(QPainter &p) const;
    qreal paintLegend(QPainter &p, const QRectF &rect) const;
    double timeMax() const;

    const SweepSummary &m_sweep;
    std::vector<double> m_ideal; // index w-1
    QSizeF m_size;
    qreal m_margin = 36;
    qreal m_fontSize = 17;
    int m_maxWorkers = 1;
    double m_yMax = 2;
    qreal m_top = 0;
    QRectF m_chart;
    QRectF m_time;
    QRectF m_side;
};

} // namespace conlab
