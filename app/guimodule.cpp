#include "guimodule.h"

#include <QCoreApplication>

#include <dlfcn.h>
#include <unistd.h>

#include <climits>
#include <string>

namespace conlab {

namespace {

// The directory of this executable, known before any application object exists.
std::string exeDir()
{
    char buf[PATH_MAX];
    const ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0)
        return ".";
    std::string path(buf, size_t(n));
    return path.substr(0, path.find_last_of('/'));
}

bool envSet(const char *name)
{
    return !qEnvironmentVariableIsEmpty(name);
}

} // namespace

GuiModule *GuiModule::get(QString *error)
{
    static GuiModule module;
    static bool loaded = false;
    static QString loadError;
    if (!loaded) {
        loaded = true;
        // Beside the executable in the build tree; in lib/concurrency-lab once installed.
        std::string path = exeDir() + "/" CONLAB_GUI_MODULE;
        if (access(path.c_str(), F_OK) != 0)
            path = exeDir() + "/../lib/concurrency-lab/" CONLAB_GUI_MODULE;
        void *handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL); // kept open for the process's life
        if (handle) {
            // Optional, looked up first so dlerror() names a missing required one.
            module.m_openWindow = reinterpret_cast<ConlabOpenWindow>(dlsym(handle, "conlab_open_window"));
            module.m_exportComparison =
                reinterpret_cast<ConlabExportComparison>(dlsym(handle, "conlab_export_comparison"));
            module.m_makeApplication = reinterpret_cast<ConlabMakeApplication>(dlsym(handle, "conlab_make_application"));
            module.m_runWindow = reinterpret_cast<ConlabRunWindow>(dlsym(handle, "conlab_run_window"));
            module.m_exportPicture = reinterpret_cast<ConlabExportPicture>(dlsym(handle, "conlab_export_picture"));
            module.m_exportTrials = reinterpret_cast<ConlabExportTrials>(dlsym(handle, "conlab_export_trials"));
            module.m_exportSweep = reinterpret_cast<ConlabExportSweep>(dlsym(handle, "conlab_export_sweep"));
        }
        if (!module.m_makeApplication || !module.m_runWindow || !module.m_exportPicture || !module.m_exportTrials ||
            !module.m_exportSweep)
            loadError = QCoreApplication::translate("CommandLine", "cannot load the window module %1: %2")
                            .arg(QString::fromLocal8Bit(path.c_str()), QString::fromLocal8Bit(dlerror()));
    }
    if (!loadError.isEmpty()) {
        *error = loadError;
        return nullptr;
    }
    return &module;
}

QCoreApplication *GuiModule::makeApplication(int &argc, char **argv, bool window) const
{
    return m_makeApplication(&argc, argv, window);
}

QString GuiModule::exportPicture(const Trace &trace, const QString &path, QSize size) const
{
    return m_exportPicture(&trace, &path, size);
}

QString GuiModule::exportComparison(const QList<const Trace *> &runs, const QString &path, QSize size) const
{
    if (!m_exportComparison)
        return QCoreApplication::translate("CommandLine", "this window module cannot draw comparisons");
    return m_exportComparison(&runs, &path, size);
}

QString GuiModule::exportTrials(const QList<TrialsSummary> &summaries, const QString &path, QSize size) const
{
    return m_exportTrials(&summaries, &path, size);
}

QString GuiModule::exportSweep(const SweepSummary &sweep, const QString &path, QSize size) const
{
    return m_exportSweep(&sweep, &path, size);
}

bool haveDisplay()
{
    return envSet("DISPLAY") || envSet("WAYLAND_DISPLAY") || envSet("QT_QPA_PLATFORM");
}

bool needsPictures(const Command &command)
{
    const QString lower = command.exportPath.toLower();
    return command.kind == Command::Run &&
           (lower.endsWith(QLatin1String(".png")) || lower.endsWith(QLatin1String(".svg")));
}

std::unique_ptr<QCoreApplication> makeApplication(const Command &command, int &argc, char **argv, QString *error)
{
    const bool window = command.kind == Command::Gui || command.kind == Command::Open;
    if (!window && !needsPictures(command))
        return std::make_unique<QCoreApplication>(argc, argv);
    GuiModule *gui = GuiModule::get(error);
    if (!gui)
        return nullptr;
    // Qt aborts when no platform can start; pictures need none, so pick the offscreen one.
    if (!window && !haveDisplay())
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::unique_ptr<QCoreApplication>(gui->makeApplication(argc, argv, window));
}

} // namespace conlab
