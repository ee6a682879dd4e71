#include "textcache.h"

#include "pixelmath.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPaintEngine>
#include <QPainter>
#include <QStaticText>
#include <QTextLayout>

#include <cmath>
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
    // Pictures of the text over a plain colour, by what decides their pixels (pen, colour under
    // it, image format, render hints); one not kept (its ink reached the canvas's edge, or there
    // is none) is drawn by Qt.
    struct Picture
    {
        QImage image;
        QPoint at; // its top left from the text's top left, in device pixels
        bool kept = false;
        bool made = false; // made at the second draw: a text seen once while zooming costs no more
    };
    QHash<QByteArray, Picture> pictures;
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

void layOut(const QFont &font, Entry &e)
{
    if (!e.laid) {
        QStaticText st(e.text);
        st.setTextFormat(Qt::PlainText);
        st.setPerformanceHint(QStaticText::AggressiveCaching);
        e.laid = st;
        e.ascent = lineAscent(font, e.text);
    }
}

void drawEntry(QPainter &p, const QFont &font, Entry &e, QPointF baseline)
{
    layOut(font, e);
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

namespace {

// The text drawn over `plain` into an image of its own, as drawEntry() draws it on whole pixels,
// and cut to the pixels it changed.
Entry::Picture makePicture(const QPainter &p, const QFont &font, const Entry &e, QImage::Format format,
                           const QColor &plain)
{
    const int margin = qMax(4, font.pixelSize());
    const QSize size(int(std::ceil(QFontMetricsF(font).horizontalAdvance(e.text))) + 2 * margin,
                     int(std::ceil(QFontMetricsF(font).height())) + 2 * margin);
    QImage canvas(size, format);
    canvas.fill(plain);
    {
        QPainter q(&canvas);
        q.setRenderHints(p.renderHints());
        q.setPen(p.pen());
        q.setFont(font);
        q.drawStaticText(QPointF(margin, margin), *e.laid);
    }
    // The canvas's own pixels, read after its painter has ended.
    QRect changed;
    const QRgb under = reinterpret_cast<const QRgb *>(canvas.constScanLine(0))[0];
    for (int y = 0; y < canvas.height(); ++y) {
        const auto *row = reinterpret_cast<const QRgb *>(canvas.constScanLine(y));
        for (int x = 0; x < canvas.width(); ++x) {
            if (row[x] != under)
                changed |= QRect(x, y, 1, 1);
        }
    }
    Entry::Picture picture;
    picture.made = true;
    // Ink on the canvas's edge may have gone past it: such a text is drawn every time.
    if (changed.isNull() || (changed.adjusted(-1, -1, 1, 1) & QRect(QPoint(0, 0), size)) != changed.adjusted(-1, -1, 1, 1))
        return picture;
    picture.image = canvas.copy(changed);
    picture.at = changed.topLeft() - QPoint(margin, margin);
    picture.kept = true;
    return picture;
}

} // namespace

bool TextCache::drawOver(QPainter &p, const QFont &font, QPointF baseline, const QString &text, const QColor &plain,
                         const QRectF &within)
{
    // On whole pixels (where a text's top left goes to a whole pixel), on an image, in a solid
    // pen: the pixels of the text over an opaque colour are the same wherever it is drawn.
    const QPaintDevice *device = p.paintEngine() ? p.paintEngine()->paintDevice() : nullptr;
    if (!PixelMath::wholePixels(p) || !device || device->devType() != QInternal::Image || plain.alpha() != 255 ||
        p.pen().style() != Qt::SolidLine || p.pen().brush().style() != Qt::SolidPattern)
        return false;
    Entry &e = entry(font, text);
    layOut(font, e);
    const QImage::Format format = static_cast<const QImage *>(device)->format();
    if (format != QImage::Format_RGB32 && format != QImage::Format_ARGB32_Premultiplied &&
        format != QImage::Format_ARGB32)
        return false;
    const quint32 numbers[] = {p.pen().color().rgba(), plain.rgba(), quint32(format), quint32(p.renderHints())};
    const QByteArray key(reinterpret_cast<const char *>(numbers), sizeof numbers);
    auto it = e.pictures.find(key);
    if (it == e.pictures.end()) {
        e.pictures.insert(key, Entry::Picture());
        return false;
    }
    if (!it->made)
        *it = makePicture(p, font, e, format, plain);
    if (!it->kept)
        return false;
    const QPointF offset(p.deviceTransform().dx(), p.deviceTransform().dy());
    const QPointF topLeft = baseline - QPointF(0, e.ascent) + offset;
    const QRect target(QPoint(qRound(topLeft.x()), qRound(topLeft.y())) + it->at, it->image.size());
    // Only over the whole pixels of `within`, where nothing but `plain` lies.
    const QRectF w = within.translated(offset);
    const QRect inner(QPoint(int(std::ceil(w.left())), int(std::ceil(w.top()))),
                      QPoint(int(std::floor(w.right())) - 1, int(std::floor(w.bottom())) - 1));
    if (!inner.contains(target))
        return false;
    p.drawImage(QPointF(target.topLeft()) - offset, it->image);
    return true;
}

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
