#include "experimentview.h"

#include "timelinetheme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace conlab {

class ExperimentCanvas : public QWidget
{
public:
    explicit ExperimentCanvas(ExperimentView *view)
        : QWidget(view)
        , m_view(view)
    {
        setMinimumSize(400, 300);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        m_view->paintCanvas(p, size());
    }

private:
    ExperimentView *m_view;
};

ExperimentView::ExperimentView(const QString &placeholder, QWidget *parent)
    : QWidget(parent)
    , m_placeholder(placeholder)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_export(new QPushButton(tr("Export Picture…"), this))
    , m_canvas(new ExperimentCanvas(this))
{
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    m_progress->setMaximumWidth(320);
    m_progress->setTextVisible(true);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancel);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_canvas, 1);
    connect(m_export, &QPushButton::clicked, this, &ExperimentView::exportRequested);
    connect(m_cancel, &QPushButton::clicked, this, &ExperimentView::cancelRequested);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    setBusy(false);
}

void ExperimentView::setPicture(Exporter::PaintFn paint)
{
    m_paint = std::move(paint);
    m_export->setEnabled(hasPicture() && !m_busy);
    m_canvas->update();
}

void ExperimentView::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_export->setEnabled(hasPicture() && !busy);
    if (busy) {
        m_progress->setValue(0);
        setStatus(what);
    }
    m_canvas->update();
}

void ExperimentView::setProgress(int done, int total)
{
    m_progress->setMaximum(qMax(1, total));
    m_progress->setValue(done);
}

void ExperimentView::setStatus(const QString &text)
{
    m_status->setText(text);
}

void ExperimentView::paintCanvas(QPainter &p, const QSize &size) const
{
    if (m_paint && (!m_busy || m_live)) {
        p.setRenderHint(QPainter::Antialiasing, true);
        m_paint(p, QSizeF(size));
        return;
    }
    p.fillRect(QRect(QPoint(0, 0), size), TimelineTheme::background());
    p.setPen(TimelineTheme::mutedText());
    p.setFont(TimelineTheme::font(16));
    const QString text = m_busy ? tr("Running… the picture appears when the runs are done.") : m_placeholder;
    p.drawText(QRect(QPoint(0, 0), size).adjusted(40, 40, -40, -40), Qt::AlignCenter | Qt::TextWordWrap, text);
}

QImage ExperimentView::grabPicture(const QSize &size) const
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    paintCanvas(p, size);
    return image;
}

} // namespace conlab
