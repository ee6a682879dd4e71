#include "textcache.h"

#include "directtarget.h"
#include "textmasks.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPaintEngine>
#include <QPainter>
#include <QStaticText>
#include <QTextLayout>

#include <cstring>
#include <deque>
#include <memory>
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

// A text in a font: its width, its elided forms and, once drawn, its layout and coverage.
// Everything about a text is found with one lookup of it.
struct Entry
{
    QString text;
    qreal width = -1; // measured when first asked
    std::optional<QStaticText> laid;
    // From the top left to the baseline: the line's, which a fallback font (Chinese) deepens.
    qreal ascent = 0;
    std::shared_ptr<TextMasks> masks;
    int draws = 0;
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

bool g_ownMasks = true;
quint64 g_drawnFromMasks = 0;

void drawEntry(QPainter &p, const QFont &font, Entry &e, QPointF baseline, const DirectTarget *target)
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
    // wherever it is (and can be kept).
    if (!DirectTarget::wholePixels(p)) {
        // Another engine (an SVG) is given the font every time: it groups texts by it.
        if (!(p.font() == font) || !p.paintEngine() || p.paintEngine()->type() != QPaintEngine::Raster)
            p.setFont(font);
        p.drawStaticText(topLeft, *e.laid);
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
        if (direct.valid() && ++e.draws > 1) {
            if (!e.masks)
                e.masks = std::make_shared<TextMasks>(font, e.text, *e.laid);
            if (e.masks->matchesQt(pen.color(), direct.image()->format())) {
                e.masks->draw(direct, device, DirectTarget::solid(pen.color()));
                ++g_drawnFromMasks;
                return;
            }
        }
    }
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
    drawEntry(p, font, entry(font, text), baseline, target);
}

qreal TextCache::drawFitted(QPainter &p, const QFont &font, QPointF baseline, const QString &text, qreal width,
                            const DirectTarget *target)
{
    Entry &shown = elidedOf(font, entry(font, text), qMax<qreal>(0, width));
    if (shown.text.isEmpty() || shown.text == QStringLiteral("…"))
        return -1;
    drawEntry(p, font, shown, baseline, target);
    return widthOf(font, shown);
}

void TextCache::drawAsText(QPainter &p, const QFont &font, QPointF baseline, const QString &text,
                           const DirectTarget *target)
{
    if (DirectTarget::wholePixels(p)) {
        draw(p, font, baseline, text, target);
        return;
    }
    p.setFont(font);
    p.drawText(baseline, text);
}

} // namespace conlab
