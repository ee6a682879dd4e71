#include "runfiles.h"

#include "comparepicture.h"
#include "exportdialog.h"
#include "exporter.h"
#include "runcontroller.h"
#include "timelineview.h"
#include "timelineviewport.h"
#include "trace/chrome/chromereader.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPainter>
#include <QUrl>

namespace conlab {

RunFiles::RunFiles(QWidget *window, RunController *controller, TimelineView *timeline)
    : QObject(window)
    , m_window(window)
    , m_controller(controller)
    , m_timeline(timeline)
{
}

QString RunFiles::suggestedName(const QString &extension) const
{
    const Trace *trace = m_controller->trace();
    return QDir::current().filePath(trace->scenario + QLatin1Char('-') + trace->variant + extension);
}

void RunFiles::open()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Run"), QDir::currentPath(),
                                                      tr("Runs and Chrome traces (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

std::unique_ptr<Trace> RunFiles::read(const QString &path, QString *notes)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ChromeReadResult result = readChromeTrace(path);
    QApplication::restoreOverrideCursor();
    if (!result.ok()) {
        QMessageBox::warning(m_window, tr("Open Run"),
                             tr("%1 does not open:\n%2").arg(QDir::toNativeSeparators(path), result.error));
        return nullptr;
    }
    *notes = result.stats.summary();
    return std::make_unique<Trace>(std::move(result.trace));
}

bool RunFiles::openFile(const QString &path)
{
    QString notes;
    std::unique_ptr<Trace> trace = read(path, &notes);
    if (!trace)
        return false;
    m_controller->show(std::move(trace));
    emit opened(path, notes);
    return true;
}

std::unique_ptr<Trace> RunFiles::askAndRead(const QString &title)
{
    const QString path = QFileDialog::getOpenFileName(m_window, title, QDir::currentPath(),
                                                      tr("Runs and Chrome traces (*.json);;All files (*)"));
    QString notes;
    return path.isEmpty() ? nullptr : read(path, &notes);
}

QString RunFiles::droppedFile(const QList<QUrl> &urls)
{
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            return url.toLocalFile();
    }
    return {};
}

void RunFiles::save()
{
    const Trace *trace = m_controller->trace();
    if (!trace || m_controller->isRunning())
        return;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save Run"), suggestedName(QStringLiteral(".json")),
                                                      tr("Run (*.json)"));
    if (path.isEmpty())
        return;
    const QString error = Exporter::writeJson(*trace, path);
    if (!error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Save Run"), error);
        return;
    }
    emit message(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    emit saved(path);
}

void RunFiles::exportPicture()
{
    const Trace *trace = m_controller->trace();
    if (!trace || m_controller->isRunning())
        return;
    ExportDialog dialog(suggestedName(QStringLiteral(".png")), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    PictureOptions options;
    options.collapsed = m_timeline->collapsed();
    if (dialog.visibleRangeOnly()) {
        options.from = qMax<qint64>(0, m_timeline->viewport()->from());
        options.to = m_timeline->viewport()->to();
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = Exporter::exportTo(*trace, dialog.path(), dialog.size(), options);
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty())
        QMessageBox::warning(m_window, tr("Export"), error);
    else
        emit message(tr("Exported %1").arg(QDir::toNativeSeparators(dialog.path())));
}

void RunFiles::copyImage()
{
    const Trace *trace = m_controller->trace();
    if (!trace || m_controller->isRunning())
        return;
    PictureOptions options;
    options.collapsed = m_timeline->collapsed();
    options.from = qMax<qint64>(0, m_timeline->viewport()->from());
    options.to = m_timeline->viewport()->to();
    QApplication::clipboard()->setImage(Exporter::renderImage(*trace, Exporter::kDefaultSize, options));
    emit message(tr("Copied the timeline as a 1920×1080 picture."));
}

void RunFiles::exportComparison(const QList<const Trace *> &runs)
{
    if (runs.isEmpty())
        return;
    const Trace &first = *runs.front();
    ExportDialog dialog(QDir::current().filePath(first.scenario + QStringLiteral("-compare.png")), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = dialog.path().endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
                              ? tr("a comparison is a picture: choose .png or .svg")
                              : Exporter::exportComparison(runs, dialog.path(), dialog.size());
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty())
        QMessageBox::warning(m_window, tr("Export"), error);
    else
        emit message(tr("Exported %1").arg(QDir::toNativeSeparators(dialog.path())));
}

void RunFiles::copyComparison(const QList<const Trace *> &runs)
{
    if (runs.isEmpty())
        return;
    QApplication::clipboard()->setImage(
        Exporter::renderImage(Exporter::kDefaultSize,
                              [&runs](QPainter &p, const QSizeF &logical) { ComparePicture(runs, logical).paint(p); }));
    emit message(tr("Copied the comparison as a 1920×1080 picture."));
}

} // namespace conlab
