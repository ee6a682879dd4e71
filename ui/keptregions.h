#pragma once

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QRect>

#include <vector>

namespace conlab {

class DirectTarget;

// Pictures of small regions drawn the same way again and again (a lane's name column), kept
// with everything that decides their pixels so a repaint copies them instead of drawing them.
// A region is kept only when it was one plain colour before it was drawn, and copied only
// over the same plain colour (checked on the pixels at each use): then the copy is the very
// picture the drawing would make. The key must name everything else the drawing depends on;
// the region's colour, the image format and the region's size are added here. GUI thread only.
class KeptRegions
{
public:
    explicit KeptRegions(qsizetype maxEntries = 256);

    // The plain colour of device pixels `region` (inside the target's clip), if they are one.
    static bool plain(const DirectTarget &target, const QRect &region, QRgb *color);
    // Copies the picture kept under `key` for a region of `color` into `region`; false if none.
    bool draw(const DirectTarget &target, const QRect &region, QRgb color, const QByteArray &key) const;
    // Keeps what is now in `region` (drawn over `color`) under `key`. Only for a drawing that
    // stayed inside the region (Surroundings says).
    void keep(const DirectTarget &target, const QRect &region, QRgb color, const QByteArray &key);

    // The pixels around a region (a band above and below, inside the target's clip), taken
    // before the region is drawn: unchanged afterwards, the drawing stayed inside the region
    // and a copy of the region alone is all of it.
    class Surroundings
    {
    public:
        Surroundings(const DirectTarget &target, const QRect &region, int band = 2);
        bool unchanged() const;

    private:
        std::vector<QRgb> pixels() const;

        const DirectTarget &m_target;
        QRect m_above, m_below;
        std::vector<QRgb> m_before;
    };

private:
    static QByteArray fullKey(const DirectTarget &target, const QRect &region, QRgb color, const QByteArray &key);

    qsizetype m_max;
    QHash<QByteArray, QImage> m_kept;
};

} // namespace conlab
