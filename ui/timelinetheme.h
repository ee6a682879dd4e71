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

    static QColor background() { return QColor(0xff, 0xff, 0xff); }
    static QColor bandBackground() { return QColor(0xf4, 0xf6, 0xf8); }
    static QColor headerBackground() { return QColor(0xfa, 0xfb, 0xfc); }
    static QColor gridLine() { return QColor(0xe2, 0xe6, 0xea); }
    static QColor majorGridLine() { return QColor(0xc9, 0xcf, 0xd6); }
    static QColor separator() { return QColor(0xc4, 0xcb, 0xd3); }
    static QColor text() { return QColor(0x1f, 0x25, 0x2b); }
    static QColor mutedText() { return QColor(0x5c, 0x66, 0x70); }
    static QColor holdBand() { return QColor(0x2b, 0x35, 0x40); }
    static QColor counterLine() { return QColor(0x1f, 0x25, 0x2b); }
    static QColor counterFill() { return QColor(0x00, 0x72, 0xb2, 40); }
    static QColor flowArrow() { return QColor(0x3a, 0x44, 0x4e); }
    // Damage: a stale read's arc to the act it misled, wrong outcomes in the trials.
    static QColor damage() { return QColor(0xb4, 0x12, 0x2a); }
    // Outcomes that are right (the trials' bars); bluish green, as Running.
    static QColor correct() { return QColor(0x00, 0x9e, 0x73); }
    static QColor nowLine() { return QColor(0xc0, 0x00, 0x30); }
    static QColor selection() { return QColor(0x11, 0x11, 0x11); }
    static QColor markColor() { return QColor(0x1f, 0x25, 0x2b); }

    // The base font at a pixel size (pixel sizes keep exports independent of screen DPI).
    static QFont font(qreal pixelSize, bool bold = false);
    static QFont monoFont(qreal pixelSize);
};

} // namespace conlab
