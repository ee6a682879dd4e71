#include "outputconsole.h"

#include "timelinetheme.h"

#include <QTextBlock>
#include <QTextCursor>

namespace conlab {

OutputConsole::OutputConsole(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setTabChangesFocus(true); // read-only: Tab moves on, so the keyboard can reach the panels after it
    setFont(TimelineTheme::monoFont(13));
    setMaximumBlockCount(20000);
    setPlaceholderText(tr("What the program prints appears here."));
}

void OutputConsole::clearOutput()
{
    m_shown.clear();
    clear();
}

void OutputConsole::showOutput(const Trace &trace)
{
    const auto lines = TraceQuery::outputs(trace);
    bool samePrefix = lines.size() >= m_shown.size();
    for (size_t i = 0; samePrefix && i < m_shown.size(); ++i)
        samePrefix = lines[i].t == m_shown[i].first && lines[i].lane == m_shown[i].second;
    if (!samePrefix)
        clearOutput();
    for (size_t i = m_shown.size(); i < lines.size(); ++i)
        appendLine(trace, lines[i]);
}

void OutputConsole::appendLine(const Trace &trace, const TraceQuery::Output &line)
{
    const Lane *lane = trace.lane(line.lane);
    QTextCursor c(document());
    c.movePosition(QTextCursor::End);
    if (!m_shown.empty())
        c.insertBlock();
    QTextCharFormat tag;
    tag.setForeground(TimelineTheme::laneColor(line.lane));
    tag.setFontWeight(QFont::Bold);
    const QString name = lane ? lane->name : QString::number(line.lane);
    c.insertText(name.leftJustified(7) + QLatin1Char(' '), tag);
    c.insertText(line.text, QTextCharFormat());
    m_shown.push_back({line.t, line.lane});
    ensureCursorVisible();
    moveCursor(QTextCursor::End);
}

} // namespace conlab
