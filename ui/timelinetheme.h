#pragma once

#include "trace/event.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QString>

namespace conlab {

// Colours and type of the timeline. One colour per state, from the Okabe–Ito palette (safe for
// the common colour-vision deficiencies) extended with a few of Paul Tol's; every colour is
// saturated enough to survive a washed-out projector on a light background.
class TimelineTheme
{
    Q_DECLARE_TR_FUNCTIONS(TimelineTheme)

public:
    static QColor stateColor(State s);
    // Black or white, whichever reads better on `background`.
    static QColor textOn(const QColor &background);
    static QString stateTitle(State s);
    static QString laneKindTitle(LaneKind k);

    // Lanes get colours of their own (source highlights, tags, console prefixes).
    static QColor laneColor(int lane);
    // A light tint of the lane colour for line highlights.
    static QColor laneTint(int lane);

    // The window follows the light or dark theme; pictures (exports, the clipboard) are always
    // drawn light, for slides and paper: they paint under a LightPictures guard.
    static void setDark(bool dark) { s_dark = dark; }
    static bool isDark() { return s_dark; }
    // Presentation mode: black type and firmer lines, for a washed-out projector.
    static void setHighContrast(bool high) { s_high = high; }
    static bool isHighContrast() { return s_high; }
    class LightPictures
    {
    public:
        LightPictures() : m_was(s_dark), m_wasHigh(s_high) { s_dark = s_high = false; }
        ~LightPictures()
        {
            s_dark = m_was;
            s_high = m_wasHigh;
        }
        LightPictures(const LightPictures &) = delete;
        LightPictures &operator=(const LightPictures &) = delete;

    private:
        bool m_was;
        bool m_wasHigh;
    };

    static QColor background() { return pick(0xffffff, 0x1b2026); }
    static QColor bandBackground() { return pick(0xf4f6f8, 0x232a31); }
    static QColor headerBackground() { return pick(0xfafbfc, 0x20262d); }
    static QColor gridLine() { return s_high && !s_dark ? QColor::fromRgb(0xb4bcc4) : pick(0xe2e6ea, 0x2c343c); }
    static QColor majorGridLine() { return s_high && !s_dark ? QColor::fromRgb(0x7d8791) : pick(0xc9cfd6, 0x404a54); }
    static QColor separator() { return s_high && !s_dark ? QColor::fromRgb(0x6f7983) : pick(0xc4cbd3, 0x46505b); }
    static QColor text() { return s_high && !s_dark ? QColor::fromRgb(0x000000) : pick(0x1f252b, 0xe8ecf0); }
    static QColor mutedText() { return s_high && !s_dark ? QColor::fromRgb(0x2a3037) : pick(0x5c6670, 0xa3adb8); }
    static QColor holdBand() { return pick(0x2b3540, 0xc9d1d9); }
    static QColor counterLine() { return pick(0x1f252b, 0xe8ecf0); }
    static QColor counterFill() { return QColor(0x00, 0x72, 0xb2, s_dark ? 70 : 40); }
    static QColor flowArrow() { return pick(0x3a444e, 0xc0c8d0); }
    // Damage: a stale read's arc to the act it misled, wrong outcomes in the trials.
    static QColor damage() { return pick(0xb4122a, 0xff5a6e); }
    // Outcomes that are right (the trials' bars); bluish green, as Running.
    static QColor correct() { return QColor(0x00, 0x9e, 0x73); }
    static QColor nowLine() { return pick(0xc00030, 0xff4d6d); }
    static QColor selection() { return pick(0x111111, 0xf5f5f5); }
    static QColor markColor() { return pick(0x1f252b, 0xe8ecf0); }
    // Captions are notes pinned on the timeline, drawn as sticky notes: a warm paper no state
    // has, edged and pinned in a deep amber, so they stand out from the spans under them.
    static QColor captionFill() { return s_high && !s_dark ? QColor::fromRgb(0xfff8d6) : pick(0xfff1b8, 0x3e3519); }
    static QColor captionEdge() { return s_high && !s_dark ? QColor::fromRgb(0x000000) : pick(0x8a5a00, 0xf2c14e); }
    static QColor captionText() { return s_high && !s_dark ? QColor::fromRgb(0x000000) : pick(0x2b2100, 0xfbf1d3); }

    // The base font at a pixel size (pixel sizes keep exports independent of screen DPI).
    static QFont font(qreal pixelSize, bool bold = false);
    static QFont monoFont(qreal pixelSize);

private:
    static QColor pick(QRgb light, QRgb dark) { return QColor::fromRgb(s_dark ? dark : light); }
    static inline bool s_dark = false;
    static inline bool s_high = false;
};

} // namespace conlab
