#include "exporter.h"

#include "runsummary.h"
#include "trace/chromewriter.h"

#include <QBuffer>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>

namespace conlab {

void Exporter::paintPicture(QPainter &p, const Trace &trace, const QSize &size, const PictureOptions &options)
{
    const QSizeF logical = PicturePainter::logicalSize(size);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    // Scaling the painter, not the pixels: text and lines are drawn at the device's resolution.
    p.scale(size.width() / logical.width(), size.height() / logical.height());
    PicturePainter(trace, logical, options).paint(p);
}

QImage Exporter::renderImage(const Trace &trace, const QSize &size, const PictureOptions &options)
{
    QImage image(size.boundedTo(kMaxSize), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    paintPicture(p, trace, image.size(), options);
    p.end();
    return image;
}

QByteArray Exporter::renderSvg(const Trace &trace, const QSize &size, const PictureOptions &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(RunSummary::scenarioTitle(trace) + QStringLiteral(" — ") + RunSummary::variantTitle(trace));
    svg.setDescription(RunSummary::parametersText(trace));
    QPainter p(&svg);
    paintPicture(p, trace, size, options);
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

QString Exporter::writeBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QString Exporter::writeJson(const Trace &trace, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write %1: %2").arg(path, file.errorString());
    ChromeWriter writer;
    if (!writer.write(trace, file)) {
        file.cancelWriting();
        return tr("cannot write %1: %2").arg(path, writer.errorString());
    }
    if (!file.commit())
        return tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QString Exporter::exportTo(const Trace &trace, const QString &path, const QSize &size, const PictureOptions &options)
{
    const QString lower = path.toLower();
    if (lower.endsWith(QLatin1String(".json")))
        return writeJson(trace, path);
    if (size.width() < 1 || size.height() < 1 || size.width() > kMaxSize.width() || size.height() > kMaxSize.height())
        return tr("picture size %1x%2 is outside 1x1 to %3x%4")
            .arg(size.width())
            .arg(size.height())
            .arg(kMaxSize.width())
            .arg(kMaxSize.height());
    if (lower.endsWith(QLatin1String(".svg")))
        return writeBytes(path, renderSvg(trace, size, options));
    if (lower.endsWith(QLatin1String(".png"))) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!renderImage(trace, size, options).save(&buffer, "PNG"))
            return tr("cannot encode %1 as PNG").arg(path);
        return writeBytes(path, bytes);
    }
    return tr("%1: exports are .png, .svg or .json").arg(path);
}

} // namespace conlab
