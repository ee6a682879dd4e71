#pragma once

#include "commandline.h"
#include "guientry.h"

#include <memory>

namespace conlab {

// The window and picture export, loaded from the conlab_gui module next to the executable
// the first time they are needed.
class GuiModule
{
public:
    // Loads the module once; nullptr with `error` set if it cannot be loaded.
    static GuiModule *get(QString *error);

    QCoreApplication *makeApplication(int &argc, char **argv, bool window) const;
    int runWindow() const { return m_runWindow(); }
    // Saved runs: the module shows them if it exports conlab_open_window (ConlabOpenWindow),
    // which takes a Trace already read and checked (it may move from it) and runs the event loop.
    bool canOpenTraces() const { return m_openWindow != nullptr; }
    int openWindow(Trace &trace, const QString &path) const { return m_openWindow(&trace, &path); }
    QString exportPicture(const Trace &trace, const QString &path, QSize size) const;
    // Runs stacked on one time axis; an error if the module cannot draw comparisons.
    QString exportComparison(const QList<const Trace *> &runs, const QString &path, QSize size) const;
    QString exportTrials(const QList<TrialsSummary> &summaries, const QString &path, QSize size) const;
    QString exportSweep(const SweepSummary &sweep, const QString &path, QSize size) const;

private:
    ConlabMakeApplication m_makeApplication = nullptr;
    ConlabRunWindow m_runWindow = nullptr;
    ConlabExportPicture m_exportPicture = nullptr;
    ConlabExportTrials m_exportTrials = nullptr;
    ConlabExportSweep m_exportSweep = nullptr;
    ConlabOpenWindow m_openWindow = nullptr; // optional
    ConlabExportComparison m_exportComparison = nullptr; // optional
};

// True if a window can be shown: some display, or a platform chosen by the user.
bool haveDisplay();
// True if the command draws a picture (a .png or .svg export).
bool needsPictures(const Command &command);
// The application object a command needs: a QApplication for the window, a QGuiApplication
// for pictures (offscreen when there is no display at all), else a plain QCoreApplication.
std::unique_ptr<QCoreApplication> makeApplication(const Command &command, int &argc, char **argv, QString *error);

} // namespace conlab
