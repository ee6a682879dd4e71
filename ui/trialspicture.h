#pragma once

#include "experiments/trials.h"

#include <QCoreApplication>
#include <QRectF>
#include <QSizeF>

#include <vector>

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
    // What the verdicts in the picture mean, one sentence each.
    QStringList footnotes(const QStringList &keys, const std::vector<QList<qint64>> &rows) const;
    qreal notesHeight(const QStringList &notes, qreal width) const;
    void paintNotes(QPainter &p, const QRectF &rect, const QStringList &notes) const;

    const QList<TrialsSummary> &m_summaries;
    QSizeF m_size;
    qreal m_margin = 36;
    qreal m_fontSize = 17;
};

} // namespace conlab
