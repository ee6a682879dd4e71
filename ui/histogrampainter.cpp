#include "histogrampainter.h"

#include "outcome.h"
#include "runsummary.h"
#include "timelinetheme.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <map>

namespace conlab {

namespace {

QList<qint64> keyOf(const QVariantMap &row, const QStringList &keys)
{
    QList<qint64> key;
    for (const QString &k : keys)
        key << row.value(k).toLongLong();
    return key;
}

QString percent(int count, int total)
{
    const double p = total > 0 ? 100.0 * count / total : 0;
    return QStringLiteral("%1 %").arg(p, 0, 'f', p > 0 && p < 0.1 ? 2 : 1);
}

} // namespace

HistogramPainter::HistogramPainter(const TrialsSummary &summary, const QStringList &keys,
                                   const std::vector<QList<qint64>> &rows, qreal fontSize)
    : m_summary(summary)
    , m_keys(keys)
    , m_rows(rows)
    , m_fs(fontSize)
{
    int shown = 0;
    for (const auto &key : m_rows)
        shown += count(summary, keys, key);
    m_otherCount = summary.trials - shown;
}

int HistogramPainter::count(const TrialsSummary &summary, const QStringList &keys, const QList<qint64> &key)
{
    for (const QVariant &row : summary.histogram) {
        const QVariantMap m = row.toMap();
        if (keyOf(m, keys) == key)
            return m.value(QStringLiteral("count")).toInt();
    }
    return 0;
}

std::vector<QList<qint64>> HistogramPainter::rowsFor(const QList<TrialsSummary> &summaries, const QStringList &keys,
                                                     int limit)
{
    std::map<QList<qint64>, int> total;
    for (const TrialsSummary &s : summaries) {
        for (const QVariant &row : s.histogram) {
            const QVariantMap m = row.toMap();
            total[keyOf(m, keys)] += m.value(QStringLiteral("count")).toInt();
        }
    }
    std::vector<std::pair<QList<qint64>, int>> byCount(total.begin(), total.end());
    std::stable_sort(byCount.begin(), byCount.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    if (int(byCount.size()) > limit)
        byCount.resize(size_t(limit));
    std::vector<QList<qint64>> rows;
    for (const auto &r : byCount)
        rows.push_back(r.first);
    std::sort(rows.begin(), rows.end(), Outcome::before);
    return rows;
}

qint64 HistogramPainter::lowest(const TrialsSummary &summary, const QStringList &keys)
{
    qint64 low = 0;
    bool any = false;
    for (const QVariant &row : summary.histogram) {
        const qint64 v = keyOf(row.toMap(), keys).value(0);
        low = any ? qMin(low, v) : v;
        any = true;
    }
    return low;
}

int HistogramPainter::rightTrials(const TrialsSummary &summary, const QStringList &keys)
{
    int right = 0;
    for (const QVariant &row : summary.histogram) {
        const QVariantMap m = row.toMap();
        if (Outcome(keys, keyOf(m, keys), summary.parameters).verdict() == Outcome::Verdict::Right)
            right += m.value(QStringLiteral("count")).toInt();
    }
    return right;
}

QStringList HistogramPainter::totalsLines() const
{
    QStringList lines;
    const QVariantMap &t = m_summary.totals;
    auto damage = [&](const QString &name, const QString &title) {
        const qint64 n = t.value(name).toLongLong();
        const qint64 in = t.value(QStringLiteral("trials_with_") + name).toLongLong();
        lines << (n == 0 ? tr("%1: none").arg(title)
                         : tr("%1: %2, in %3 of the trials").arg(title).arg(n).arg(percent(int(in), m_summary.trials)));
    };
    damage(QStringLiteral("stale_checks"), tr("Stale checks"));
    damage(QStringLiteral("lost_updates"), tr("Lost updates"));
    if (m_summary.histogram.isEmpty())
        return lines;
    lines << tr("Lowest final balance: %1").arg(lowest(m_summary, m_keys));
    const Outcome probe(m_keys, keyOf(m_summary.histogram.first().toMap(), m_keys), m_summary.parameters);
    if (probe.verdict() != Outcome::Verdict::Unknown) {
        const int right = rightTrials(m_summary, m_keys);
        const QString start = m_summary.parameters.value(QStringLiteral("balance")).toString();
        lines << (right == m_summary.trials
                      ? tr("balance + paid out = %1 in every trial").arg(start)
                      : tr("balance + paid out = %1 in %2 of the trials").arg(start, percent(right, m_summary.trials)));
    }
    return lines;
}

qreal HistogramPainter::paintHeading(QPainter &p, const QRectF &rect) const
{
    const QFont title = TimelineTheme::font(m_fs * 1.2, true);
    const QFont small = TimelineTheme::font(m_fs);
    const QFontMetricsF fm(title);
    p.setFont(title);
    p.setPen(TimelineTheme::text());
    p.drawText(QPointF(rect.left(), rect.top() + fm.ascent()),
               RunSummary::variantTitle(m_summary.scenario, m_summary.variant));
    p.setFont(small);
    p.setPen(TimelineTheme::mutedText());
    QString trials = tr("%1 trials").arg(m_summary.trials);
    if (m_summary.stopped)
        trials += QStringLiteral(" · ") + tr("stopped early");
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), fm.height()), Qt::AlignRight | Qt::AlignVCenter, trials);
    return fm.height() + m_fs * 0.6;
}

// The outcome's words on a line of their own, the bar under them across the panel: long bars
// compare well, and the words never squeeze them.
void HistogramPainter::paintRow(QPainter &p, const QRectF &row, const QList<qint64> &key, int count) const
{
    const Outcome outcome(m_keys, key, m_summary.parameters);
    const bool other = key.isEmpty();
    const QFont labelFont = TimelineTheme::font(m_fs, true);
    const QFont small = TimelineTheme::font(m_fs * 0.85);
    const QFontMetricsF lf(labelFont), sf(small);
    const QString label = other ? tr("other outcomes") : outcome.label();
    const QString verdict = other ? QString() : outcome.verdictText();
    const qreal baseline = row.top() + lf.ascent();
    p.setFont(labelFont);
    p.setPen(TimelineTheme::text());
    p.drawText(QPointF(row.left(), baseline), label);
    if (!verdict.isEmpty()) {
        p.setFont(small);
        p.setPen(outcome.color());
        p.drawText(QPointF(row.left() + lf.horizontalAdvance(label) + m_fs * 0.6, baseline), verdict);
    }
    const QFont countFont = TimelineTheme::font(m_fs * 0.95);
    const QFontMetricsF cf(countFont);
    const QString text = count == 0 ? tr("never") : QStringLiteral("%1 · %2").arg(count).arg(percent(count, m_summary.trials));
    const qreal barMax =
        qMax<qreal>(m_fs, row.width() - cf.horizontalAdvance(QStringLiteral("00000 · 100.0 %")) - m_fs * 0.5);
    const qreal share = m_summary.trials > 0 ? double(count) / m_summary.trials : 0;
    const qreal barTop = row.top() + lf.height() + m_fs * 0.3;
    const qreal barHeight = qMin(row.bottom() - barTop - m_fs * 0.5, m_fs * 4.5);
    const QRectF track(row.left(), barTop, barMax, barHeight);
    p.fillRect(track, TimelineTheme::bandBackground());
    const QRectF bar(track.left(), track.top(), qMax<qreal>(count > 0 ? 2 : 0, share * barMax), barHeight);
    p.fillRect(bar, other ? TimelineTheme::mutedText() : outcome.color());
    p.setFont(countFont);
    p.setPen(count == 0 ? TimelineTheme::mutedText() : TimelineTheme::text());
    p.drawText(QPointF(bar.right() + m_fs * 0.5, bar.center().y() + (cf.ascent() - cf.descent()) / 2), text);
}

qreal HistogramPainter::height(qreal width) const
{
    const QFontMetricsF fm(TimelineTheme::font(m_fs * 0.95));
    qreal h = TimelineTheme::font(m_fs * 1.2, true).pixelSize() * 1.2 + m_fs * 0.6; // heading
    h += rowCount() * rowHeight() + m_fs * 0.8;
    for (const QString &line : totalsLines())
        h += fm.boundingRect(QRectF(0, 0, width, m_fs * 10), kWrap, line).height() + m_fs * 0.3;
    return h;
}

qreal HistogramPainter::paint(QPainter &p, const QRectF &rect) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false); // bars are straight boxes
    p.setRenderHint(QPainter::TextAntialiasing, true);
    qreal y = rect.top() + paintHeading(p, rect);
    std::vector<QList<qint64>> rows = m_rows;
    if (m_otherCount > 0)
        rows.push_back({});
    for (const auto &key : rows) {
        const int n = key.isEmpty() ? m_otherCount : count(m_summary, m_keys, key);
        paintRow(p, QRectF(rect.left(), y, rect.width(), rowHeight()), key, n);
        y += rowHeight();
    }
    y += m_fs * 0.8;
    p.setPen(QPen(TimelineTheme::separator(), 0));
    p.drawLine(QPointF(rect.left(), y - m_fs * 0.4), QPointF(rect.right(), y - m_fs * 0.4));
    const QFont font = TimelineTheme::font(m_fs * 0.95);
    const QFontMetricsF fm(font);
    p.setFont(font);
    p.setPen(TimelineTheme::text());
    for (const QString &line : totalsLines()) {
        const QRectF box(rect.left(), y, rect.width(), m_fs * 10);
        p.drawText(box, kWrap, line);
        y += fm.boundingRect(box, kWrap, line).height() + m_fs * 0.3;
    }
    p.restore();
    return y - rect.top();
}

} // namespace conlab
