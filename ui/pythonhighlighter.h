#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <vector>

namespace conlab {

// Quiet colouring of the Python-style listings: keywords, strings, numbers, comments.
// Kept light so the lane highlights stay the loudest thing in the panel. Follows the theme;
// call rehighlight() when it changes.
class PythonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit PythonHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat light, dark;
        int group = 0;
    };
    std::vector<Rule> m_rules;
};

} // namespace conlab
