#pragma once

#include "scenarios/trials.h"

#include <QCoreApplication>
#include <QSizeF>

class QPainter;

namespace conlab {

// Trials on a slide: a title with the parameters, then one histogram per variant side by side
// (no lock beside lock), rows lined up so the outcomes compare at a glance. The window's
// Trials view and the PNG/SVG export both paint this.
class TrialsPicture
{
    Q_DECLARE_TR_FUNCTIONS(TrialsPicture)

public:
    TrialsPicture(const QList<TrialsSummary> &summaries, const QSizeF &logicalSize);

    void paint(QPainter &p) const;
    QStringList titleLines() const;

private:
    const QList<TrialsSummary> &m_summaries;
    QSizeF m_size;
    qreal m_margin = 36;
    qreal m_fontSize = 17;
};

} // namespace conlab
