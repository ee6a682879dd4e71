#pragma once

#include <QWidget>

namespace conlab {

class Trace;

// The timeline's legend above it in the window, drawn by the same code as in pictures.
class LegendBar : public QWidget
{
    Q_OBJECT

public:
    explicit LegendBar(QWidget *parent = nullptr);

    void setTrace(const Trace *trace); // not owned
    void traceUpdated();
    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    static constexpr qreal kFontSize = 13;
    const Trace *m_trace = nullptr;
    int m_itemCount = 0;
};

} // namespace conlab
