#include "trialspicture.h"

#include "histogrampainter.h"
#include "outcome.h"
#include "runsummary.h"
#include "scenarios/scenario.h"
#include "timelinetheme.h"
#include "titlepainter.h"

#include <QFontMetricsF>
#include <QPainter>

namespace conlab {

TrialsPicture::TrialsPicture(const QList<TrialsSummary> &summaries, const QSizeF &logicalSize)
    : m_summaries(summaries)
    , m_size(logicalSize)
{
    m_fontSize = TitlePainter::fontSize(m_size);
    m_margin *= m_fontSize / 17;
}

QStringList TrialsPicture::titleLines() const
{
    if (m_summaries.isEmpty())
        return {QString(), QString(), QString()};
    const TrialsSummary &first = m_summaries.first();
    QString title = RunSummary::scenarioTitle(first.scenario) + QStringLiteral(" — ");
    title += m_summaries.size() == 1 ? tr("%1 chaos trials, %2").arg(first.trials).arg(RunSummary::variantTitle(first.scenario, first.variant))
                                     : tr("%1 chaos trials of each variant").arg(first.trials);
    QString facts = RunSummary::parametersText(first.scenario, first.parameters,
                                               {QStringLiteral("unit-ms"), QStringLiteral("seed")});
    const qint64 seed = first.parameters.value(QStringLiteral("seed"), 1).toLongLong();
    facts += QStringLiteral("  ·  ") + tr("seeds %1–%2").arg(seed).arg(seed + first.trials - 1);
    qint64 wall = 0;
    for (const TrialsSummary &s : m_summaries)
        wall += s.wallNs;
    facts += QStringLiteral("  ·  ") + tr("%1 s").arg(double(wall) / 1e9, 0, 'f', 1);
    const QString how = tr("Each trial runs the real threads with seeded random pauses at every step. A bar counts "
                           "the trials that ended with that balance after that many withdrawals.");
    return {title, facts, how};
}

void TrialsPicture::paint(QPainter &p) const
{
    p.save();
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.fillRect(QRectF(QPointF(0, 0), m_size), TimelineTheme::background());
    const qreal width = m_size.width() - 2 * m_margin;
    qreal y = m_margin * 0.8;
    y += TitlePainter::paint(p, QRectF(m_margin, y, width, m_size.height()), titleLines(), m_fontSize);
    y += m_fontSize * 1.4;
    if (m_summaries.isEmpty()) {
        p.restore();
        return;
    }
    const Scenario *scenario = findScenario(m_summaries.first().scenario);
    const QStringList keys = scenario ? scenario->outcomeKeys() : QStringList();
    const auto rows = HistogramPainter::rowsFor(m_summaries, keys);
    const int n = int(m_summaries.size());
    const qreal gap = m_margin * 1.6;
    const qreal panelWidth = (width - gap * (n - 1)) / n;
    const QStringList notes = footnotes(keys, rows);
    // The largest type (up to half as large again) at which panels and notes fit: few outcomes
    // get big bars, read from the back of the room.
    const qreal room = m_size.height() - y - m_margin;
    qreal fs = m_fontSize * 0.7;
    for (qreal f = qMin(m_fontSize * 1.5, qMax(m_fontSize * 0.7, panelWidth / 24)); f >= m_fontSize * 0.7; f -= 0.5) {
        qreal tallest = 0;
        for (const TrialsSummary &s : m_summaries)
            tallest = qMax(tallest, HistogramPainter(s, keys, rows, f).height(panelWidth));
        if (tallest + notesHeight(notes, width) + m_fontSize * 1.5 <= room) {
            fs = f;
            break;
        }
    }
    // Room left over goes to the bars, up to twice their height.
    qreal natural = 0;
    for (const TrialsSummary &s : m_summaries)
        natural = qMax(natural, HistogramPainter(s, keys, rows, fs).height(panelWidth));
    const HistogramPainter probe(m_summaries.first(), keys, rows, fs);
    const qreal spare = room - natural - notesHeight(notes, width) - m_fontSize * 1.5;
    const qreal rowHeight = HistogramPainter::rowHeightFor(fs) +
                            qBound<qreal>(0, spare * 0.6 / qMax(1, probe.rowCount()), HistogramPainter::rowHeightFor(fs));
    qreal tallest = 0;
    for (int i = 0; i < n; ++i) {
        const QRectF panel(m_margin + i * (panelWidth + gap), y, panelWidth, room);
        HistogramPainter histogram(m_summaries[i], keys, rows, fs);
        histogram.setRowHeight(rowHeight);
        tallest = qMax(tallest, histogram.paint(p, panel));
    }
    for (int i = 1; i < n; ++i) {
        const qreal x = m_margin + i * (panelWidth + gap) - gap / 2;
        p.setPen(QPen(TimelineTheme::separator(), 0));
        p.drawLine(QPointF(x, y), QPointF(x, y + tallest));
    }
    paintNotes(p, QRectF(m_margin, y + tallest + m_fontSize * 1.5, width, room), notes);
    p.restore();
}

QStringList TrialsPicture::footnotes(const QStringList &keys, const std::vector<QList<qint64>> &rows) const
{
    QList<Outcome::Verdict> seen;
    for (const auto &key : rows) {
        const Outcome::Verdict v = Outcome(keys, key, m_summaries.first().parameters).verdict();
        if (v != Outcome::Verdict::Unknown && !seen.contains(v))
            seen << v;
    }
    std::sort(seen.begin(), seen.end());
    QStringList notes;
    for (Outcome::Verdict v : seen)
        notes << Outcome::explanation(v);
    return notes;
}

qreal TrialsPicture::notesHeight(const QStringList &notes, qreal width) const
{
    const QFontMetricsF fm(TimelineTheme::font(m_fontSize * 1.05));
    qreal h = 0;
    for (const QString &note : notes)
        h += fm.boundingRect(QRectF(0, 0, width, m_fontSize * 10), Qt::TextWordWrap, note).height() + m_fontSize * 0.3;
    return h;
}

void TrialsPicture::paintNotes(QPainter &p, const QRectF &rect, const QStringList &notes) const
{
    const QFont font = TimelineTheme::font(m_fontSize * 1.05);
    const QFontMetricsF fm(font);
    p.setFont(font);
    p.setPen(TimelineTheme::mutedText());
    qreal y = rect.top();
    for (const QString &note : notes) {
        const QRectF box(rect.left(), y, rect.width(), m_fontSize * 10);
        p.drawText(box, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, note);
        y += fm.boundingRect(box, Qt::TextWordWrap, note).height() + m_fontSize * 0.3;
    }
}

} // namespace conlab
