#pragma once

#include "scenarios/trials.h"

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

    void paint(QPainter &p, const QRectF &rect) const;

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
    void paintRow(QPainter &p, const QRectF &row, const QList<qint64> &key, int count, qreal labelWidth) const;

    const TrialsSummary &m_summary;
    QStringList m_keys;
    std::vector<QList<qint64>> m_rows;
    int m_otherCount = 0;
    qreal m_fs;
};

} // namespace conlab
