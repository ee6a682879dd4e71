#include "picturepainter.h"

#include "legendpainter.h"
#include "runsummary.h"
#include "timeaxis.h"
#include "timelinepainter.h"
#include "timelinetheme.h"

#include <QFontMetricsF>
#include <QPainter>

namespace conlab {

namespace {
constexpr qreal kReferenceWidth = 1920;
constexpr qreal kReferenceHeight = 1080;
} // namespace

QSizeF PicturePainter::logicalSize(const QSize &pixels)
{
    const qreal scale =
        qBound<qreal>(0.4, qMin(pixels.width() / kReferenceWidth, pixels.height() / kReferenceHeight), 4.0);
    return {pixels.width() / scale, pixels.height() / scale};
}

PicturePainter::PicturePainter(const Trace &trace, const QSizeF &logicalSize, const PictureOptions &options)
    : m_trace(trace)
    , m_index(trace)
    , m_size(logicalSize)
{
    m_margin = 36;
    m_fontSize = 17;
    const qint64 end = qMax<qint64>(trace.endTime(), 1);
    m_partial = options.from >= 0 && options.to > options.from;
    m_from = m_partial ? options.from : 0;
    m_to = m_partial ? options.to : end + end / 40;

    const qreal width = m_size.width() - 2 * m_margin;
    const qreal titleHeight = m_fontSize * (2.0 + 1.5 + 1.4 + 0.8);
    m_titleRect = QRectF(m_margin, m_margin * 0.8, width, titleHeight);
    const auto items = LegendPainter::items(trace);
    const qreal legendHeight = LegendPainter::height(items, width, m_fontSize * 0.95);
    m_legendRect = QRectF(m_margin, m_titleRect.bottom(), width, legendHeight);
    QRectF timeline(m_margin, m_legendRect.bottom() + m_fontSize * 0.8, width,
                          m_size.height() - m_legendRect.bottom() - m_fontSize * 0.8 - m_margin * 0.8);

    // Type a little larger than on screen (a slide is read from afar); rows stretch to fill
    // the picture within limits, so few lanes get tall bars and many lanes still fit.
    TimelineMetrics metrics = TimelineMetrics().scaled(m_fontSize / TimelineMetrics().fontSize);
    const qreal natural = TimelineLayout(trace, timeline, metrics, m_from, m_to, 0, options.collapsed, &m_index).contentHeight();
    metrics = metrics.stretchedRows(natural, timeline.height(), 0.5, 2.2);
    // The frame ends below the last row: no empty grid at the foot of a slide with few lanes.
    const qreal content =
        TimelineLayout(trace, timeline, metrics, m_from, m_to, 0, options.collapsed, &m_index).contentHeight();
    timeline.setHeight(qMin(timeline.height(), metrics.axisHeight + content + metrics.groupGap));
    m_layout = TimelineLayout(trace, timeline, metrics, m_from, m_to, 0, options.collapsed, &m_index);
}

QStringList PicturePainter::titleLines() const
{
    QString title = RunSummary::scenarioTitle(m_trace);
    if (!m_trace.variant.isEmpty())
        title += QStringLiteral(" — ") + RunSummary::variantTitle(m_trace);
    QString facts = RunSummary::parametersText(m_trace);
    if (m_trace.wallNs > 0)
        facts += (facts.isEmpty() ? QString() : QStringLiteral("  ·  ")) + RunSummary::measuredText(m_trace);
    QString results = RunSummary::resultsText(m_trace);
    if (!results.isEmpty())
        results = tr("Results: %1").arg(results);
    if (!m_trace.schedule.isEmpty()) {
        // The interleaving the threads took, as --schedule replays it.
        QStringList steps;
        for (int n : m_trace.schedule)
            steps << QString::number(n);
        facts += (facts.isEmpty() ? QString() : QStringLiteral("  ·  ")) +
                 tr("interleaving %1").arg(steps.join(QLatin1Char(',')));
    }
    if (m_partial)
        results += (results.isEmpty() ? QString() : QStringLiteral("  ·  ")) +
                   tr("showing %1 to %2").arg(TimeAxis::formatTime(m_from, qMax<qint64>(1, (m_to - m_from) / 100)),
                                              TimeAxis::formatTime(m_to, qMax<qint64>(1, (m_to - m_from) / 100)));
    return {title, facts, results};
}

void PicturePainter::paint(QPainter &p) const
{
    p.save();
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.fillRect(QRectF(QPointF(0, 0), m_size), TimelineTheme::background());
    const QStringList lines = titleLines();
    const QFont fonts[] = {TimelineTheme::font(m_fontSize * 1.75, true), TimelineTheme::font(m_fontSize * 1.1),
                           TimelineTheme::font(m_fontSize * 1.0)};
    const QColor colors[] = {TimelineTheme::text(), TimelineTheme::text(), TimelineTheme::mutedText()};
    qreal y = m_titleRect.top();
    for (int i = 0; i < 3; ++i) {
        const QFontMetricsF fm(fonts[i]);
        y += fm.ascent();
        p.setFont(fonts[i]);
        p.setPen(colors[i]);
        p.drawText(QPointF(m_titleRect.left(), y), fm.elidedText(lines[i], Qt::ElideRight, m_titleRect.width()));
        y += fm.descent() + m_fontSize * (i == 0 ? 0.45 : 0.3);
    }
    LegendPainter::paint(p, m_legendRect, LegendPainter::items(m_trace), m_fontSize * 0.95);
    TimelinePaintOptions options;
    options.unitNs = TimelinePainter::unitOf(m_trace);
    options.arrows = false;
    options.index = &m_index;
    TimelinePainter(m_trace, m_layout, options).paint(p);
    p.setPen(QPen(TimelineTheme::separator(), 0));
    p.setBrush(Qt::NoBrush);
    p.drawRect(m_layout.area());
    p.restore();
}

} // namespace conlab
