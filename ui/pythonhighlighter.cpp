#include "pythonhighlighter.h"

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
    const QString keywords = QStringLiteral(
        "\\b(def|return|if|else|elif|for|while|in|import|from|as|with|async|await|global|nonlocal|lambda|not|and|or|"
        "is|None|True|False|try|except|finally|raise|pass|break|continue|class|yield)\\b");
    m_rules.push_back({QRegularExpression(keywords), makeFormat(0x7a2e8a, true)});
    m_rules.push_back({QRegularExpression(QStringLiteral("\\b(print|range|len|int|str|sleep|time|getpid|getppid)\\b")),
                       format(0x005f87)});
    m_rules.push_back({QRegularExpression(QStringLiteral("\\bdef\\s+(\\w+)")), makeFormat(0x1f252b, true), 1});
    m_rules.push_back({QRegularExpression(QStringLiteral("\\b\\d+(\\.\\d+)?\\b")), makeFormat(0x9a4f00)});
    m_rules.push_back({QRegularExpression(QStringLiteral("f?\"[^\"]*\"|f?'[^']*'")), makeFormat(0x2b6b2f)});
    m_rules.push_back({QRegularExpression(QStringLiteral("#.*$")), makeFormat(0x6a737d, false, true)});
}

void PythonHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : m_rules) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            setFormat(int(m.capturedStart(rule.group)), int(m.capturedLength(rule.group)), rule.format);
        }
    }
}

} // namespace conlab
