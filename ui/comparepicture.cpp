#include "comparepicture.h"

#include "runsummary.h"
#include "timeaxis.h"
#include "timelinepainter.h"
#include "timelinetheme.h"
#include "titlepainter.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace conlab {

namespace {

// A time as a class reads it: in units when the run has them.
QString shortTime(qint64 ns, qint64 unitNs)
{
    if (unitNs > 0)
        return QCoreApplication::translate("ComparePicture", "%1 units")
            .arg(QString::number(double(ns) / double(unitNs), 'f', 2));
    return TimeAxis::formatDuration(ns);
}

} // namespace

ComparePicture::ComparePicture(const QList<const Trace *> &runs, const QSizeF &logicalSize, qint64 from, qint64 to,
                               qreal fontSize)
    : m_runs(runs)
    , m_size(logicalSize)
    , m_fontSize(fontSize)
    , m_margin(fontSize * 2)
{
    for (const Trace *t : runs)
        m_oneScenario = m_oneScenario && t->scenario == runs.front()->scenario;
    const qint64 end = qMax<qint64>(sharedEnd(runs), 1);
    const bool partial = from >= 0 && to > from;
    m_from = partial ? from : 0;
    m_to = partial ? to : end + end / 40;

    const qreal width = m_size.width() - 2 * m_margin;
    const QFontMetricsF big(TimelineTheme::font(m_fontSize * 1.75, true));
    const QFontMetricsF mid(TimelineTheme::font(m_fontSize * 1.1));
    const QFontMetricsF small(TimelineTheme::font(m_fontSize));
    const qreal titleHeight = big.height() + m_fontSize * 0.45 + mid.height() + m_fontSize * 0.3 + small.height() * 2 +
                              m_fontSize * 0.5;
    m_titleRect = QRectF(m_margin, m_margin * 0.6, width, titleHeight);
    m_legend = legendItems(runs);
    m_legendRect =
        QRectF(m_margin, m_titleRect.bottom(), width, LegendPainter::height(m_legend, width, m_fontSize * 0.95));
    layoutBlocks(m_legendRect.bottom() + m_fontSize * 0.4);
}

qint64 ComparePicture::runEnd(const Trace &trace)
{
    return trace.wallNs > 0 ? trace.wallNs : trace.endTime();
}

qint64 ComparePicture::sharedEnd(const QList<const Trace *> &runs)
{
    qint64 end = 0;
    for (const Trace *t : runs)
        end = qMax(end, qMax(t->endTime(), runEnd(*t)));
    return end;
}

std::vector<LegendPainter::Item> ComparePicture::legendItems(const QList<const Trace *> &runs)
{
    std::vector<LegendPainter::Item> all;
    for (const Trace *t : runs) {
        for (const LegendPainter::Item &item : LegendPainter::items(*t)) {
            const bool known = std::any_of(all.begin(), all.end(), [&](const LegendPainter::Item &a) {
                return a.kind == item.kind && a.state == item.state && a.text == item.text;
            });
            if (!known)
                all.push_back(item);
        }
    }
    // States first in their own order, then the other marks: as one run's legend would read.
    std::stable_sort(all.begin(), all.end(), [](const LegendPainter::Item &a, const LegendPainter::Item &b) {
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.kind == LegendPainter::Item::StateItem && int(a.state) < int(b.state);
    });
    return all;
}

// Every block gets the same row sizes, stretched together to fill the picture: a lane is as
// tall in one run as in the other, and only the time each took differs.
void ComparePicture::layoutBlocks(qreal top)
{
    const qreal width = m_size.width() - 2 * m_margin;
    const qreal headingHeight = m_fontSize * 2.3;
    const qreal gap = m_fontSize * 0.9;
    TimelineMetrics metrics = TimelineMetrics().scaled(m_fontSize / TimelineMetrics().fontSize);
    const QRectF probe(m_margin, 0, width, 1000);
    const int n = int(m_runs.size());
    const auto natural = [&](const TimelineMetrics &m) {
        qreal sum = 0;
        for (const Trace *t : std::as_const(m_runs))
            sum += TimelineLayout(*t, probe, m, m_from, m_to).contentHeight();
        return sum;
    };
    const auto available = [&](const TimelineMetrics &m) {
        return m_size.height() - top - m_margin * 0.6 - n * (headingHeight + m.axisHeight + m.groupGap) -
               (n - 1) * gap;
    };
    // Many lanes: smaller type and rows together, rather than rows too flat for their names.
    const qreal squeeze = available(metrics) / (natural(metrics) * 0.8);
    if (squeeze < 1)
        metrics = metrics.scaled(qMax<qreal>(0.55, squeeze));
    // stretchedRows leaves room for one axis; the blocks' axes are already counted.
    metrics = metrics.stretchedRows(natural(metrics), available(metrics) + metrics.axisHeight, 0.5, 2.0);
    qreal y = top;
    for (const Trace *t : std::as_const(m_runs)) {
        Block block;
        block.trace = t;
        block.heading = QRectF(m_margin, y, width, headingHeight);
        y += headingHeight;
        const qreal content = TimelineLayout(*t, probe, metrics, m_from, m_to).contentHeight();
        const QRectF area(m_margin, y, width, metrics.axisHeight + content + metrics.groupGap);
        block.layout = TimelineLayout(*t, area, metrics, m_from, m_to);
        y = area.bottom() + gap;
        m_blocks.push_back(std::move(block));
    }
}

QString ComparePicture::runTitle(const Trace &trace) const
{
    if (m_oneScenario)
        return RunSummary::variantTitle(trace);
    return RunSummary::scenarioTitle(trace) + QStringLiteral(" — ") + RunSummary::variantTitle(trace);
}

// One sentence with the lesson: which run finished first, and by how much.
QString ComparePicture::verdict() const
{
    if (m_runs.size() < 2)
        return {};
    const auto byEnd = [](const Trace *a, const Trace *b) { return runEnd(*a) < runEnd(*b); };
    const Trace *fast = *std::min_element(m_runs.begin(), m_runs.end(), byEnd);
    const Trace *slow = *std::max_element(m_runs.begin(), m_runs.end(), byEnd);
    const qint64 unit =
        TimelinePainter::unitOf(*fast) == TimelinePainter::unitOf(*slow) ? TimelinePainter::unitOf(*fast) : 0;
    const double ratio = runEnd(*fast) > 0 ? double(runEnd(*slow)) / double(runEnd(*fast)) : 0;
    if (fast == slow || ratio < 1.05)
        return tr("All finished in about the same time: %1.").arg(shortTime(runEnd(*slow), unit));
    return tr("%1 finished in %2, %3 in %4: %5× as fast.")
        .arg(runTitle(*fast), shortTime(runEnd(*fast), unit), runTitle(*slow), shortTime(runEnd(*slow), unit),
             QString::number(ratio, 'f', ratio < 10 ? 2 : 1));
}

QStringList ComparePicture::titleLines() const
{
    if (m_runs.isEmpty())
        return {tr("Nothing to compare yet"), QString(), QString()};
    QStringList names;
    for (const Trace *t : std::as_const(m_runs))
        names << runTitle(*t);
    const QString vs = names.join(tr(" vs "));
    const QString title =
        m_oneScenario ? RunSummary::scenarioTitle(*m_runs.front()) + QStringLiteral(" — ") + vs : vs;
    // The lesson in the larger line; what was run and how to read it below.
    QString how = m_oneScenario ? RunSummary::parametersText(*m_runs.front()) : QString();
    how += (how.isEmpty() ? QString() : QStringLiteral("  ·  ")) +
           tr("One time axis for all runs. Solid line: where a run ended; dashed: its ideal time.");
    QString lesson = verdict();
    if (lesson.isEmpty())
        lesson = runTitle(*m_runs.front()) + QStringLiteral(": ") + RunSummary::measuredText(*m_runs.front());
    return {title, lesson, how};
}

void ComparePicture::paintHeading(QPainter &p, const Block &block) const
{
    const Trace &t = *block.trace;
    const QFont bold = TimelineTheme::font(m_fontSize * 1.3, true);
    const QFont plain = TimelineTheme::font(m_fontSize * 1.05);
    const QFontMetricsF fb(bold), fp(plain);
    const qreal baseline = block.heading.bottom() - m_fontSize * 0.55;
    const QString name = runTitle(t);
    p.setFont(bold);
    p.setPen(TimelineTheme::text());
    p.drawText(QPointF(block.heading.left(), baseline), name);
    QString facts = RunSummary::measuredText(t);
    const QString results = RunSummary::resultsText(t);
    if (!results.isEmpty())
        facts += QStringLiteral("  ·  ") + results;
    const qreal x = block.heading.left() + fb.horizontalAdvance(name) + m_fontSize * 1.2;
    p.setFont(plain);
    p.setPen(TimelineTheme::mutedText());
    p.drawText(QPointF(x, baseline), fp.elidedText(facts, Qt::ElideRight, block.heading.right() - x));
}

// The run's end and its ideal, through the plot, each labelled at the foot of the block.
void ComparePicture::paintEndLines(QPainter &p, const Block &block) const
{
    const TimelineLayout &layout = block.layout;
    const QRectF plot = layout.plotRect();
    const qint64 unit = TimelinePainter::unitOf(*block.trace);
    const QFont font = TimelineTheme::font(m_fontSize * 0.95, true);
    const QFontMetricsF fm(font);
    p.save();
    p.setClipRect(plot);
    p.setFont(font);
    // A label right of its line, or left where the plot ends; the ideal's at the top, the
    // end's at the foot, so the two never cover each other however close the times are.
    const auto line = [&](qint64 t, bool solid, const QString &label) {
        const qreal x = layout.x(t);
        if (x < plot.left() || x > plot.right())
            return;
        p.setPen(QPen(TimelineTheme::text(), m_fontSize * (solid ? 0.16 : 0.12), solid ? Qt::SolidLine : Qt::DashLine));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        const qreal w = fm.horizontalAdvance(label) + m_fontSize * 0.6;
        const qreal h = fm.height() + m_fontSize * 0.2;
        const qreal pad = m_fontSize * 0.3;
        const qreal left = x + pad + w <= plot.right() ? x + pad : x - pad - w;
        const QRectF box(left, solid ? plot.bottom() - h - pad : plot.top() + pad, w, h);
        p.fillRect(box, solid ? TimelineTheme::text() : TimelineTheme::background());
        p.setPen(solid ? TimelineTheme::background() : TimelineTheme::text());
        p.drawText(box, Qt::AlignCenter, label);
    };
    if (block.trace->idealNs > 0)
        line(block.trace->idealNs, false,
             unit > 0 ? tr("ideal %1 units").arg(TimeAxis::formatUnits(double(block.trace->idealNs) / double(unit)))
                      : tr("ideal %1").arg(TimeAxis::formatDuration(block.trace->idealNs)));
    const qint64 end = runEnd(*block.trace);
    line(end, true, tr("ended %1").arg(shortTime(end, unit)));
    p.restore();
}

void ComparePicture::paint(QPainter &p) const
{
    p.save();
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.fillRect(QRectF(QPointF(0, 0), m_size), TimelineTheme::background());
    TitlePainter::paint(p, m_titleRect, titleLines(), m_fontSize);
    LegendPainter::paint(p, m_legendRect, m_legend, m_fontSize * 0.95);
    for (const Block &block : m_blocks) {
        paintHeading(p, block);
        TimelinePaintOptions options;
        options.unitNs = TimelinePainter::unitOf(*block.trace);
        options.arrows = false;
        TimelinePainter(*block.trace, block.layout, options).paint(p);
        paintEndLines(p, block);
        p.setPen(QPen(TimelineTheme::separator(), 0));
        p.setBrush(Qt::NoBrush);
        p.drawRect(block.layout.area());
    }
    p.restore();
}

} // namespace conlab
