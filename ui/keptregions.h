#pragma once

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QRect>

#include <functional>

class QPainter;

namespace conlab {

class DirectTarget;

// Pictures of small regions drawn the same way again and again (a lane's name column), kept
// with everything that decides their pixels so a repaint copies them instead of drawing them.
// A picture is drawn once, by the same painting code, into an image of its own filled with
// the plain colour the region has on the target; it is kept only if the drawing stayed inside
// the region, and copied only where the target shows that same plain colour (checked on the
// pixels at each use): the copy is then the very picture drawing there would make. The key
// must name everything else the drawing depends on; the plain colour, the image format, the
// region's size and where its pixels fall within a pixel are added here. GUI thread only.
class KeptRegions
{
public:
    explicit KeptRegions(qsizetype maxEntries = 256);

    // The plain colour of device pixels `region` (inside the target's clip), if they are one.
    // `rowsPlain`: each pixel row of the region is known to be one colour (a background made
    // of full-width bands), so one pixel per row is looked at.
    static bool plain(const DirectTarget &target, const QRect &region, bool rowsPlain, QRgb *color);

    // Copies the part of the picture of `region` (device pixels, all of it, wherever the clip
    // is) that falls in `visible`; the picture is drawn first if none is kept under `key`,
    // by `draw` on a painter set up as `p` is (render hints, a translation putting it where
    // `p` would draw, `fraction` being where the drawing's origin falls within a pixel).
    // False if it cannot be kept (the drawing went past the region): then the caller draws.
    bool draw(const DirectTarget &target, const QPainter &p, const QRect &region, const QRect &visible, QRgb color,
              const QByteArray &key, const std::function<void(QPainter &, const DirectTarget &)> &draw);

private:
    qsizetype m_max;
    QHash<QByteArray, QImage> m_kept; // a null image: drawn once and found not to stay inside
};

} // namespace conlab
