#include "guicommand.h"

#include "mainwindow.h"

#include <QApplication>
#include <QGuiApplication>

namespace conlab {

namespace {
bool envSet(const char *name)
{
    return !qEnvironmentVariableIsEmpty(name);
}

bool needsPictures(const Command &command)
{
    const QString lower = command.exportPath.toLower();
    return command.kind == Command::Run && (lower.endsWith(QLatin1String(".png")) || lower.endsWith(QLatin1String(".svg")));
}
} // namespace

bool haveDisplay()
{
    return envSet("DISPLAY") || envSet("WAYLAND_DISPLAY") || envSet("QT_QPA_PLATFORM");
}

std::unique_ptr<QCoreApplication> makeApplication(const Command &command, int &argc, char **argv)
{
    if (command.kind == Command::Gui)
        return std::make_unique<QApplication>(argc, argv);
    if (needsPictures(command)) {
        // Qt aborts when no platform can start; pictures need none, so pick the offscreen one.
        if (!haveDisplay())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

int guiCommand(const Command &command)
{
    Q_UNUSED(command);
    MainWindow window;
    window.show();
    return QApplication::exec();
}

} // namespace conlab
