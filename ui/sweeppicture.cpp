#include "sweeppicture.h"

#include "outcome.h"
#include "runsummary.h"
#include "timelinetheme.h"
#include "titlepainter.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace conlab {

namespace {
// Where gap 0 sits on the log axis: a little left of 1 µs, across a break.
constexpr double kZeroAt = -0.6;
constexpr size_t kMaxLines = 6;
} // namespace

SweepPicture::SweepPicture(const GapSweep &sweep, const QSizeF &logicalSize)
    : m_sweep(sweep)
    , m_outcomes(sweep.outcomes())
    , m_size(logicalSize)
{
    if (m_outcomes.size() > kMaxLines)
        m_outcomes.resize(kMaxLines);
    m_fontSize = TitlePainter::fontSize(m_size);
    m_margin *= m_fontSize / 17;
    qint64 maxGap = 1;
    for (const GapSweep::Point &p : sweep.points)
        maxGap = qMax(maxGap, p.gapUs);
    m_uMin = kZeroAt - 0.15;
    m_uMax = std::log10(double(maxGap)) + 0.15;
}

QStringList SweepPicture::titleLines() const
{
    const int perGap = m_sweep.points.empty() ? 0 : m_sweep.points.front().trials;
    QString facts = RunSummary::scenarioTitle(m_sweep.scenario) + QStringLiteral(" — ") +
                    RunSummary::variantTitle(m_sweep.scenario, m_sweep.variant) + QStringLiteral("  ·  ") +
                    RunSummary::parametersText(m_sweep.scenario, m_sweep.parameters,
                                               {QStringLiteral("unit-ms"), QStringLiteral("seed"), QStringLiteral("gap")});
    facts += QStringLiteral("  ·  ") + tr("%1 runs per gap, %2 s").arg(perGap).arg(double(m_sweep.wallNs) / 1e9, 0, 'f', 1);
    if (m_sweep.stopped)
        facts += QStringLiteral("  ·  ") + tr("stopped early");
    return {tr("Why does my Python print 20?"), facts,
            tr("How often each outcome occurs against the work between the check and the subtraction (the gap), "
               "with the threads scheduled by the operating system alone: free mode, no pauses added.")};
}

qint64 SweepPicture::halfWrongGap() const
{
    // The smallest gap from which on every gap measured had at least half its runs wrong: one
    // lucky gap in the noise does not count.
    qint64 from = -1;
    for (const GapSweep::Point &p : m_sweep.points) {
        int wrong = 0;
        for (const auto &[key, n] : p.counts) {
            if (Outcome(m_sweep.keys, key, m_sweep.parameters).isWrong())
                wrong += n;
        }
        const bool half = p.trials > 0 && 2 * wrong >= p.trials;
        if (!half)
            from = -1;
        else if (from < 0)
            from = p.gapUs;
    }
    return from;
}

QString SweepPicture::explanation() const
{
    QString text = tr("CPython runs one thread at a time and asks it to hand over only every 5 ms "
                      "(sys.getswitchinterval() returns 0.005), or when it blocks. The tutorial's draw() checks and "
                      "subtracts within microseconds, well inside one slice, so the other thread almost never gets in "
                      "between: Python prints 20. Put a sleep, a slow print or other I/O between the check and the "
                      "subtraction (the gap) and the race shows there too.");
    const qint64 half = halfWrongGap();
    if (half >= 0)
        text += QLatin1Char(' ') + tr("Real threads have no such slice: on this machine the wrong balance came in at "
                                      "least half the runs at every gap from %1 µs on.").arg(half);
    return text;
}

qreal SweepPicture::xOf(qint64 gapUs, const QRectF &plot) const
{
    const double u = gapUs <= 0 ? kZeroAt : std::log10(double(gapUs));
    return plot.left() + (u - m_uMin) / (m_uMax - m_uMin) * plot.width();
}

QColor SweepPicture::colorOf(size_t outcome) const
{
    static const QColor extra[] = {QColor(0xcc, 0x79, 0xa7), QColor(0x88, 0x22, 0x55), QColor(0x33, 0x22, 0x88),
                                   QColor(0x56, 0xb4, 0xe9)};
    const Outcome o(m_sweep.keys, m_outcomes[outcome], m_sweep.parameters);
    // The first outcome of each verdict gets the verdict's colour, later ones the extras.
    for (size_t i = 0; i < outcome; ++i) {
        if (Outcome(m_sweep.keys, m_outcomes[i], m_sweep.parameters).verdict() == o.verdict())
            return extra[outcome % 4];
    }
    return o.color();
}

void SweepPicture::paintAxes(QPainter &p, const QRectF &plot) const
{
    const QFont font = TimelineTheme::font(m_fontSize * 0.9);
    const QFontMetricsF fm(font);
    p.setFont(font);
    for (int pct = 0; pct <= 100; pct += 25) {
        const qreal y = plot.bottom() - pct / 100.0 * plot.height();
        p.setPen(QPen(pct == 0 ? TimelineTheme::separator() : TimelineTheme::gridLine(), 0));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(TimelineTheme::mutedText());
        const QString label = QStringLiteral("%1 %").arg(pct);
        p.drawText(QPointF(plot.left() - fm.horizontalAdvance(label) - m_fontSize * 0.5, y + fm.ascent() / 2.5), label);
    }
    for (const GapSweep::Point &pt : m_sweep.points) {
        const qreal x = xOf(pt.gapUs, plot);
        p.setPen(QPen(TimelineTheme::gridLine(), 0));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        p.setPen(TimelineTheme::text());
        const QString label = QString::number(pt.gapUs);
        p.drawText(QPointF(x - fm.horizontalAdvance(label) / 2, plot.bottom() + fm.ascent() + m_fontSize * 0.4), label);
    }
    // The break between 0 and 1 µs: the log axis has no zero.
    const qreal xb = plot.left() + (kZeroAt / 2 - m_uMin) / (m_uMax - m_uMin) * plot.width();
    p.setPen(QPen(TimelineTheme::mutedText(), 1.2));
    for (qreal dx : {-3.0, 3.0})
        p.drawLine(QPointF(xb + dx - 3, plot.bottom() + 5), QPointF(xb + dx + 3, plot.bottom() - 5));
    const QString title = tr("gap between check and act, µs (log scale)");
    p.setPen(TimelineTheme::mutedText());
    p.drawText(QPointF(plot.center().x() - fm.horizontalAdvance(title) / 2, plot.bottom() + fm.height() * 2.3), title);
}

void SweepPicture::paintLines(QPainter &p, const QRectF &plot) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    for (size_t o = 0; o < m_outcomes.size(); ++o) {
        const QColor c = colorOf(o);
        QPolygonF line;
        for (size_t i = 0; i < m_sweep.points.size(); ++i)
            line << QPointF(xOf(m_sweep.points[i].gapUs, plot),
                            plot.bottom() - m_sweep.share(i, m_outcomes[o]) * plot.height());
        p.setPen(QPen(c, m_fontSize * 0.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(line);
        p.setPen(QPen(Qt::white, m_fontSize * 0.1));
        p.setBrush(c);
        for (const QPointF &pt : std::as_const(line))
            p.drawEllipse(pt, m_fontSize * 0.33, m_fontSize * 0.33);
    }
    p.restore();
}

qreal SweepPicture::paintLegend(QPainter &p, const QRectF &rect) const
{
    const QFont bold = TimelineTheme::font(m_fontSize, true);
    const QFont small = TimelineTheme::font(m_fontSize * 0.85);
    const QFontMetricsF bf(bold), sf(small);
    qreal y = rect.top();
    for (size_t o = 0; o < m_outcomes.size(); ++o) {
        const Outcome outcome(m_sweep.keys, m_outcomes[o], m_sweep.parameters);
        const QColor c = colorOf(o);
        p.fillRect(QRectF(rect.left(), y + bf.height() / 2 - m_fontSize * 0.12, m_fontSize * 1.6, m_fontSize * 0.24), c);
        p.setFont(bold);
        p.setPen(TimelineTheme::text());
        p.drawText(QPointF(rect.left() + m_fontSize * 2.1, y + bf.ascent()), outcome.label());
        y += bf.height();
        if (!outcome.verdictText().isEmpty()) {
            p.setFont(small);
            p.setPen(c);
            p.drawText(QPointF(rect.left() + m_fontSize * 2.1, y + sf.ascent()), outcome.verdictText());
            y += sf.height();
        }
        y += m_fontSize * 0.7;
    }
    return y - rect.top();
}

void SweepPicture::paint(QPainter &p) const
{
    p.save();
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.fillRect(QRectF(QPointF(0, 0), m_size), TimelineTheme::background());
    const qreal width = m_size.width() - 2 * m_margin;
    qreal y = m_margin * 0.8;
    y += TitlePainter::paint(p, QRectF(m_margin, y, width, m_size.height()), titleLines(), m_fontSize);
    y += m_fontSize * 1.5;
    const qreal side = qMax(width * 0.3, m_fontSize * 16);
    const QRectF chart(m_margin + m_fontSize * 3.5, y + m_fontSize * 0.5,
                       width - side - m_fontSize * 5.5, m_size.height() - y - m_margin - m_fontSize * 4.5);
    if (chart.height() > m_fontSize * 4 && !m_sweep.points.empty()) {
        paintAxes(p, chart);
        paintLines(p, chart);
    }
    const QRectF right(m_size.width() - m_margin - side, y, side, m_size.height() - y - m_margin);
    const qreal legend = paintLegend(p, right);
    const QRectF textRect(right.left(), right.top() + legend + m_fontSize * 0.8, right.width(),
                          right.height() - legend - m_fontSize * 0.8);
    p.setFont(TimelineTheme::font(m_fontSize * 0.95));
    p.setPen(TimelineTheme::text());
    p.drawText(textRect, Qt::TextWordWrap | Qt::AlignTop | Qt::AlignLeft, explanation());
    p.restore();
}

} // namespace conlab
