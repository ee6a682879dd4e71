#include "trialspicture.h"

#include "histogrampainter.h"
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
    if (!m_summaries.isEmpty()) {
        const Scenario *scenario = findScenario(m_summaries.first().scenario);
        const QStringList keys = scenario ? scenario->outcomeKeys() : QStringList();
        const auto rows = HistogramPainter::rowsFor(m_summaries, keys);
        const int n = int(m_summaries.size());
        const qreal gap = m_margin * 1.6;
        const qreal panelWidth = (width - gap * (n - 1)) / n;
        // Few outcomes get larger type and taller bars: the slide is read from the back of the room.
        const qreal height = m_size.height() - y - m_margin;
        const qreal fs = qMin(qBound(m_fontSize, height / (12 + 5 * qreal(rows.size())), m_fontSize * 1.35),
                              qMax(m_fontSize * 0.8, panelWidth / 26));
        for (int i = 0; i < n; ++i) {
            const QRectF panel(m_margin + i * (panelWidth + gap), y, panelWidth,
                               qMin(height, fs * (10 + 6 * qreal(rows.size()))));
            HistogramPainter(m_summaries[i], keys, rows, fs).paint(p, panel);
            if (i > 0) {
                p.setPen(QPen(TimelineTheme::separator(), 0));
                p.drawLine(QPointF(panel.left() - gap / 2, panel.top()), QPointF(panel.left() - gap / 2, panel.bottom()));
            }
        }
    }
    p.restore();
}

} // namespace conlab
