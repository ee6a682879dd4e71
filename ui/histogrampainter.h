#pragma once

#include "experiments/trials.h"

#include <QCoreApplication>
#include <QRectF>

#include <vector>

class QPainter;

namespace conlab {

// One variant's trials as horizontal bars, one per outcome (final balance, withdrawals), with
// count and share, the verdict of each outcome and the damage totals underneath. Panels that
// are compared side by side get the same rows, so "never" shows as an empty bar.
class HistogramPainter
{
    Q_DECLARE_TR_FUNCTIONS(HistogramPainter)

public:
    HistogramPainter(const TrialsSummary &summary, const QStringList &keys, const std::vector<QList<qint64>> &rows,
                     qreal fontSize);

    // Paints from the top of `rect` across its width; returns the height used.
    qreal paint(QPainter &p, const QRectF &rect) const;
    // What paint() will use at this width.
    qreal height(qreal width) const;
    static qreal rowHeightFor(qreal fontSize) { return fontSize * 3.4; }
    // Taller rows give taller bars (a slide with few outcomes has room to spare).
    void setRowHeight(qreal height) { m_rowHeight = qMax(height, rowHeightFor(m_fs)); }
    int rowCount() const { return int(m_rows.size()) + (m_otherCount > 0 ? 1 : 0); }

    // Every outcome of any of the summaries, in display order (at most `limit`, the most
    // frequent kept; the rest are counted in an "other outcomes" row).
    static std::vector<QList<qint64>> rowsFor(const QList<TrialsSummary> &summaries, const QStringList &keys,
                                              int limit = 10);
    static int count(const TrialsSummary &summary, const QStringList &keys, const QList<qint64> &key);
    // The lowest value of the first key over the outcomes that occurred.
    static qint64 lowest(const TrialsSummary &summary, const QStringList &keys);
    // Trials whose outcome the race's rule calls right (balance + paid out = start, never < 0).
    static int rightTrials(const TrialsSummary &summary, const QStringList &keys);
    QStringList totalsLines() const;

private:
    qreal paintHeading(QPainter &p, const QRectF &rect) const;
    void paintRow(QPainter &p, const QRectF &row, const QList<qint64> &key, int count) const;
    qreal rowHeight() const { return m_rowHeight > 0 ? m_rowHeight : rowHeightFor(m_fs); }
    static constexpr int kWrap = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;

    const TrialsSummary &m_summary;
    QStringList m_keys;
    std::vector<QList<qint64>> m_rows;
    int m_otherCount = 0;
    qreal m_fs;
    qreal m_rowHeight = 0;
};

} // namespace conlab
