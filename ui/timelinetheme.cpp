#include "timelinetheme.h"

#include <QFontDatabase>
#include <QHash>

#include <array>

namespace conlab {

namespace {

// Index = State. Okabe–Ito first for the states a class sees most; Tol's wine and indigo and
// greys for the rarer ones. Done is a pale grey so a finished lane reads as "over", not "busy".
constexpr std::array<QRgb, StateCount> kStateColors = {
    0xF0E442, // Starting: yellow
    0x009E73, // Running: bluish green
    0x56B4E9, // Sleeping: sky blue
    0xD55E00, // WaitingLock: vermillion
    0x0072B2, // WaitingIO: blue
    0xE69F00, // WaitingJoin: orange (reddish purple would turn as grey as Running for deuteranopes)
    0xCC79A7, // WaitingFuture: reddish purple
    0x882255, // WaitingCondition: wine
    0x332288, // Suspended: indigo
    0xBBBBBB, // Idle: grey
    0xE3E6E9, // Done: pale grey
    0x111111, // Failed: black
    0x7A7A7A, // Stopped: dark grey
};

constexpr std::array<QRgb, 8> kLaneColors = {
    0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9, 0x882255, 0x332288,
};

} // namespace

QColor TimelineTheme::stateColor(State s)
{
    const int i = int(s);
    return i >= 0 && i < StateCount ? QColor::fromRgb(kStateColors[size_t(i)]) : QColor(Qt::magenta);
}

QColor TimelineTheme::textOn(const QColor &background)
{
    // Relative luminance with the sRGB weights; 0.45 keeps white text on the mid blues.
    const qreal l = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return l > 0.45 ? QColor(0x11, 0x11, 0x11) : QColor(Qt::white);
}

QString TimelineTheme::stateTitle(State s)
{
    switch (s) {
    case State::Starting: return tr("Starting");
    case State::Running: return tr("Running");
    case State::Sleeping: return tr("Sleeping");
    case State::WaitingLock: return tr("Waiting for a lock");
    case State::WaitingIO: return tr("Waiting for I/O");
    case State::WaitingJoin: return tr("Waiting in join");
    case State::WaitingFuture: return tr("Waiting for a result");
    case State::WaitingCondition: return tr("Waiting on a condition");
    case State::Suspended: return tr("Suspended");
    case State::Idle: return tr("Idle");
    case State::Done: return tr("Done");
    case State::Failed: return tr("Failed");
    case State::Stopped: return tr("Stopped");
    }
    return QString::fromLatin1(stateName(s));
}

QString TimelineTheme::laneKindTitle(LaneKind k)
{
    switch (k) {
    case LaneKind::Main: return tr("main program");
    case LaneKind::Process: return tr("process");
    case LaneKind::Thread: return tr("thread");
    case LaneKind::PoolWorker: return tr("pool worker");
    case LaneKind::Coroutine: return tr("coroutine");
    case LaneKind::EventLoop: return tr("event loop");
    }
    return {};
}

QColor TimelineTheme::laneColor(int lane)
{
    return QColor::fromRgb(kLaneColors[size_t(qMax(0, lane)) % kLaneColors.size()]);
}

QColor TimelineTheme::laneTint(int lane)
{
    const QColor c = laneColor(lane);
    // Blend towards the background rather than use alpha: the tint must look the same on any
    // widget, and text on it must read as on the background.
    const QColor bg = background();
    const qreal a = isDark() ? 0.34 : 0.22;
    return QColor::fromRgbF(bg.redF() * (1 - a) + a * c.redF(), bg.greenF() * (1 - a) + a * c.greenF(),
                            bg.blueF() * (1 - a) + a * c.blueF());
}

QFont TimelineTheme::font(qreal pixelSize, bool bold)
{
    // Asked for at every label of every repaint, and only a few sizes at that: made once each.
    static thread_local QHash<int, QFont> made;
    const int px = qMax(1, qRound(pixelSize));
    const int key = px * 2 + (bold ? 1 : 0);
    if (const auto it = made.constFind(key); it != made.cend())
        return *it;
    if (made.size() > 256)
        made.clear();
    QFont f(QStringLiteral("DejaVu Sans"));
    // Chinese text in the Simplified forms (fonts-noto-cjk), whatever the locale's own preference.
    f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(px);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting); // same shapes on screen, PNG and SVG
    made.insert(key, f);
    return f;
}

QFont TimelineTheme::monoFont(qreal pixelSize)
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    f.setFamily(QStringLiteral("DejaVu Sans Mono"));
    f.setPixelSize(qMax(1, qRound(pixelSize)));
    return f;
}

} // namespace conlab
