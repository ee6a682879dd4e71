#include "steppanel.h"

#include "schedulestrip.h"
#include "timelinetheme.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace conlab {

namespace {
constexpr int kRowsPerColumn = 4;

QIcon chipIcon(int number, const QColor &color, int size)
{
    QPixmap pixmap(size * 2, size * 2); // drawn at twice the size: sharp on high-DPI screens too
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    ScheduleStrip::paintChip(p, QRectF(0, 0, size, size), number, color);
    return QIcon(pixmap);
}
} // namespace

StepPanel::StepPanel(QWidget *parent)
    : QFrame(parent)
    , m_headline(new QLabel(this))
    , m_undo(new QPushButton(tr("Undo Step"), this))
    , m_rowsBox(new QWidget(this))
    , m_rowsLayout(new QGridLayout(m_rowsBox))
    , m_strip(new ScheduleStrip(this))
    , m_copy(new QPushButton(tr("Copy --schedule"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(4);
    auto *top = new QHBoxLayout;
    m_headline->setWordWrap(true);
    top->addWidget(m_headline, 1);
    m_undo->setToolTip(tr("Take back the last step (Ctrl+Z): the run is replayed up to the step before"));
    top->addWidget(m_undo);
    layout->addLayout(top);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setHorizontalSpacing(10);
    m_rowsLayout->setVerticalSpacing(3);
    layout->addWidget(m_rowsBox);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(new QLabel(tr("Interleaving:"), this));
    bottom->addWidget(m_strip, 1);
    m_copy->setToolTip(tr("Copy the steps as a --schedule option: the command line replays this interleaving"));
    bottom->addWidget(m_copy);
    layout->addLayout(bottom);
    connect(m_undo, &QPushButton::clicked, this, &StepPanel::undoRequested);
    connect(m_copy, &QPushButton::clicked, this, &StepPanel::copyRequested);
    setStepping(false);
    setUndoEnabled(false);
}

void StepPanel::setStepping(bool stepping)
{
    m_stepping = stepping;
    m_rowsBox->setVisible(stepping);
    m_undo->setVisible(stepping);
}

void StepPanel::setHeadline(const QString &text)
{
    if (m_headline->text() != text)
        m_headline->setText(text);
}

void StepPanel::setUndoEnabled(bool enabled)
{
    m_undo->setEnabled(enabled);
}

void StepPanel::setSchedule(const std::vector<int> &schedule, const std::vector<QColor> &colors)
{
    m_strip->setSchedule(schedule, colors);
    m_copy->setEnabled(!schedule.empty());
}

QToolButton *StepPanel::stepButton(int number) const
{
    return number >= 1 && size_t(number) <= m_rows.size() ? m_rows[size_t(number - 1)].button : nullptr;
}

void StepPanel::rebuildRows(size_t count)
{
    for (Row &r : m_rows) {
        delete r.button;
        delete r.text;
    }
    m_rows.clear();
    for (size_t i = 0; i < count; ++i) {
        Row r;
        r.button = new QToolButton(m_rowsBox);
        r.button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        r.button->setAutoRaise(false);
        r.button->setFocusPolicy(Qt::NoFocus); // keys 1–9 and Space stay with the window
        r.text = new QLabel(m_rowsBox);
        r.text->setTextFormat(Qt::RichText);
        r.text->setFont(rowFont());
        r.button->setFont(rowFont());
        const int number = int(i) + 1;
        connect(r.button, &QToolButton::clicked, this, [this, number] { emit stepRequested(number); });
        const int column = int(i) / kRowsPerColumn * 2;
        m_rowsLayout->addWidget(r.button, int(i) % kRowsPerColumn, column);
        m_rowsLayout->addWidget(r.text, int(i) % kRowsPerColumn, column + 1);
        m_rowsLayout->setColumnStretch(column + 1, 1);
        m_rows.push_back(r);
    }
}

// A little larger than the rest of the window: these lines are what the class reads aloud.
QFont StepPanel::rowFont() const
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    return f;
}

QString StepPanel::laneText(const LaneStep &lane)
{
    QString text = lane.name + QLatin1Char(' ');
    text += lane.phase == StepGate::Phase::Parked ? tr("next: %1").arg(lane.code) : lane.code;
    if (!lane.values.isEmpty())
        text += QStringLiteral("   (") + lane.values + QLatin1Char(')');
    return text;
}

QString StepPanel::rowHtml(const LaneStep &lane, const QColor &color) const
{
    const QString mono = TimelineTheme::monoFont(12).family();
    QString html = QStringLiteral("<b style='color:%1'>%2</b>&nbsp; ").arg(color.name(), lane.name.toHtmlEscaped());
    if (lane.phase == StepGate::Phase::Parked) {
        html += tr("next:") + QStringLiteral(" <span style=\"font-family:'%1'; font-weight:600\">%2</span>")
                                  .arg(mono, lane.code.toHtmlEscaped());
    } else {
        html += QStringLiteral("<i style='color:#5c6670'>%1</i>").arg(lane.code.toHtmlEscaped());
    }
    if (!lane.values.isEmpty())
        html += QStringLiteral("&nbsp;&nbsp;&nbsp;<span style='color:#5c6670'>(%1)</span>")
                    .arg(lane.values.toHtmlEscaped());
    return html;
}

void StepPanel::setLanes(const std::vector<LaneStep> &lanes, const std::vector<QColor> &colors)
{
    if (lanes.size() != m_rows.size())
        rebuildRows(lanes.size());
    const bool recolor = colors != m_colors;
    m_colors = colors;
    m_lanes = lanes;
    const int iconSize = QFontMetrics(rowFont()).height() + 4;
    for (size_t i = 0; i < lanes.size(); ++i) {
        const LaneStep &lane = lanes[i];
        const QColor color = i < colors.size() ? colors[i] : QColor(Qt::gray);
        Row &r = m_rows[i];
        if (recolor || r.button->text() != lane.name) {
            r.button->setIcon(chipIcon(lane.number, color, iconSize));
            r.button->setIconSize(QSize(iconSize, iconSize));
            r.button->setText(lane.name);
            r.button->setToolTip(lane.number <= 9 ? tr("One step of %1 (key %2)").arg(lane.name).arg(lane.number)
                                                  : tr("One step of %1").arg(lane.name));
        }
        r.button->setEnabled(lane.canStep);
        const QString html = rowHtml(lane, color);
        if (r.text->text() != html)
            r.text->setText(html);
    }
}

} // namespace conlab
