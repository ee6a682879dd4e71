#pragma once

#include "timelinelayout.h"
#include "traceindex.h"

#include <QCoreApplication>
#include <QSet>
#include <QSizeF>

class QPainter;

namespace conlab {

// What part of a run goes into a picture.
struct PictureOptions
{
    qint64 from = -1; // -1: the whole run
    qint64 to = -1;
    QSet<int> collapsed;
};

// A picture that explains itself on a slide: a title line (scenario, variant, parameters,
// measured vs ideal), the results, the legend, then the timeline. Lays out in logical pixels
// (1920 wide for a full-HD picture); the caller scales the painter to the device.
class PicturePainter
{
    Q_DECLARE_TR_FUNCTIONS(PicturePainter)

public:
    PicturePainter(const Trace &trace, const QSizeF &logicalSize, const PictureOptions &options = {});

    // Logical size for a picture of `pixels`: type stays readable from 320x200 to 8K.
    static QSizeF logicalSize(const QSize &pixels);

    void paint(QPainter &p) const;

    QRectF titleRect() const { return m_titleRect; }
    QRectF legendRect() const { return m_legendRect; }
    const TimelineLayout &layout() const { return m_layout; }

private:
    QStringList titleLines() const;

    const Trace &m_trace;
    TraceIndex m_index;
    QSizeF m_size;
    qreal m_margin = 0;
    qreal m_fontSize = 0;
    QRectF m_titleRect;
    QRectF m_legendRect;
    TimelineLayout m_layout;
    qint64 m_from = 0;
    qint64 m_to = 0;
    bool m_partial = false;
};

} // namespace conlab
