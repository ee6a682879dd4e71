#include "schedulestrip.h"

#include "timelinetheme.h"

#include <QPainter>
#include <QPainterPath>

namespace conlab {

ScheduleStrip::ScheduleStrip(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ScheduleStrip::setSchedule(const std::vector<int> &schedule, const std::vector<QColor> &colors)
{
    if (schedule == m_schedule && colors == m_colors)
        return;
    m_schedule = schedule;
    m_colors = colors;
    setToolTip(m_schedule.empty() ? QString() : (m_schedule.size() == 1 ? tr("1 step") : tr("%1 steps").arg(m_schedule.size())));
    update();
}

int ScheduleStrip::chipSize() const
{
    return qMax(20, fontMetrics().height() + 8);
}

QSize ScheduleStrip::sizeHint() const
{
    return {400, chipSize() + 4};
}

QSize ScheduleStrip::minimumSizeHint() const
{
    return {120, chipSize() + 4};
}

int ScheduleStrip::visibleCount() const
{
    const int chip = chipSize();
    const int step = chip + 3;
    const int all = int(m_schedule.size());
    if (all * step <= width())
        return all;
    const int note = fontMetrics().horizontalAdvance(tr("+%1 earlier").arg(all)) + 10;
    return qMax(0, (width() - note) / step);
}

void ScheduleStrip::paintChip(QPainter &p, const QRectF &box, int number, const QColor &color)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    QPainterPath path;
    path.addRoundedRect(box, box.height() * 0.22, box.height() * 0.22);
    p.fillPath(path, color);
    QFont f = TimelineTheme::font(box.height() * 0.62, true);
    p.setFont(f);
    p.setPen(TimelineTheme::textOn(color));
    p.drawText(box, Qt::AlignCenter, QString::number(number));
    p.restore();
}

void ScheduleStrip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const int chip = chipSize();
    const int step = chip + 3;
    const qreal top = (height() - chip) / 2.0;
    if (m_schedule.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignLeft | Qt::AlignVCenter, tr("no steps yet"));
        return;
    }
    const int shown = visibleCount();
    const int hidden = int(m_schedule.size()) - shown;
    qreal x = 0;
    if (hidden > 0) {
        const QString note = tr("+%1 earlier").arg(hidden);
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRectF(0, 0, width(), height()), Qt::AlignLeft | Qt::AlignVCenter, note);
        x = fontMetrics().horizontalAdvance(note) + 10;
    }
    for (size_t i = size_t(hidden); i < m_schedule.size(); ++i) {
        const int n = m_schedule[i];
        const QColor c = n >= 1 && size_t(n) <= m_colors.size() ? m_colors[size_t(n - 1)] : QColor(Qt::gray);
        paintChip(p, QRectF(x, top, chip, chip), n, c);
        x += step;
    }
}

} // namespace conlab
