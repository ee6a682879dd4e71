#include "exporter.h"

#include "comparepicture.h"
#include "experiments/gapsweep.h"
#include "runsummary.h"
#include "speeduppicture.h"
#include "sweeppicture.h"
#include "timelinetheme.h"
#include "trace/chrome/chromewriter.h"
#include "trace/savefile.h"
#include "trialspicture.h"

#include <QBuffer>
#include <QImageWriter>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgGenerator>

namespace conlab {

namespace {
Exporter::PaintFn timelinePicture(const Trace &trace, const PictureOptions &options)
{
    return [&trace, &options](QPainter &p, const QSizeF &logical) { PicturePainter(trace, logical, options).paint(p); };
}
} // namespace

void Exporter::paintScaled(QPainter &p, const QSize &size, const PaintFn &paint)
{
    const QSizeF logical = PicturePainter::logicalSize(size);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    // Scaling the painter, not the pixels: text and lines are drawn at the device's resolution.
    p.scale(size.width() / logical.width(), size.height() / logical.height());
    paint(p, logical);
}

QImage Exporter::renderImage(const QSize &size, const PaintFn &paint)
{
    const TimelineTheme::LightPictures light;
    QImage image(size.boundedTo(kMaxSize), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    paintScaled(p, image.size(), paint);
    p.end();
    return image;
}

QByteArray Exporter::encodePng(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    // zlib's fastest level: a picture of flat colour boxes and text packs nearly as small, and
    // a 4K slide encodes in a third of the time the default level takes.
    writer.setQuality(80);
    if (!writer.write(image))
        return {};
    return bytes;
}

QImage Exporter::renderImage(const Trace &trace, const QSize &size, const PictureOptions &options)
{
    return renderImage(size, timelinePicture(trace, options));
}

QByteArray Exporter::renderSvg(const QSize &size, const PaintFn &paint, const QString &title,
                               const QString &description)
{
    const TimelineTheme::LightPictures light;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(title);
    svg.setDescription(description);
    QPainter p(&svg);
    paintScaled(p, size, paint);
    p.end();
    // The generator states the size in millimetres, which readers turn back into pixels at
    // differing resolutions; say it in pixels so the drawing opens at the size asked for.
    const qsizetype open = bytes.indexOf("<svg");
    const qsizetype close = open >= 0 ? bytes.indexOf('>', open) : -1;
    if (close < 0)
        return bytes;
    static const QRegularExpression mm(QStringLiteral("width=\"[0-9.]+mm\" height=\"[0-9.]+mm\""));
    QString tag = QString::fromLatin1(bytes.mid(open, close - open));
    tag.replace(mm, QStringLiteral("width=\"%1\" height=\"%2\"").arg(size.width()).arg(size.height()));
    return bytes.left(open) + tag.toLatin1() + bytes.mid(close);
}

QByteArray Exporter::renderSvg(const Trace &trace, const QSize &size, const PictureOptions &options)
{
    return renderSvg(size, timelinePicture(trace, options),
                     RunSummary::scenarioTitle(trace) + QStringLiteral(" — ") + RunSummary::variantTitle(trace),
                     RunSummary::parametersText(trace));
}

QString Exporter::writeBytes(const QString &path, const QByteArray &bytes)
{
    return saveFile(path, bytes);
}

QString Exporter::writeJson(const Trace &trace, const QString &path)
{
    return saveChromeTrace(trace, path);
}

QString Exporter::exportPainted(const QString &path, const QSize &size, const PaintFn &paint, const QString &title,
                                const QString &description)
{
    const QString lower = path.toLower();
    if (size.width() < 1 || size.height() < 1 || size.width() > kMaxSize.width() || size.height() > kMaxSize.height())
        return tr("picture size %1x%2 is outside 1x1 to %3x%4")
            .arg(size.width())
            .arg(size.height())
            .arg(kMaxSize.width())
            .arg(kMaxSize.height());
    if (lower.endsWith(QLatin1String(".svg")))
        return writeBytes(path, renderSvg(size, paint, title, description));
    if (lower.endsWith(QLatin1String(".png"))) {
        const QByteArray bytes = encodePng(renderImage(size, paint));
        if (bytes.isEmpty())
            return tr("cannot encode %1 as PNG").arg(path);
        return writeBytes(path, bytes);
    }
    return tr("%1: pictures are .png or .svg").arg(path);
}

QString Exporter::exportTo(const Trace &trace, const QString &path, const QSize &size, const PictureOptions &options)
{
    const QString lower = path.toLower();
    if (lower.endsWith(QLatin1String(".json")))
        return writeJson(trace, path);
    if (!lower.endsWith(QLatin1String(".svg")) && !lower.endsWith(QLatin1String(".png")))
        return tr("%1: exports are .png, .svg or .json").arg(path);
    return exportPainted(path, size, timelinePicture(trace, options),
                         RunSummary::scenarioTitle(trace) + QStringLiteral(" — ") + RunSummary::variantTitle(trace),
                         RunSummary::parametersText(trace));
}

QString Exporter::exportTrials(const QList<TrialsSummary> &summaries, const QString &path, const QSize &size)
{
    const auto paint = [&summaries](QPainter &p, const QSizeF &logical) { TrialsPicture(summaries, logical).paint(p); };
    const QStringList lines = TrialsPicture(summaries, PicturePainter::logicalSize(size)).titleLines();
    return exportPainted(path, size, paint, lines.value(0), lines.value(1));
}

QString Exporter::exportComparison(const QList<const Trace *> &runs, const QString &path, const QSize &size)
{
    if (runs.isEmpty())
        return tr("no runs to compare");
    const auto paint = [&runs](QPainter &p, const QSizeF &logical) { ComparePicture(runs, logical).paint(p); };
    const QStringList lines = ComparePicture(runs, PicturePainter::logicalSize(size)).titleLines();
    return exportPainted(path, size, paint, lines.value(0), lines.value(1));
}

QString Exporter::exportSweep(const GapSweep &sweep, const QString &path, const QSize &size)
{
    const auto paint = [&sweep](QPainter &p, const QSizeF &logical) { SweepPicture(sweep, logical).paint(p); };
    const QStringList lines = SweepPicture(sweep, PicturePainter::logicalSize(size)).titleLines();
    return exportPainted(path, size, paint, lines.value(0), lines.value(1));
}

QString Exporter::exportSpeedup(const SweepSummary &sweep, const QString &path, const QSize &size)
{
    const auto paint = [&sweep](QPainter &p, const QSizeF &logical) { SpeedupPicture(sweep, logical).paint(p); };
    const QStringList lines = SpeedupPicture(sweep, PicturePainter::logicalSize(size)).titleLines();
    return exportPainted(path, size, paint, lines.value(0), lines.value(1));
}

} // namespace conlab
