#pragma once

#include "picturepainter.h"
#include "experiments/trials.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>

#include <functional>

namespace conlab {

struct GapSweep;
struct SweepSummary;

// Writes a run to a file by extension: .png and .svg through the timeline painter, .json as a
// Chrome trace; trials and gap sweeps as .png or .svg through their own pictures. Needs a
// QGuiApplication for pictures (fonts), nothing more.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    static constexpr QSize kDefaultSize{1920, 1080};
    static constexpr QSize kMaxSize{7680, 4320};

    // Paints a picture laid out in logical pixels (PicturePainter::logicalSize of the size).
    using PaintFn = std::function<void(QPainter &p, const QSizeF &logical)>;

    static QImage renderImage(const Trace &trace, const QSize &size, const PictureOptions &options = {});
    static QByteArray renderSvg(const Trace &trace, const QSize &size, const PictureOptions &options = {});
    static QImage renderImage(const QSize &size, const PaintFn &paint);
    // The PNG file's bytes (empty if it cannot be encoded).
    static QByteArray encodePng(const QImage &image);

    // Returns an error message, empty on success. Files are replaced atomically.
    static QString exportTo(const Trace &trace, const QString &path, const QSize &size = kDefaultSize,
                            const PictureOptions &options = {});
    static QString writeJson(const Trace &trace, const QString &path);
    static QString exportTrials(const QList<TrialsSummary> &summaries, const QString &path,
                                const QSize &size = kDefaultSize);
    // Runs stacked on one time axis (ComparePicture), as .png or .svg.
    static QString exportComparison(const QList<const Trace *> &runs, const QString &path,
                                    const QSize &size = kDefaultSize);
    static QString exportSweep(const GapSweep &sweep, const QString &path, const QSize &size = kDefaultSize);
    // The speed-up chart of a workers sweep.
    static QString exportSpeedup(const SweepSummary &sweep, const QString &path, const QSize &size = kDefaultSize);

private:
    static void paintScaled(QPainter &p, const QSize &size, const PaintFn &paint);
    static QByteArray renderSvg(const QSize &size, const PaintFn &paint, const QString &title,
                                const QString &description);
    static QString exportPainted(const QString &path, const QSize &size, const PaintFn &paint, const QString &title,
                                 const QString &description);
    static QString writeBytes(const QString &path, const QByteArray &bytes);
};

} // namespace conlab
