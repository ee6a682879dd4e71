#pragma once

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <vector>

namespace conlab {

// Tick positions and labels for a time range: pure arithmetic, no painting. When the run has
// a unit (the tutorial's sleep(1)), ticks fall on whole units or simple fractions of one and
// carry both the unit count and the time; without one they fall on 1-2-5 steps of time.
class TimeAxis
{
    Q_DECLARE_TR_FUNCTIONS(TimeAxis)

public:
    struct Tick
    {
        qint64 t = 0;
        bool major = true;
        QString units; // "3 units", "2.5" — empty without a unit or for minor ticks
        QString time;  // "1.5 s", "250 ms" — empty for minor ticks
    };

    // Ticks for [from, to] over `widthPx` pixels, labels at least `minSpacingPx` apart. Without
    // `labelled` the labels stay empty (the grid needs only where the ticks are).
    static std::vector<Tick> ticks(qint64 from, qint64 to, qreal widthPx, qint64 unitNs, qreal minSpacingPx = 90,
                                   bool labelled = true);
    // The step (ns) chosen for that range.
    static qint64 step(qint64 from, qint64 to, qreal widthPx, qint64 unitNs, qreal minSpacingPx = 90);

    // A time as a person reads it, precise enough to tell ticks `resolution` apart.
    static QString formatTime(qint64 ns, qint64 resolution);
    // A duration with a sensible unit and three significant digits: "1.20 s", "340 µs".
    static QString formatDuration(qint64 ns);
    // A count of units: "4", "2.5", "0.25".
    static QString formatUnits(double units);
};

} // namespace conlab
