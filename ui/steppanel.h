#pragma once

#include "stepmodel.h"

#include <QFrame>

class QGridLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace conlab {

class ScheduleStrip;

// Above the timeline when a scenario can be stepped: in Step mode one row per lane with its
// step button and what it does next; in every mode the interleaving the run took, copyable
// as a --schedule string.
class StepPanel : public QFrame
{
    Q_OBJECT

public:
    explicit StepPanel(QWidget *parent = nullptr);

    // Step mode: the lane rows and Undo show.
    void setStepping(bool stepping);
    bool isStepping() const { return m_stepping; }
    void setLanes(const std::vector<LaneStep> &lanes, const std::vector<QColor> &colors);
    void setSchedule(const std::vector<int> &schedule, const std::vector<QColor> &colors);
    void setHeadline(const QString &text);
    void setUndoEnabled(bool enabled);

    const std::vector<LaneStep> &lanes() const { return m_lanes; }
    // "t1 next: account.balance -= 80   (balance = 100)", as the row shows it.
    static QString laneText(const LaneStep &lane);
    ScheduleStrip *strip() const { return m_strip; }
    QToolButton *stepButton(int number) const;

signals:
    void stepRequested(int number);
    void undoRequested();
    void copyRequested();

private:
    struct Row
    {
        QToolButton *button = nullptr;
        QLabel *text = nullptr;
    };
    void rebuildRows(size_t count);
    QFont rowFont() const;
    QString rowHtml(const LaneStep &lane, const QColor &color) const;

    bool m_stepping = false;
    QLabel *m_headline;
    QPushButton *m_undo;
    QWidget *m_rowsBox;
    QGridLayout *m_rowsLayout;
    std::vector<Row> m_rows;
    std::vector<LaneStep> m_lanes;
    std::vector<QColor> m_colors;
    ScheduleStrip *m_strip;
    QPushButton *m_copy;
};

} // namespace conlab
