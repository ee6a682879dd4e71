#include "resultpanel.h"

#include "runsummary.h"
#include "timeaxis.h"
#include "timelinelayout.h"
#include "timelinepainter.h"
#include "timelinetheme.h"
#include "tracequery.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace conlab {

namespace {
QString row(const QString &key, const QString &value, bool strong = false)
{
    const QString v = strong ? QStringLiteral("<b>%1</b>").arg(value.toHtmlEscaped()) : value.toHtmlEscaped();
    return QStringLiteral("<tr><td style='color:#5c6670; padding-right:14px'>%1</td><td>%2</td></tr>")
        .arg(key.toHtmlEscaped(), v);
}
QString heading(const QString &text)
{
    return QStringLiteral("<tr><td colspan=2 style='padding-top:8px'><b>%1</b></td></tr>").arg(text.toHtmlEscaped());
}
} // namespace

ResultPanel::ResultPanel(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
{
    m_label->setTextFormat(Qt::RichText);
    m_label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setMargin(8);
    m_label->setWordWrap(true);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_label);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    showTrace(nullptr, Status::Idle, 0);
}

QString ResultPanel::text() const
{
    return m_label->text();
}

void ResultPanel::showTrace(const Trace *trace, Status status, qint64 now)
{
    if (!trace) {
        m_label->setText(tr("<span style='color:#5c6670'>Results appear here: measured against ideal time, "
                            "the values the program ends with, its counters.</span>"));
        return;
    }
    m_label->setText(QStringLiteral("<table cellspacing=0>") + rows(*trace, status, now) + QStringLiteral("</table>"));
}

QString ResultPanel::rows(const Trace &trace, Status status, qint64 now) const
{
    const qint64 unit = TimelinePainter::unitOf(trace);
    QString html;
    switch (status) {
    case Status::Running: html += row(tr("Status"), tr("running"), true); break;
    case Status::Stopped: html += row(tr("Status"), tr("stopped"), true); break;
    default: break;
    }
    const qint64 measured = status == Status::Running ? now : trace.wallNs;
    html += row(status == Status::Running ? tr("So far") : tr("Measured"), RunSummary::timeText(measured, unit),
                true);
    if (trace.idealNs >= 0) {
        html += row(tr("Ideal"), RunSummary::timeText(trace.idealNs, unit));
        if (status != Status::Running && trace.idealNs > 0)
            html += row(tr("Measured / ideal"),
                        QStringLiteral("%1 %").arg(100.0 * double(trace.wallNs) / double(trace.idealNs), 0, 'f', 1));
    }
    if (!trace.results.isEmpty()) {
        html += heading(tr("Results"));
        for (auto it = trace.results.cbegin(); it != trace.results.cend(); ++it)
            html += row(it.key(), RunSummary::valueText(it.value()), true);
    }
    QString counters;
    for (const TimelineLayout::Entry &e : TimelineLayout::order(trace)) {
        for (int name : TimelineLayout::counters(trace, e.lane)) {
            double v = 0;
            if (TraceQuery::lastCounterValue(trace, e.lane, name, &v))
                counters += row(trace.lane(e.lane)->name + QStringLiteral(": ") + trace.label(name),
                                QString::number(v, 'g', 10), true);
        }
    }
    if (!counters.isEmpty())
        html += heading(status == Status::Running ? tr("Counters") : tr("Counters at the end")) + counters;
    return html;
}

} // namespace conlab
