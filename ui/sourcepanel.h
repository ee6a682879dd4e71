#pragma once

#include <QPlainTextEdit>

#include <vector>

namespace conlab {

class PythonHighlighter;

// The scenario's Python-style listing, each lane's current line highlighted in the lane's
// colour with a small tag naming the lane in the gutter.
class SourcePanel : public QPlainTextEdit
{
    Q_OBJECT

public:
    struct LaneLine
    {
        int lane = -1;
        QString name;
        int line = 0; // 1-based; 0: not on a line yet
        bool operator==(const LaneLine &) const = default;
    };

    explicit SourcePanel(QWidget *parent = nullptr);

    void setListing(const QString &text);
    void setLaneLines(const std::vector<LaneLine> &lines);
    const std::vector<LaneLine> &laneLines() const { return m_lines; }
    // Where line `line` (1-based) is drawn, in this widget's coordinates.
    QRect lineRect(int line) const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override; // a new theme: colour the listing again

private:
    friend class SourceGutter;
    int gutterWidth() const;
    // At most this many tags on one line: beyond it the first ones and "+N".
    static constexpr size_t kTagsShown = 3;
    static QString moreText(int count);
    void relayoutGutter();
    int tagWidth(const QString &name) const;
    void paintGutter(QPaintEvent *event);
    void updateGutter(const QRect &rect, int dy);
    void updateSelections();

    QWidget *m_gutter;
    PythonHighlighter *m_highlighter;
    std::vector<LaneLine> m_lines;
    int m_tagAreaWidth = 0;
};

} // namespace conlab
