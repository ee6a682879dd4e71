#include "textcache.h"

#include "directtarget.h"
#include "pixelmath.h"
#include "textmasks.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPaintEngine>
#include <QPainter>
#include <QStaticText>
#include <QTextLayout>

#include <cstring>
#include <memory>
#include <optional>

namespace conlab {

namespace {

constexpr qsizetype kMaxEntries = 4096;

// The fonts the timeline uses differ only in pixel size and weight.
quint64 fontKey(const QFont &font)
{
    return (quint64(qRound64(font.pixelSize() > 0 ? font.pixelSize() * 64.0 : font.pointSizeF() * 640.0)) << 16) |
           quint64(font.weight()) << 1 | (font.italic() ? 1 : 0);
}

template <typename K, typename V>
void bound(QHash<K, V> &cache)
{
    if (cache.size() > kMaxEntries)
        cache.clear();
}

} // namespace

qreal TextCache::width(const QFont &font, const QString &text)
{
    static QHash<std::pair<quint64, QString>, qreal> cache;
    const auto key = std::make_pair(fontKey(font), text);
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    bound(cache);
    return *cache.insert(key, QFontMetricsF(font).horizontalAdvance(text));
}

QString TextCache::number(double value)
{
    static QHash<quint64, QString> cache;
    quint64 bits;
    std::memcpy(&bits, &value, sizeof bits);
    if (const auto it = cache.constFind(bits); it != cache.cend())
        return *it;
    bound(cache);
    return *cache.insert(bits, QString::number(value, 'g', 10));
}

QString TextCache::elided(const QFont &font, const QString &text, qreal width)
{
    if (TextCache::width(font, text) <= width)
        return text;
    // Widths to a quarter pixel: what the eye can tell apart, and few entries per text.
    static QHash<std::pair<quint64, QString>, QString> cache;
    const quint64 quarters = quint64(qBound<qreal>(0, width * 4, 1e9));
    const auto key = std::make_pair(fontKey(font) | quarters << 32, text);
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    bound(cache);
    return *cache.insert(key, QFontMetricsF(font).elidedText(text, Qt::ElideRight, qreal(quarters) / 4));
}

namespace {

// A text laid out once, and its coverage once it has been drawn on whole pixels.
struct Laid
{
    QStaticText text;
    qreal ascent; // from the top left to the baseline: the line's, which a fallback font (Chinese) may deepen
    std::shared_ptr<TextMasks> masks;
    int draws = 0;
};

qreal lineAscent(const QFont &font, const QString &text)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    const QTextLine line = layout.createLine();
    layout.endLayout();
    return line.isValid() ? line.ascent() : QFontMetricsF(font).ascent();
}

bool g_ownMasks = true;
quint64 g_drawnFromMasks = 0;

// The raster engine with a whole-pixel translation: where a text's top left goes to a whole
// pixel, so that its pixels are the same wherever it is (and can be kept).
bool onWholePixels(const QPainter &p)
{
    const QTransform t = p.deviceTransform();
    return p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster && t.type() <= QTransform::TxTranslate &&
           t.dx() == PixelMath::floor(t.dx()) && t.dy() == PixelMath::floor(t.dy());
}

} // namespace

void TextCache::setOwnMasks(bool on)
{
    g_ownMasks = on;
}

quint64 TextCache::drawnFromMasks()
{
    return g_drawnFromMasks;
}

void TextCache::draw(QPainter &p, const QFont &font, QPointF baseline, const QString &text,
                     const DirectTarget *target)
{
    static QHash<std::pair<quint64, QString>, Laid> cache;
    const quint64 fk = fontKey(font);
    const auto key = std::make_pair(fk, text);
    auto it = cache.find(key);
    if (it == cache.end()) {
        bound(cache);
        QStaticText st(text);
        st.setTextFormat(Qt::PlainText);
        st.setPerformanceHint(QStaticText::AggressiveCaching);
        it = cache.insert(key, {st, lineAscent(font, text), nullptr, 0});
    }
    const QPointF topLeft = baseline - QPointF(0, it->ascent);
    if (!onWholePixels(p)) {
        if (!(p.font() == font))
            p.setFont(font);
        p.drawStaticText(topLeft, it->text);
        return;
    }
    const QPointF offset(p.deviceTransform().dx(), p.deviceTransform().dy());
    const QPoint device(qRound(topLeft.x() + offset.x()), qRound(topLeft.y() + offset.y()));
    const QPen &pen = p.pen();
    if (g_ownMasks && font.pixelSize() > 0 && pen.style() != Qt::NoPen && pen.isSolid() &&
        p.testRenderHint(QPainter::TextAntialiasing) &&
        (p.device()->devType() != QInternal::Widget || TextMasks::sameForWidgets())) {
        const std::optional<DirectTarget> own = target ? std::nullopt : std::optional<DirectTarget>(DirectTarget(p));
        const DirectTarget &direct = target ? *target : *own;
        // Masks for a text drawn again: one seen once while zooming costs no more than Qt's drawing.
        if (direct.valid() && ++it->draws > 1) {
            if (!it->masks)
                it->masks = std::make_shared<TextMasks>(font, text, it->text);
            if (it->masks->matchesQt(pen.color(), direct.image()->format())) {
                it->masks->draw(direct, device, TextMasks::premultiplied(pen.color()));
                ++g_drawnFromMasks;
                return;
            }
        }
    }
    // Setting a font makes a new one for the device (and asks a widget for its screen): runs
    // of texts in one font skip it.
    if (!(p.font() == font))
        p.setFont(font);
    p.drawStaticText(QPointF(device) - offset, it->text);
}

void TextCache::drawAsText(QPainter &p, const QFont &font, QPointF baseline, const QString &text,
                           const DirectTarget *target)
{
    if (onWholePixels(p)) {
        draw(p, font, baseline, text, target);
        return;
    }
    p.setFont(font);
    p.drawText(baseline, text);
}

} // namespace conlab
