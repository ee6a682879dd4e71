// At a device pixel ratio of 2 (a 4K screen at 200 %, a Retina display) the timeline must be
// drawn at the screen's resolution: text, icons, marks and lines with twice the detail, not a
// picture of the normal size blown up. Checked for the timeline and for the whole window.
#include "legendbar.h"
#include "mainwindow.h"
#include "synthetictrace.h"
#include "timelineview.h"
#include "trace/chrome/chromewriter.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>

using namespace conlab;

namespace {

// `widget` drawn into an image of `ratio` device pixels per pixel.
QImage render(QWidget &widget, qreal ratio)
{
    QImage image(widget.size() * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    widget.render(&image);
    return image;
}

// Of the 2x2 blocks of device pixels in `area` (in pixels), the share whose four pixels are not
// all the same colour: 0 for a normal picture scaled up, well above it for a sharp one.
double detailShare(const QImage &image, const QRect &area)
{
    int blocks = 0;
    int detailed = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QRgb a = image.pixel(2 * x, 2 * y);
            const bool same = image.pixel(2 * x + 1, 2 * y) == a && image.pixel(2 * x, 2 * y + 1) == a
                && image.pixel(2 * x + 1, 2 * y + 1) == a;
            // Only blocks with something drawn in them count: a flat background says nothing.
            const bool plain = same && (a == image.pixel(qMax(0, 2 * x - 2), 2 * y));
            if (plain)
                continue;
            ++blocks;
            detailed += same ? 0 : 1;
        }
    }
    return blocks == 0 ? 0 : double(detailed) / blocks;
}

} // namespace

class TestHiDpi : public QObject
{
    Q_OBJECT

private slots:
    void timelineIsDrawnAtTheScreensResolution()
    {
        const Trace trace = synthetic::make();
        TimelineView view;
        view.resize(900, 420);
        view.setTrace(&trace);
        view.fit();
        const QImage sharp = render(view, 2);
        QCOMPARE(sharp.size(), QSize(1800, 840));
        const QImage blown = render(view, 1).scaled(sharp.size(), Qt::IgnoreAspectRatio, Qt::FastTransformation);
        const TimelineLayout layout = view.currentLayout();
        // Lane names and icons, the axis' figures, and the spans with their labels and marks.
        const QRect header = layout.headerRect().toAlignedRect().intersected(view.rect());
        const QRect plot = layout.plotRect().toAlignedRect().intersected(view.rect());
        QVERIFY(!header.isEmpty() && !plot.isEmpty());
        for (const QRect &area : {header, plot}) {
            QVERIFY2(detailShare(blown, area) == 0, "the check itself: a picture blown up has no detail");
            const double share = detailShare(sharp, area);
            QVERIFY2(share > 0.2, qPrintable(QStringLiteral("%1 of the drawn blocks have detail").arg(share)));
        }
        // Same picture, only sharper: the ratio-2 image shrunk back matches the normal one
        // closely (no row or lane moved, nothing missing).
        const QImage normal = render(view, 1).convertToFormat(QImage::Format_RGB32);
        const QImage shrunk = sharp.scaled(normal.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                                  .convertToFormat(QImage::Format_RGB32);
        qint64 off = 0;
        for (int y = 0; y < normal.height(); ++y) {
            for (int x = 0; x < normal.width(); ++x) {
                const QRgb a = normal.pixel(x, y);
                const QRgb b = shrunk.pixel(x, y);
                if (qAbs(qRed(a) - qRed(b)) + qAbs(qGreen(a) - qGreen(b)) + qAbs(qBlue(a) - qBlue(b)) > 120)
                    ++off;
            }
        }
        QVERIFY2(off < normal.width() * normal.height() / 50, qPrintable(QString::number(off)));
    }

    void windowIsDrawnAtTheScreensResolution()
    {
        MainWindow w;
        w.resize(1280, 720);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(toChromeJson(synthetic::make())) > 0);
        file.close();
        QVERIFY(w.openFile(path));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QImage sharp = render(w, 2);
        const QImage blown = render(w, 1).scaled(sharp.size(), Qt::IgnoreAspectRatio, Qt::FastTransformation);
        const QRect legend(w.findChild<LegendBar *>()->mapTo(&w, QPoint(0, 0)), w.findChild<LegendBar *>()->size());
        const QRect whole = w.rect();
        for (const QRect &area : {legend, whole}) {
            QCOMPARE(detailShare(blown, area), 0.0);
            const double share = detailShare(sharp, area);
            QVERIFY2(share > 0.2, qPrintable(QStringLiteral("%1 of the drawn blocks have detail").arg(share)));
        }
    }
};

QTEST_MAIN(TestHiDpi)
#include "tst_hidpi.moc"
