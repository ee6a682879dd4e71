#include "textcache.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPaintEngine>
#include <QPainter>
#include <QStaticText>

#include <cstring>

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

void TextCache::draw(QPainter &p, const QFont &font, QPointF baseline, const QString &text)
{
    static QHash<std::pair<quint64, QString>, QStaticText> cache;
    static QHash<quint64, qreal> ascents;
    const quint64 fk = fontKey(font);
    auto ascent = ascents.constFind(fk);
    if (ascent == ascents.cend())
        ascent = ascents.insert(fk, QFontMetricsF(font).ascent());
    // Setting a font makes a new one for the device (and asks a widget for its screen): on the
    // raster engine, runs of texts in one font skip it (an SVG would group its texts otherwise).
    if (!(p.font() == font) || !p.paintEngine() || p.paintEngine()->type() != QPaintEngine::Raster)
        p.setFont(font);
    const auto key = std::make_pair(fk, text);
    auto it = cache.find(key);
    if (it == cache.end()) {
        bound(cache);
        QStaticText st(text);
        st.setTextFormat(Qt::PlainText);
        st.setPerformanceHint(QStaticText::AggressiveCaching);
        it = cache.insert(key, st);
    }
    p.drawStaticText(baseline - QPointF(0, *ascent), *it);
}

void TextCache::drawAsText(QPainter &p, const QFont &font, QPointF baseline, const QString &text)
{
    if (p.deviceTransform().type() <= QTransform::TxTranslate && p.paintEngine() &&
        p.paintEngine()->type() == QPaintEngine::Raster) {
        draw(p, font, baseline, text);
        return;
    }
    p.setFont(font);
    p.drawText(baseline, text);
}

} // namespace conlab
