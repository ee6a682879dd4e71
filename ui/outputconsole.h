#pragma once

#include "tracequery.h"

#include <QPlainTextEdit>

namespace conlab {

// What the program prints, in time order, each line tagged with its lane in the lane colour.
class OutputConsole : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit OutputConsole(QWidget *parent = nullptr);

    // Shows the printed lines of `trace`: appends what is new, or starts over if the order
    // of what was shown changed (a late line from a child process).
    void showOutput(const Trace &trace);
    void clearOutput();
    int lineCount() const { return int(m_shown.size()); }

private:
    void appendLine(const Trace &trace, const TraceQuery::Output &line);

    std::vector<std::pair<qint64, int>> m_shown; // (t, lane) of each line shown
};

} // namespace conlab
