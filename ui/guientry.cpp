#include "guientry.h"

#include "exporter.h"
#include "mainwindow.h"

#include <QApplication>

extern "C" {

Q_DECL_EXPORT QCoreApplication *conlab_make_application(int *argc, char **argv, bool window)
{
    if (window)
        return new QApplication(*argc, argv);
    return new QGuiApplication(*argc, argv);
}

Q_DECL_EXPORT int conlab_run_window()
{
    conlab::MainWindow window;
    window.show();
    return QApplication::exec();
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
