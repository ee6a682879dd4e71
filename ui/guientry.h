#pragma once

// The door into the window and the picture exporter for the executable, which loads this
// module only when it needs it: a worker child or a plain run then starts without Qt Gui,
// Widgets and Svg (31 libraries, about 4.5 ms per process start here).
// Only Qt Core types cross it, so including this header pulls in no Gui.

#include <QList>
#include <QSize>
#include <QString>

class QCoreApplication;

namespace conlab {
class Trace;
struct TrialsSummary;
struct SweepSummary;
}

#define CONLAB_GUI_MODULE "libconlab_gui.so"

extern "C" {
// A QApplication (window) or QGuiApplication (pictures only) for this process.
using ConlabMakeApplication = QCoreApplication *(*)(int *argc, char **argv, bool window);
// Shows the main window and runs the event loop; returns the exit code.
using ConlabRunWindow = int (*)();
// Writes a .png or .svg picture of the run; returns an error message, empty on success.
using ConlabExportPicture = QString (*)(const conlab::Trace *trace, const QString *path, QSize size);
// Writes a .png or .svg picture of trials (one histogram per summary); an error, or empty.
using ConlabExportTrials = QString (*)(const QList<conlab::TrialsSummary> *summaries, const QString *path, QSize size);
// Writes a .png or .svg speed-up chart of a workers sweep; an error, or empty.
using ConlabExportSweep = QString (*)(const conlab::SweepSummary *sweep, const QString *path, QSize size);

// Shows the main window with a saved run (which it may move from) and runs the event loop.
// Optional for the executable: it asks the module whether it has it.
using ConlabOpenWindow = int (*)(conlab::Trace *trace, const QString *path);

int conlab_open_window(conlab::Trace *trace, const QString *path);

// Writes a .png or .svg picture of runs stacked on one time axis; an error, or empty. Optional.
using ConlabExportComparison = QString (*)(const QList<const conlab::Trace *> *runs, const QString *path, QSize size);
QString conlab_export_comparison(const QList<const conlab::Trace *> *runs, const QString *path, QSize size);

QCoreApplication *conlab_make_application(int *argc, char **argv, bool window);
int conlab_run_window();
QString conlab_export_picture(const conlab::Trace *trace, const QString *path, QSize size);
QString conlab_export_trials(const QList<conlab::TrialsSummary> *summaries, const QString *path, QSize size);
QString conlab_export_sweep(const conlab::SweepSummary *sweep, const QString *path, QSize size);
}
