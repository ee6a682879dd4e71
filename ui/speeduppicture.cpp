#include "speeduppicture.h"

#include "runsummary.h"
#include "scenarios/cpu-bound/cpuwork.h"
#include "timelinetheme.h"
#include "titlepainter.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>
#include <functional>

namespace conlab {

namespace {

QColor cpuColor()
{
    return QColor(0x9c, 0xb8, 0xd0);
}

// 1, 2 or 5 times a power of ten: at least `span / lines` apart, so up to that many grid lines.
double niceStep(double span, double lines = 6)
{
    const double raw = qMax(span / qMax(1.0, lines), 1e-9);
    const double p = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * p >= raw)
            return m * p;
    }
    return 10 * p;
}

QString msText(double ms)
{
    if (ms >= 1000)
        return QStringLiteral("%1 s").arg(ms / 1000, 0, 'f', ms >= 10000 ? 0 : 1);
    return QStringLiteral("%1 ms").arg(ms, 0, 'f', 0);
}

QString coresText(int cores)
{
    return cores == 1 ? SpeedupPicture::tr("1 core") : SpeedupPicture::tr("%1 cores").arg(cores);
}

QString timesText(double x)
{
    return QStringLiteral("%1×").arg(x, 0, 'f', 2);
}

} // namespace

SpeedupPicture::SpeedupPicture(const SweepSummary &sweep, const QSizeF &logicalSize)
    : m_sweep(sweep)
    , m_size(logicalSize)
{
    m_fontSize = TitlePainter::fontSize(m_size);
    m_margin *= m_fontSize / 17;
    m_maxWorkers = qMax(1, sweep.maxWorkers);
    for (const SweepPoint &p : sweep.points)
        m_maxWorkers = qMax(m_maxWorkers, p.workers);
    const Scenario *scenario = findScenario(sweep.scenario);
    const int cores = qMax(1, sweep.cores);
    double top = 1;
    for (int w = 1; w <= m_maxWorkers; ++w) {
        m_ideal.push_back(scenario ? idealSpeedup(*scenario, sweep.variant, sweep.parameters, w, cores)
                                   : double(qMin(w, cores)));
        top = qMax(top, m_ideal.back());
    }
    for (const SweepPoint &p : sweep.points)
        top = qMax(top, p.speedup);
    m_yMax = qMax(2.0, std::ceil(top * 1.15 * 2) / 2);
    layOut();
}

double SpeedupPicture::idealAt(int workers) const
{
    return workers >= 1 && size_t(workers) <= m_ideal.size() ? m_ideal[size_t(workers - 1)] : 0;
}

void SpeedupPicture::layOut()
{
    const qreal fs = m_fontSize;
    const qreal width = m_size.width() - 2 * m_margin;
    m_top = m_margin * 0.8 + TitlePainter::height(width, titleLines(), fs) + fs * 1.2;
    const qreal side = qMax(width * 0.27, fs * 16);
    const qreal left = m_margin + fs * 4.5;
    const qreal right = m_size.width() - m_margin - side - fs * 2.5;
    const qreal body = m_size.height() - m_top - m_margin;
    // Speed-up on top (the point of the picture), the time each run took below it.
    const qreal chartTop = m_top + fs * 1.6;
    const qreal chartHeight = qMax<qreal>(fs * 4, body * 0.56 - fs * 1.6);
    m_chart = QRectF(left, chartTop, qMax<qreal>(fs * 8, right - left), chartHeight);
    const qreal timeTop = m_chart.bottom() + fs * 4.6;
    m_time = QRectF(left, timeTop, m_chart.width(), qMax<qreal>(fs * 3, m_size.height() - m_margin - fs * 3.4 - timeTop));
    m_side = QRectF(m_size.width() - m_margin - side, m_top, side, body);
}

QStringList SpeedupPicture::titleLines() const
{
    const QString scenario = RunSummary::scenarioTitle(m_sweep.scenario);
    const QString variant = RunSummary::variantTitle(m_sweep.scenario, m_sweep.variant);
    QString facts = RunSummary::parametersText(m_sweep.scenario, m_sweep.parameters, {QStringLiteral("workers")});
    if (!facts.isEmpty())
        facts += QStringLiteral("  ·  ");
    facts += tr("this machine: %1").arg(coresText(m_sweep.cores));
    facts += QStringLiteral("  ·  ") + tr("workers 1 to %1").arg(m_maxWorkers);
    if (m_sweep.wallNs > 0)
        facts += QStringLiteral("  ·  ") + tr("%1 s in all").arg(double(m_sweep.wallNs) / 1e9, 0, 'f', 1);
    if (m_sweep.stopped)
        facts += QStringLiteral("  ·  ") + tr("stopped early");
    return {tr("Speed-up against workers: %1 — %2").arg(scenario, variant), facts,
            tr("Each point is one run with that many workers. Speed-up is the 1-worker run's wall time divided by "
               "this run's. The ideal: each core added makes it that much faster, and more workers than cores add "
               "nothing.")};
}

QString SpeedupPicture::explanation() const
{
    QStringList parts;
    const SweepPoint *best = nullptr;
    for (const SweepPoint &p : m_sweep.points) {
        if (!best || p.speedup > best->speedup)
            best = &p;
    }
    if (best && best->workers > 1)
        parts << tr("Best: %1 with %2 workers (ideal %3).")
                     .arg(timesText(best->speedup))
                     .arg(best->workers)
                     .arg(timesText(idealAt(best->workers)));
    if (m_sweep.variant == QLatin1String("threads-gil"))
        parts << tr("Every worker must hold one global lock while it computes, as CPython's GIL forces: one "
                    "computes, the others wait. The work is the same, the wall time does not shrink. This is what "
                    "the tutorial's Python threads would do.");
    else if (const Scenario *scenario = findScenario(m_sweep.scenario); scenario && scenario->pureComputation())
        parts << tr("Up to the cores, each worker gets a core of its own and the run gets faster. Beyond them the "
                    "workers take turns on the same cores: no faster, a little slower from the switching.");
    bool cpu = false;
    for (const SweepPoint &p : m_sweep.points)
        cpu = cpu || p.cpuMs >= 0;
    if (cpu && m_sweep.points.size() >= 2) {
        const SweepPoint &a = m_sweep.points.front(), &b = m_sweep.points.back();
        parts << tr("CPU time is the work itself: %1 with one worker, %2 with %3 sharing it, so it is not the "
                    "work that shrinks, only the wall time.")
                     .arg(msText(a.cpuMs), msText(b.cpuMs))
                     .arg(b.workers);
        // One worker needs one core: if its run took much longer than its CPU time, other
        // programs had the cores, and the speed-up measured here is less than the machine's.
        const double wall = double(a.wallNs) / 1e6;
        if (a.workers == 1 && a.cpuMs > 0 && wall > a.cpuMs * 1.25)
            parts << tr("The cores were not free: one worker's run took %1 for %2 of computing, so other programs "
                        "were using them. Run the sweep again on a quiet machine to see what it can do.")
                         .arg(msText(wall), msText(a.cpuMs));
    }
    if (m_sweep.stopped)
        parts << tr("Stopped early: %1 of %2 worker counts measured.").arg(m_sweep.points.size()).arg(m_maxWorkers);
    return parts.join(QStringLiteral("\n\n"));
}

qreal SpeedupPicture::xOf(double workers, const QRectF &r) const
{
    return r.left() + (workers - 0.5) / m_maxWorkers * r.width();
}

QPointF SpeedupPicture::pointAt(double workers, double speedup) const
{
    return {xOf(workers, m_chart), m_chart.bottom() - speedup / m_yMax * m_chart.height()};
}

void SpeedupPicture::paintSpeedupAxes(QPainter &p) const
{
    const qreal fs = m_fontSize;
    const QFont font = TimelineTheme::font(fs * 0.9);
    const QFontMetricsF fm(font);
    p.setFont(font);
    const double step = m_yMax <= 3 && m_chart.height() > fs * 8 ? 0.5 : niceStep(m_yMax, qMin(6.0, m_chart.height() / (fs * 1.5)));
    for (double v = 0; v <= m_yMax + 1e-9; v += step) {
        const qreal y = pointAt(1, v).y();
        p.setPen(QPen(v == 0 ? TimelineTheme::separator() : v == 1 ? TimelineTheme::majorGridLine()
                                                                   : TimelineTheme::gridLine(),
                      v == 1 ? 1.5 : 1));
        p.drawLine(QPointF(m_chart.left(), y), QPointF(m_chart.right(), y));
        p.setPen(TimelineTheme::mutedText());
        const QString label = QStringLiteral("%1×").arg(v, 0, 'g', 3);
        p.drawText(QPointF(m_chart.left() - fm.horizontalAdvance(label) - fs * 0.5, y + fm.ascent() / 2.5), label);
    }
    const int every = qMax(1, int(std::ceil(m_maxWorkers * fm.horizontalAdvance(QStringLiteral("000")) / m_chart.width())));
    for (int w = 1; w <= m_maxWorkers; ++w) {
        if ((w - 1) % every != 0 && w != m_maxWorkers)
            continue;
        const QString label = QString::number(w);
        const qreal x = xOf(w, m_chart);
        p.setPen(TimelineTheme::text());
        p.drawText(QPointF(x - fm.horizontalAdvance(label) / 2, m_chart.bottom() + fm.ascent() + fs * 0.35), label);
    }
    const QFont bold = TimelineTheme::font(fs * 1.0, true);
    p.setFont(bold);
    p.setPen(TimelineTheme::text());
    p.drawText(QPointF(m_chart.left() - fs * 3.2, m_chart.top() - fs * 0.8),
               tr("speed-up (× as fast as 1 worker)"));
    p.setFont(font);
    p.setPen(TimelineTheme::mutedText());
    const QString axis = tr("workers");
    p.drawText(QPointF(m_chart.right() - fm.horizontalAdvance(axis), m_chart.bottom() + fm.height() * 2.1), axis);
}

void SpeedupPicture::paintCores(QPainter &p) const
{
    const int cores = m_sweep.cores;
    if (cores < 1 || cores > m_maxWorkers)
        return;
    const qreal fs = m_fontSize;
    const qreal x = xOf(cores, m_chart);
    QColor shade = coresColor();
    shade.setAlpha(22);
    // Past the cores: more workers than there are cores to run them.
    if (cores < m_maxWorkers) {
        const QRectF beyond(QPointF(x, m_chart.top()), QPointF(m_chart.right(), m_chart.bottom()));
        p.fillRect(beyond, shade);
        const QFont small = TimelineTheme::font(fs * 0.85);
        const QFontMetricsF fm(small);
        const QString text = tr("more workers than cores: they take turns");
        if (fm.horizontalAdvance(text) < beyond.width() - fs) {
            p.setFont(small);
            p.setPen(TimelineTheme::mutedText());
            p.drawText(QPointF(beyond.right() - fs * 0.5 - fm.horizontalAdvance(text), beyond.top() + fm.ascent() + fs * 0.4),
                       text);
        }
    }
    p.setPen(QPen(coresColor(), qMax<qreal>(2, fs * 0.14), Qt::DashLine));
    p.drawLine(QPointF(x, m_chart.top()), QPointF(x, m_chart.bottom()));
    const QFont bold = TimelineTheme::font(fs * 0.95, true);
    const QFontMetricsF bm(bold);
    const QString label = coresText(cores);
    p.setFont(bold);
    p.setPen(coresColor());
    qreal lx = x + fs * 0.35;
    if (lx + bm.horizontalAdvance(label) > m_chart.right())
        lx = x - fs * 0.35 - bm.horizontalAdvance(label);
    p.drawText(QPointF(lx, m_chart.top() + bm.ascent() + fs * 0.4), label);
}

void SpeedupPicture::paintLines(QPainter &p) const
{
    const qreal fs = m_fontSize;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    QPolygonF ideal;
    for (int w = 1; w <= m_maxWorkers; ++w)
        ideal << pointAt(w, idealAt(w));
    QPen idealPen(idealColor(), fs * 0.22, Qt::DashLine, Qt::FlatCap, Qt::RoundJoin);
    idealPen.setDashPattern({3, 2});
    p.setPen(idealPen);
    p.setBrush(Qt::NoBrush);
    p.drawPolyline(ideal);
    QPolygonF measured;
    for (const SweepPoint &pt : m_sweep.points)
        measured << pointAt(pt.workers, pt.speedup);
    p.setPen(QPen(measuredColor(), fs * 0.25, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPolyline(measured);
    p.setPen(QPen(Qt::white, fs * 0.12));
    p.setBrush(measuredColor());
    for (const QPointF &pt : std::as_const(measured))
        p.drawEllipse(pt, fs * 0.42, fs * 0.42);
    const QFont bold = TimelineTheme::font(fs * 0.95, true);
    const QFontMetricsF fm(bold);
    p.setFont(bold);
    const qreal bin = m_chart.width() / m_maxWorkers;
    for (const SweepPoint &pt : m_sweep.points) {
        const QString label = timesText(pt.speedup);
        const qreal w = fm.horizontalAdvance(label);
        if (w > bin * 0.95 && pt.workers % 2 == 0 && pt.workers != m_sweep.cores)
            continue; // crowded: every other label, the cores' always
        const QPointF at = pointAt(pt.workers, pt.speedup);
        // Above the point, or below it where the ideal line runs just above.
        const bool below = idealAt(pt.workers) > pt.speedup && pointAt(pt.workers, idealAt(pt.workers)).y() > at.y() - fs * 2.2;
        const qreal y = below ? at.y() + fs * 0.75 + fm.ascent() : at.y() - fs * 0.75 - fm.descent();
        const QRectF box(at.x() - w / 2 - fs * 0.2, y - fm.ascent(), w + fs * 0.4, fm.height());
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 220));
        p.drawRoundedRect(box, fs * 0.2, fs * 0.2);
        p.setPen(measuredColor());
        p.drawText(QPointF(at.x() - w / 2, y), label);
    }
    p.restore();
}

double SpeedupPicture::timeMax() const
{
    double top = 1;
    for (const SweepPoint &pt : m_sweep.points)
        top = qMax(top, qMax(double(pt.wallNs) / 1e6, pt.cpuMs));
    return top * 1.12;
}

void SpeedupPicture::paintTimes(QPainter &p) const
{
    const qreal fs = m_fontSize;
    const QFont font = TimelineTheme::font(fs * 0.85);
    const QFontMetricsF fm(font);
    const double top = timeMax();
    const double step = niceStep(top, qMin(6.0, m_time.height() / (fs * 1.5)));
    auto yOf = [&](double ms) { return m_time.bottom() - ms / top * m_time.height(); };
    p.setFont(font);
    for (double v = 0; v <= top; v += step) {
        p.setPen(QPen(v == 0 ? TimelineTheme::separator() : TimelineTheme::gridLine(), 1));
        p.drawLine(QPointF(m_time.left(), yOf(v)), QPointF(m_time.right(), yOf(v)));
        p.setPen(TimelineTheme::mutedText());
        const QString label = msText(v);
        p.drawText(QPointF(m_time.left() - fm.horizontalAdvance(label) - fs * 0.5, yOf(v) + fm.ascent() / 2.5), label);
    }
    const QFont bold = TimelineTheme::font(fs * 1.0, true);
    p.setFont(bold);
    p.setPen(TimelineTheme::text());
    p.drawText(QPointF(m_chart.left() - fs * 3.2, m_time.top() - fs * 0.8), tr("time each run took"));
    const qreal bin = m_time.width() / m_maxWorkers;
    const qreal bar = qMin(bin * 0.34, fs * 3.5);
    for (const SweepPoint &pt : m_sweep.points) {
        const qreal x = xOf(pt.workers, m_time);
        const double wall = double(pt.wallNs) / 1e6;
        const QRectF wallBar(QPointF(x - bar - 1, yOf(wall)), QPointF(x - 1, m_time.bottom()));
        p.fillRect(wallBar, measuredColor());
        if (pt.cpuMs >= 0) {
            // The workers' CPU time stacked, each a segment: the same work, shared out.
            const std::vector<double> each = pt.workerCpuMs.empty() ? std::vector<double>{pt.cpuMs} : pt.workerCpuMs;
            double base = 0;
            for (double ms : each) {
                const QRectF seg(QPointF(x + 1, yOf(base + ms)), QPointF(x + 1 + bar, yOf(base)));
                p.fillRect(seg, cpuColor());
                if (seg.height() > 3)
                    p.fillRect(QRectF(seg.left(), seg.top(), seg.width(), 1), Qt::white);
                base += ms;
            }
        }
        const QString label = msText(wall);
        if (fm.horizontalAdvance(label) < bin * 0.95) {
            p.setFont(font);
            p.setPen(TimelineTheme::text());
            p.drawText(QPointF(wallBar.center().x() - fm.horizontalAdvance(label) / 2, wallBar.top() - fs * 0.3), label);
        }
    }
    p.setFont(font);
    for (int w = 1; w <= m_maxWorkers; ++w) {
        if (bin < fm.horizontalAdvance(QStringLiteral("000")) && (w - 1) % 2 != 0 && w != m_maxWorkers)
            continue;
        const QString label = QString::number(w);
        p.setPen(TimelineTheme::text());
        p.drawText(QPointF(xOf(w, m_time) - fm.horizontalAdvance(label) / 2, m_time.bottom() + fm.ascent() + fs * 0.35),
                   label);
    }
    p.setPen(TimelineTheme::mutedText());
    const QString axis = tr("workers");
    p.drawText(QPointF(m_time.right() - fm.horizontalAdvance(axis), m_time.bottom() + fm.height() * 2.1), axis);
}

qreal SpeedupPicture::paintLegend(QPainter &p, const QRectF &rect) const
{
    const qreal fs = m_fontSize;
    const QFont font = TimelineTheme::font(fs * 0.95);
    const QFontMetricsF fm(font);
    qreal y = rect.top() + fs * 1.6;
    const qreal swatch = fs * 2.2;
    auto entry = [&](const std::function<void(const QRectF &)> &draw, const QString &text) {
        const QRectF box(rect.left(), y, swatch, fm.height());
        draw(box);
        p.setFont(font);
        p.setPen(TimelineTheme::text());
        const QRectF textBox(rect.left() + swatch + fs * 0.6, y, rect.width() - swatch - fs * 0.6, fm.height() * 3);
        const QRectF used = fm.boundingRect(textBox, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
        p.drawText(textBox, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
        y += used.height() + fs * 0.55;
    };
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    entry([&](const QRectF &b) {
        p.setPen(QPen(measuredColor(), fs * 0.25));
        p.drawLine(QPointF(b.left(), b.center().y()), QPointF(b.right(), b.center().y()));
        p.setPen(QPen(Qt::white, fs * 0.12));
        p.setBrush(measuredColor());
        p.drawEllipse(b.center(), fs * 0.42, fs * 0.42);
    }, tr("measured speed-up, one run each"));
    entry([&](const QRectF &b) {
        QPen pen(idealColor(), fs * 0.22, Qt::DashLine, Qt::FlatCap);
        pen.setDashPattern({3, 2});
        p.setPen(pen);
        p.drawLine(QPointF(b.left(), b.center().y()), QPointF(b.right(), b.center().y()));
    }, tr("ideal speed-up"));
    entry([&](const QRectF &b) {
        p.setPen(QPen(coresColor(), qMax<qreal>(2, fs * 0.14), Qt::DashLine));
        p.drawLine(QPointF(b.center().x(), b.top()), QPointF(b.center().x(), b.bottom()));
    }, tr("the cores of this machine"));
    entry([&](const QRectF &b) { p.fillRect(b.adjusted(b.width() * 0.3, 2, -b.width() * 0.3, -2), measuredColor()); },
          tr("wall time of the run"));
    bool cpu = false;
    for (const SweepPoint &pt : m_sweep.points)
        cpu = cpu || pt.cpuMs >= 0;
    if (cpu)
        entry([&](const QRectF &b) { p.fillRect(b.adjusted(b.width() * 0.3, 2, -b.width() * 0.3, -2), cpuColor()); },
              tr("CPU time of the workers, one segment each"));
    p.restore();
    return y - rect.top();
}

void SpeedupPicture::paint(QPainter &p) const
{
    p.save();
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.fillRect(QRectF(QPointF(0, 0), m_size), TimelineTheme::background());
    const qreal width = m_size.width() - 2 * m_margin;
    TitlePainter::paint(p, QRectF(m_margin, m_margin * 0.8, width, m_size.height()), titleLines(), m_fontSize);
    paintSpeedupAxes(p);
    paintCores(p);
    paintLines(p);
    paintTimes(p);
    const qreal legend = paintLegend(p, m_side);
    const QRectF text(m_side.left(), m_side.top() + legend + m_fontSize * 0.8, m_side.width(),
                      m_side.height() - legend - m_fontSize * 0.8);
    p.setFont(TimelineTheme::font(m_fontSize * 0.95));
    p.setPen(TimelineTheme::text());
    p.drawText(text, Qt::TextWordWrap | Qt::AlignTop | Qt::AlignLeft, explanation());
    p.restore();
}

} // namespace conlab
