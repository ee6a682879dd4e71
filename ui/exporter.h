#pragma once

#include "picturepainter.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>

namespace conlab {

// Writes a run to a file by extension: .png and .svg through the timeline painter, .json as a
// Chrome trace. Needs a QGuiApplication for pictures (fonts), nothing more.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    static constexpr QSize kDefaultSize{1920, 1080};
    static constexpr QSize kMaxSize{7680, 4320};

    static QImage renderImage(const Trace &trace, const QSize &size, const PictureOptions &options = {});
    static QByteArray renderSvg(const Trace &trace, const QSize &size, const PictureOptions &options = {});

    // Returns an error message, empty on success. Files are replaced atomically.
    static QString exportTo(const Trace &trace, const QString &path, const QSize &size = kDefaultSize,
                            const PictureOptions &options = {});
    static QString writeJson(const Trace &trace, const QString &path);

private:
    static void paintPicture(QPainter &p, const Trace &trace, const QSize &size, const PictureOptions &options);
    static QString writeBytes(const QString &path, const QByteArray &bytes);
};

} // namespace conlab
