#pragma once

#include <QColor>
#include <QWidget>

#include <vector>

namespace conlab {

// The interleaving so far: one chip per step, the stepping lane's number on its colour. When
// the steps outgrow the strip, the latest stay in sight behind a "+N earlier" note.
class ScheduleStrip : public QWidget
{
    Q_OBJECT

public:
    explicit ScheduleStrip(QWidget *parent = nullptr);

    // `colors[n - 1]` is lane number n's colour.
    void setSchedule(const std::vector<int> &schedule, const std::vector<QColor> &colors);
    const std::vector<int> &schedule() const { return m_schedule; }
    // How many of the latest chips are drawn (the rest are folded into the note).
    int visibleCount() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // One chip, shared with the step buttons so a lane's number looks the same everywhere.
    static void paintChip(QPainter &p, const QRectF &box, int number, const QColor &color);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int chipSize() const;

    std::vector<int> m_schedule;
    std::vector<QColor> m_colors;
};

} // namespace conlab
