#include "textcache.h"

#include "pixelmath.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPaintEngine>
#include <QPainter>
#include <QStaticText>
#include <QTextLayout>

#include <cstring>
#include <deque>
#include <optional>

namespace conlab {

namespace {

constexpr size_t kMaxEntries = 4096;

// The fonts the timeline uses differ only in pixel size and weight.
quint64 fontKey(const QFont &font)
{
    return (quint64(qRound64(font.pixelSize() > 0 ? font.pixelSize() * 64.0 : font.pointSizeF() * 640.0)) << 16) |
           quint64(font.weight()) << 1 | (font.italic() ? 1 : 0);
}

// A text in a font: its width, its elided forms and, once drawn, its layout.
// Everything about a text is found with one lookup of it.
struct Entry
{
    QString text;
    qreal width = -1; // measured when first asked
    std::optional<QStaticText> laid;
    // From the top left to the baseline: the line's, which a fallback font (Chinese) deepens.
    qreal ascent = 0;
    QHash<quint64, Entry *> elided; // by width in quarter pixels (a mark's room takes many)
};

using Key = std::pair<quint64, QString>;

// Entries kept where they do not move (so elided forms can point at theirs), found by font
// and text; all are forgotten together when there get to be too many.
struct Store
{
    QHash<Key, Entry *> index;
    std::deque<Entry> entries;

    Entry *find(const Key &key) const { return index.value(key, nullptr); }
    bool full() const { return entries.size() >= kMaxEntries; }
};

Store &store()
{
    static Store s;
    return s;
}

Entry &entry(const QFont &font, const QString &text)
{
    Store &s = store();
    const Key key(fontKey(font), text);
    if (Entry *e = s.find(key))
        return *e;
    if (s.full()) {
        s.index.clear();
        s.entries.clear();
    }
    Entry &e = s.entries.emplace_back();
    e.text = text;
    s.index.insert(key, &e);
    return e;
}

qreal widthOf(const QFont &font, Entry &e)
{
    if (e.width < 0)
        e.width = QFontMetricsF(font).horizontalAdvance(e.text);
    return e.width;
}

// `e` elided on the right to fit `width` (whole quarter pixels), as QFontMetricsF::elidedText.
Entry &elidedOf(const QFont &font, Entry &e, qreal width)
{
    if (widthOf(font, e) <= width)
        return e;
    // Widths to a quarter pixel: what the eye can tell apart, and few forms per text.
    const quint64 quarters = quint64(qBound<qreal>(0, width * 4, 1e9));
    if (const auto it = e.elided.constFind(quarters); it != e.elided.cend())
        return **it;
    const QString shown = QFontMetricsF(font).elidedText(e.text, Qt::ElideRight, qreal(quarters) / 4);
    // A full store is cleared when a new text is added: then `e` is gone, and is not touched.
    const Store &s = store();
    const bool clears = s.full() && !s.find(Key(fontKey(font), shown));
    Entry &form = entry(font, shown);
    if (!clears)
        e.elided.insert(quarters, &form);
    return form;
}

qreal lineAscent(const QFont &font, const QString &text)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    const QTextLine line = layout.createLine();
    layout.endLayout();
    return line.isValid() ? line.ascent() : QFontMetricsF(font).ascent();
}

void drawEntry(QPainter &p, const QFont &font, Entry &e, QPointF baseline)
{
    if (!e.laid) {
        QStaticText st(e.text);
        st.setTextFormat(Qt::PlainText);
        st.setPerformanceHint(QStaticText::AggressiveCaching);
        e.laid = st;
        e.ascent = lineAscent(font, e.text);
    }
    const QPointF topLeft = baseline - QPointF(0, e.ascent);
    // On whole pixels a text's top left goes to a whole pixel, so that its pixels are the same
    // wherever it is: a label does not shimmer as the view pans.
    if (!PixelMath::wholePixels(p)) {
        // Another engine (an SVG) is given the font every time: it groups texts by it.
        if (!(p.font() == font) || !p.paintEngine() || p.paintEngine()->type() != QPaintEngine::Raster)
            p.setFont(font);
        p.drawStaticText(topLeft, *e.laid);
        return;
    }
    const QPointF offset(p.deviceTransform().dx(), p.deviceTransform().dy());
    const QPoint device(qRound(topLeft.x() + offset.x()), qRound(topLeft.y() + offset.y()));
    // Setting a font makes a new one for the device (and asks a widget for its screen): runs
    // of texts in one font skip it.
    if (!(p.font() == font))
        p.setFont(font);
    p.drawStaticText(QPointF(device) - offset, *e.laid);
}

} // namespace

qreal TextCache::width(const QFont &font, const QString &text)
{
    return widthOf(font, entry(font, text));
}

QString TextCache::number(double value)
{
    static QHash<quint64, QString> cache;
    quint64 bits;
    std::memcpy(&bits, &value, sizeof bits);
    if (const auto it = cache.constFind(bits); it != cache.cend())
        return *it;
    if (size_t(cache.size()) > kMaxEntries)
        cache.clear();
    return *cache.insert(bits, QString::number(value, 'g', 10));
}

QString TextCache::elided(const QFont &font, const QString &text, qreal width)
{
    return elidedOf(font, entry(font, text), width).text;
}

void TextCache::draw(QPainter &p, const QFont &font, QPointF baseline, const QString &text)
{
    drawEntry(p, font, entry(font, text), baseline);
}

qreal TextCache::drawFitted(QPainter &p, const QFont &font, QPointF baseline, const QString &text, qreal width)
{
    Entry &shown = elidedOf(font, entry(font, text), qMax<qreal>(0, width));
    if (shown.text.isEmpty() || shown.text == QStringLiteral("…"))
        return -1;
    drawEntry(p, font, shown, baseline);
    return widthOf(font, shown);
}

void TextCache::drawAsText(QPainter &p, const QFont &font, QPointF baseline, const QString &text)
{
    if (PixelMath::wholePixels(p)) {
        draw(p, font, baseline, text);
        return;
    }
    p.setFont(font);
    p.drawText(baseline, text);
}

} // namespace conlab
