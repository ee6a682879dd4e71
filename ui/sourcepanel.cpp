#include "sourcepanel.h"

#include "pythonhighlighter.h"
#include "timelinetheme.h"

#include <QPainter>
#include <QTextBlock>

#include <map>

namespace conlab {

// The strip left of the text: lane tags and line numbers.
class SourceGutter : public QWidget
{
public:
    explicit SourceGutter(SourcePanel *panel)
        : QWidget(panel)
        , m_panel(panel)
    {
    }
    QSize sizeHint() const override { return {m_panel->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_panel->paintGutter(event); }

private:
    SourcePanel *m_panel;
};

SourcePanel::SourcePanel(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new SourceGutter(this))
    , m_highlighter(new PythonHighlighter(document()))
{
    setReadOnly(true);
    setTabChangesFocus(true); // read-only: Tab moves on, so the keyboard can reach the panels after it
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFont(TimelineTheme::monoFont(12));
    setBackgroundVisible(false);
    connect(this, &QPlainTextEdit::updateRequest, this, &SourcePanel::updateGutter);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &SourcePanel::relayoutGutter);
    relayoutGutter();
}

void SourcePanel::setListing(const QString &text)
{
    m_lines.clear();
    m_tagAreaWidth = 0;
    setPlainText(text);
    relayoutGutter();
    updateSelections();
}

QString SourcePanel::moreText(int count)
{
    return QStringLiteral("+%1").arg(count);
}

int SourcePanel::tagWidth(const QString &name) const
{
    return QFontMetrics(TimelineTheme::font(11, true)).horizontalAdvance(name) + 12;
}

int SourcePanel::gutterWidth() const
{
    const int digits = QString::number(qMax(1, blockCount())).size();
    return 10 + m_tagAreaWidth + fontMetrics().horizontalAdvance(QLatin1Char('9')) * qMax(2, digits) + 10;
}

void SourcePanel::setLaneLines(const std::vector<LaneLine> &lines)
{
    if (lines == m_lines)
        return;
    // The line that moved last is the one to keep in sight.
    int follow = 0;
    for (const LaneLine &l : lines) {
        const auto old = std::find_if(m_lines.begin(), m_lines.end(), [&](const LaneLine &o) { return o.lane == l.lane; });
        if (l.line > 0 && (old == m_lines.end() || old->line != l.line))
            follow = l.line;
    }
    m_lines = lines;
    std::map<int, std::vector<QString>> tagsPerLine;
    for (const LaneLine &l : m_lines) {
        if (l.line > 0)
            tagsPerLine[l.line].push_back(l.name);
    }
    int widest = 0;
    for (const auto &[line, names] : tagsPerLine) {
        // As the gutter paints them: all of them, or the first ones and "+N".
        const size_t named = names.size() > kTagsShown ? kTagsShown - 1 : names.size();
        int w = 0;
        for (size_t i = 0; i < named; ++i)
            w += tagWidth(names[i]) + 3;
        if (named < names.size())
            w += tagWidth(moreText(int(names.size() - named))) + 3;
        widest = qMax(widest, w);
    }
    if (widest > m_tagAreaWidth) { // grows only, so the text does not jump back and forth
        m_tagAreaWidth = widest;
        relayoutGutter();
    }
    updateSelections();
    if (follow > 0) {
        QTextCursor c(document()->findBlockByNumber(follow - 1));
        setTextCursor(c);
        ensureCursorVisible();
    }
    m_gutter->update();
}

void SourcePanel::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    std::map<int, bool> done;
    for (const LaneLine &l : m_lines) {
        if (l.line <= 0 || done[l.line])
            continue;
        done[l.line] = true;
        QTextEdit::ExtraSelection s;
        s.format.setBackground(TimelineTheme::laneTint(l.lane));
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        s.cursor = QTextCursor(document()->findBlockByNumber(l.line - 1));
        selections << s;
    }
    setExtraSelections(selections);
}

QRect SourcePanel::lineRect(int line) const
{
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return {};
    const QRectF r = blockBoundingGeometry(block).translated(contentOffset());
    return QRect(viewport()->mapTo(this, r.topLeft().toPoint()), QSize(viewport()->width(), int(r.height())));
}

void SourcePanel::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    relayoutGutter();
}

void SourcePanel::relayoutGutter()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

void SourcePanel::updateGutter(const QRect &rect, int dy)
{
    if (dy)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
}

void SourcePanel::paintGutter(QPaintEvent *event)
{
    QPainter p(m_gutter);
    p.fillRect(event->rect(), TimelineTheme::headerBackground());
    p.setRenderHint(QPainter::Antialiasing, true);
    const QFont tagFont = TimelineTheme::font(11, true);
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int h = qRound(blockBoundingRect(block).height());
        const int line = block.blockNumber() + 1;
        p.setFont(font());
        p.setPen(TimelineTheme::mutedText());
        p.drawText(QRect(0, top, m_gutter->width() - 8, h), Qt::AlignRight | Qt::AlignVCenter, QString::number(line));
        int x = 6;
        const qsizetype here =
            std::count_if(m_lines.begin(), m_lines.end(), [line](const LaneLine &l) { return l.line == line; });
        size_t shown = 0;
        for (const LaneLine &l : m_lines) {
            if (l.line != line)
                continue;
            if (here > qsizetype(kTagsShown) && shown == kTagsShown - 1) {
                // Many lanes on one line (nine crawler threads): the first, then how many more.
                const QString more = moreText(int(here - shown));
                const QRectF tag(x, top + 2, tagWidth(more), h - 4);
                p.setPen(Qt::NoPen);
                p.setBrush(TimelineTheme::mutedText());
                p.drawRoundedRect(tag, 4, 4);
                p.setFont(tagFont);
                p.setPen(TimelineTheme::textOn(TimelineTheme::mutedText()));
                p.drawText(tag, Qt::AlignCenter, more);
                break;
            }
            ++shown;
            const QRectF tag(x, top + 2, tagWidth(l.name), h - 4);
            p.setPen(Qt::NoPen);
            p.setBrush(TimelineTheme::laneColor(l.lane));
            p.drawRoundedRect(tag, 4, 4);
            p.setFont(tagFont);
            p.setPen(TimelineTheme::textOn(TimelineTheme::laneColor(l.lane)));
            p.drawText(tag, Qt::AlignCenter, l.name);
            x += int(tag.width()) + 3;
        }
        block = block.next();
        top += h;
    }
}

void SourcePanel::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->rehighlight();
}

} // namespace conlab
