#include "legendbar.h"

#include "legendpainter.h"

#include <QPainter>

#include <cmath>

namespace conlab {

namespace {
const Trace &orEmpty(const Trace *trace)
{
    static const Trace empty;
    return trace ? *trace : empty;
}
} // namespace

LegendBar::LegendBar(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void LegendBar::setTrace(const Trace *trace)
{
    m_trace = trace;
    traceUpdated();
}

void LegendBar::traceUpdated()
{
    // The items change only when a new kind of state or mark shows up: relayout only then.
    const int count = int(LegendPainter::items(orEmpty(m_trace)).size());
    if (count != m_itemCount) {
        m_itemCount = count;
        updateGeometry();
    }
    update();
}

int LegendBar::heightForWidth(int width) const
{
    return int(std::ceil(LegendPainter::height(LegendPainter::items(orEmpty(m_trace)), width - 8, kFontSize))) + 4;
}

QSize LegendBar::sizeHint() const
{
    return {600, heightForWidth(qMax(600, width()))};
}

void LegendBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    LegendPainter::paint(p, QRectF(4, 2, width() - 8, height() - 4), LegendPainter::items(orEmpty(m_trace)),
                         kFontSize);
}

} // namespace conlab
