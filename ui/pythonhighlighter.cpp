#include "pythonhighlighter.h"

#include "timelinetheme.h"

namespace conlab {

namespace {
QTextCharFormat makeFormat(QRgb color, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setForeground(QColor::fromRgb(color));
    if (bold)
        f.setFontWeight(QFont::Bold);
    f.setFontItalic(italic);
    return f;
}
} // namespace

PythonHighlighter::PythonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    // Each kind of word in a colour for the light theme and one for the dark.
    auto rule = [this](const QString &pattern, QRgb light, QRgb dark, bool bold = false, bool italic = false,
                       int group = 0) {
        m_rules.push_back({QRegularExpression(pattern), makeFormat(light, bold, italic), makeFormat(dark, bold, italic), group});
    };
    rule(QStringLiteral("\\b(def|return|if|else|elif|for|while|in|import|from|as|with|async|await|global|nonlocal|"
                        "lambda|not|and|or|is|None|True|False|try|except|finally|raise|pass|break|continue|class|"
                        "yield)\\b"),
         0x7a2e8a, 0xd6a3e6, true);
    rule(QStringLiteral("\\b(print|range|len|int|str|sleep|time|getpid|getppid)\\b"), 0x005f87, 0x7cc4f0);
    rule(QStringLiteral("\\bdef\\s+(\\w+)"), 0x1f252b, 0xf2f4f6, true, false, 1);
    rule(QStringLiteral("\\b\\d+(\\.\\d+)?\\b"), 0x9a4f00, 0xf0b070);
    rule(QStringLiteral("f?\"[^\"]*\"|f?'[^']*'"), 0x2b6b2f, 0x9ed89a);
    rule(QStringLiteral("#.*$"), 0x6a737d, 0x9aa4ae, false, true);
}

void PythonHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : m_rules) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            setFormat(int(m.capturedStart(rule.group)), int(m.capturedLength(rule.group)),
                      TimelineTheme::isDark() ? rule.dark : rule.light);
        }
    }
}

} // namespace conlab
