#include "guientry.h"

#include "exporter.h"
#include "mainwindow.h"
#include "windowsettings.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>

#include <utility>

extern "C" {

Q_DECL_EXPORT QCoreApplication *conlab_make_application(int *argc, char **argv, bool window)
{
    if (window) {
        auto *app = new QApplication(*argc, argv);
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.concurrencylab.ConcurrencyLab.svg")));
        QGuiApplication::setDesktopFileName(QStringLiteral("org.concurrencylab.ConcurrencyLab"));
        return app;
    }
    return new QGuiApplication(*argc, argv);
}

Q_DECL_EXPORT int conlab_run_window()
{
    conlab::MainWindow window;
    QSettings settings(QStringLiteral("concurrency-lab"), QStringLiteral("concurrency-lab"));
    conlab::WindowSettings::restore(window, settings);
    window.show();
    const int code = QApplication::exec();
    conlab::WindowSettings::save(window, settings);
    return code;
}

Q_DECL_EXPORT int conlab_open_window(conlab::Trace *trace, const QString *path)
{
    conlab::MainWindow window;
    window.showSaved(std::move(*trace), *path);
    window.show();
    return QApplication::exec();
}

Q_DECL_EXPORT QString conlab_export_comparison(const QList<const conlab::Trace *> *runs, const QString *path,
                                               QSize size)
{
    return conlab::Exporter::exportComparison(*runs, *path, size);
}

Q_DECL_EXPORT QString conlab_export_picture(const conlab::Trace *trace, const QString *path, QSize size)
{
    return conlab::Exporter::exportTo(*trace, *path, size);
}

Q_DECL_EXPORT QString conlab_export_trials(const QList<conlab::TrialsSummary> *summaries, const QString *path,
                                           QSize size)
{
    return conlab::Exporter::exportTrials(*summaries, *path, size);
}

Q_DECL_EXPORT QString conlab_export_sweep(const conlab::SweepSummary *sweep, const QString *path, QSize size)
{
    return conlab::Exporter::exportSpeedup(*sweep, *path, size);
}
}
