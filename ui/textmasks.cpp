#include "textmasks.h"

#include "directtarget.h"

#include <QGlyphRun>
#include <QPainter>
#include <QTextLayout>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <functional>

namespace conlab {

TextMasks::TextMasks(const QFont &font, const QString &text, const QStaticText &staticText)
    : m_font(font)
    , m_text(text)
    , m_staticText(staticText)
{
    build();
}

void TextMasks::build()
{
    QTextLayout layout(m_text, m_font);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (!line.isValid()) {
        layout.endLayout();
        return;
    }
    line.setLineWidth(1e6);
    layout.endLayout();
    // Room on every side for what a glyph draws past its advance (an italic's lean, a wide
    // accent), then the text's box.
    m_pad = qMax(4, QFontInfo(m_font).pixelSize());
    m_canvas = QSize(int(std::ceil(line.naturalTextWidth())) + 2 * m_pad, int(std::ceil(line.height())) + 2 * m_pad);
    const QRect canvas(QPoint(0, 0), m_canvas);
    struct Glyph
    {
        QGlyphRun run;
        QRect box; // where its coverage can be: its outline's box and two pixels around
    };
    std::vector<Glyph> glyphs;
    for (const QGlyphRun &run : layout.glyphRuns()) {
        const QList<quint32> indexes = run.glyphIndexes();
        const QList<QPointF> positions = run.positions();
        for (qsizetype i = 0; i < indexes.size(); ++i) {
            Glyph g;
            g.run.setRawFont(run.rawFont());
            g.run.setGlyphIndexes({indexes[i]});
            g.run.setPositions({positions[i]});
            const QRectF outline =
                run.rawFont().boundingRect(indexes[i]).translated(positions[i] + QPointF(m_pad, m_pad));
            g.box = outline.toAlignedRect().adjusted(-2, -2, 2, 2) & canvas;
            glyphs.push_back(std::move(g));
        }
    }
    QImage image(m_canvas, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setPen(Qt::white);
    const int w = m_canvas.width();
    std::vector<uchar> piece(size_t(w) * size_t(m_canvas.height()), 0);
    int left = w, top = m_canvas.height(), right = -1, bottom = -1; // the piece's box
    auto finish = [&] {
        if (right < 0)
            return;
        Piece out{QRect(QPoint(left, top), QPoint(right, bottom)).translated(-m_pad, -m_pad), {}};
        out.coverage.reserve(size_t(right - left + 1) * size_t(bottom - top + 1));
        for (int y = top; y <= bottom; ++y) {
            uchar *row = piece.data() + size_t(y) * size_t(w);
            out.coverage.insert(out.coverage.end(), row + left, row + right + 1);
            std::fill(row + left, row + right + 1, uchar(0));
        }
        m_pieces.push_back(std::move(out));
        left = w, top = m_canvas.height(), right = -1, bottom = -1;
    };
    // Each glyph alone, its coverage (the alpha of white drawn on nothing) taken from its box;
    // a glyph whose coverage meets the piece's starts a piece of its own.
    for (const Glyph &g : glyphs) {
        p.drawGlyphRun(QPointF(m_pad, m_pad), g.run);
        const QRect box = g.box;
        bool meets = false, any = false;
        for (int y = box.top(); y <= box.bottom(); ++y) {
            const auto *px = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            const uchar *row = piece.data() + size_t(y) * size_t(w);
            for (int x = box.left(); x <= box.right(); ++x) {
                if (qAlpha(px[x]) != 0) {
                    any = true;
                    meets = meets || row[x] != 0;
                }
            }
        }
        if (meets)
            finish();
        if (any) {
            for (int y = box.top(); y <= box.bottom(); ++y) {
                auto *px = reinterpret_cast<QRgb *>(image.scanLine(y));
                uchar *row = piece.data() + size_t(y) * size_t(w);
                for (int x = box.left(); x <= box.right(); ++x) {
                    if (const int a = qAlpha(px[x]); a != 0) {
                        row[x] = uchar(a);
                        left = qMin(left, x), right = qMax(right, x), top = qMin(top, y), bottom = qMax(bottom, y);
                        px[x] = 0; // clear for the next glyph
                    }
                }
            }
        }
    }
    finish();
}

void TextMasks::blendInto(QImage &image, QPoint topLeft, QRgb color) const
{
    for (const Piece &piece : m_pieces) {
        const QRect r = piece.rect.translated(topLeft);
        DirectTarget::blendCoverage(image, image.rect(), r.left(), r.top(), piece.coverage.data(), r.width(),
                                    r.height(), r.width(), color);
    }
}

bool TextMasks::matchesQt(const QColor &color, QImage::Format format)
{
    const quint64 key = color.rgba64();
    for (const Checked &c : m_checked) {
        if (c.color == key && c.format == format)
            return c.matches;
    }
    // A background of every sort of pixel, so that any difference in rounding shows.
    QImage qt(m_canvas, format);
    quint32 seed = 0x9e3779b9u ^ quint32(key);
    for (int y = 0, w = qt.width(); y < qt.height(); ++y) {
        auto *px = reinterpret_cast<QRgb *>(qt.scanLine(y));
        for (int x = 0; x < w; ++x) {
            seed = seed * 1664525u + 1013904223u;
            px[x] = 0xff000000u | (seed >> 8);
        }
    }
    QImage mine = qt;
    {
        QPainter p(&qt);
        p.setFont(m_font);
        p.setPen(color);
        p.drawStaticText(QPointF(m_pad, m_pad), m_staticText);
    }
    blendInto(mine, QPoint(m_pad, m_pad), DirectTarget::solid(color));
    const bool matches = qt == mine;
    m_checked.push_back({key, format, matches});
    return matches;
}

void TextMasks::draw(const DirectTarget &target, QPoint topLeft, QRgb color) const
{
    for (const Piece &piece : m_pieces) {
        const QRect r = piece.rect.translated(topLeft);
        target.blendCoverage(r.left(), r.top(), piece.coverage.data(), r.width(), r.height(), r.width(), color);
    }
}

bool TextMasks::sameForWidgets()
{
    static const bool same = [] {
        const QFont font = [] {
            QFont f(QStringLiteral("DejaVu Sans"));
            f.setPixelSize(13);
            return f;
        }();
        const QString text = QStringLiteral("Waiting 4 g/W");
        const QSize size(120, 24);
        auto paint = [&](QPainter &p) {
            p.fillRect(QRect(QPoint(0, 0), size), QColor(250, 240, 200));
            p.setFont(font);
            p.setPen(QColor(20, 30, 90));
            p.drawText(QPointF(3.25, 17), text);
        };
        struct Probe : QWidget
        {
            std::function<void(QPainter &)> paint;
            void paintEvent(QPaintEvent *) override
            {
                QPainter p(this);
                paint(p);
            }
        } probe;
        probe.paint = paint;
        probe.resize(size);
        QImage asWidget(size, QImage::Format_ARGB32_Premultiplied), asImage = asWidget;
        asWidget.fill(Qt::black);
        probe.render(&asWidget);
        {
            QPainter p(&asImage);
            paint(p);
        }
        return asWidget == asImage;
    }();
    return same;
}

} // namespace conlab
