#pragma once

#include "experiments/gapsweep.h"

#include <QColor>
#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace conlab {

// "Why does my Python print 20?": the share of each outcome against the gap between check and
// act, free mode, log x axis, with the lesson's explanation of CPython's switch interval.
class SweepPicture
{
    Q_DECLARE_TR_FUNCTIONS(SweepPicture)

public:
    SweepPicture(const GapSweep &sweep, const QSizeF &logicalSize);

    void paint(QPainter &p) const;
    QStringList titleLines() const;
    QString explanation() const;
    // The smallest gap from which on a wrong outcome came in at least half the runs (-1: none).
    qint64 halfWrongGap() const;

private:
    qreal xOf(qint64 gapUs, const QRectF &plot) const;
    void paintAxes(QPainter &p, const QRectF &plot) const;
    void paintLines(QPainter &p, const QRectF &plot) const;
    qreal paintLegend(QPainter &p, const QRectF &rect) const;
    QColor colorOf(size_t outcome) const;

    const GapSweep &m_sweep;
    std::vector<QList<qint64>> m_outcomes;
    QSizeF m_size;
    qreal m_margin = 36;
    qreal m_fontSize = 17;
    double m_uMin = -0.6;
    double m_uMax = 3;
};

} // namespace conlab
