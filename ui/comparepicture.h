#pragma once

#include "legendpainter.h"
#include "timelinelayout.h"

#include <QCoreApplication>
#include <QList>
#include <QSizeF>

#include <vector>

class QPainter;

namespace conlab {

// Runs stacked on one time axis, as a slide: a title that says what is compared and how it came
// out, one legend for all, then per run a heading (variant, measured time and ideal) over its
// timeline. Every run is drawn from the same `from` to the same `to` with the same row sizes,
// so equal times line up and a run that took longer visibly reaches further right. A solid
// line marks where each run ended, a dashed one its ideal.
class ComparePicture
{
    Q_DECLARE_TR_FUNCTIONS(ComparePicture)

public:
    struct Block
    {
        const Trace *trace = nullptr;
        QRectF heading;
        TimelineLayout layout;
    };

    // `from`/`to` < 0: the longest run's whole length. `fontSize` 17 is a slide's.
    ComparePicture(const QList<const Trace *> &runs, const QSizeF &logicalSize, qint64 from = -1, qint64 to = -1,
                   qreal fontSize = 17);

    void paint(QPainter &p) const;

    // The longest run's end: the width of time every block shows when nothing is zoomed.
    static qint64 sharedEnd(const QList<const Trace *> &runs);
    // When a run ended: its measured wall time, else its last event.
    static qint64 runEnd(const Trace &trace);
    QStringList titleLines() const;
    // "Parallel" or, when the runs come from different scenarios, "Threads — Parallel".
    QString runTitle(const Trace &trace) const;
    // The key of every run together, each entry once.
    static std::vector<LegendPainter::Item> legendItems(const QList<const Trace *> &runs);

    QRectF titleRect() const { return m_titleRect; }
    QRectF legendRect() const { return m_legendRect; }
    const std::vector<Block> &blocks() const { return m_blocks; }

private:
    void layoutBlocks(qreal top);
    void paintHeading(QPainter &p, const Block &block) const;
    void paintEndLines(QPainter &p, const Block &block) const;
    QString verdict() const;

    QList<const Trace *> m_runs;
    QSizeF m_size;
    qreal m_fontSize;
    qreal m_margin;
    qint64 m_from = 0;
    qint64 m_to = 1;
    bool m_oneScenario = true;
    QRectF m_titleRect;
    QRectF m_legendRect;
    std::vector<LegendPainter::Item> m_legend;
    std::vector<Block> m_blocks;
};

} // namespace conlab
