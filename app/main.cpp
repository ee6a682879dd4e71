#include "commandline.h"
#include "guimodule.h"
#include "i18n/language.h"
#include "printline.h"
#include "runcommand.h"
#include "runtime/allocator.h"
#include "runtime/processlimits.h"
#include "runtime/worker.h"
#include "scenarios/listtext.h"
#include "scenarios/workerroles.h"
#include "servecommand.h"
#include "trace/chrome/chromereader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <functional>

using namespace conlab;

namespace {

void printOut(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
}

// A line said before the application is made (a bad argument, no display) is still said in the
// locale's language: a short-lived application object carries the translation for it.
void printErrorTranslated(int argc, char **argv, const std::function<QString()> &line)
{
    QCoreApplication app(argc, argv);
    setLanguage(systemLanguage());
    printError(line());
}

// open FILE: the file is read and checked before any window, and the window module asked
// whether it can show it, so a file that does not open costs one line and exit code 2.
bool readToOpen(const QString &file, ChromeReadResult *opened)
{
    *opened = readChromeTrace(file);
    QString error;
    if (!opened->ok()) {
        error = QCoreApplication::translate("CommandLine", "cannot open %1: %2").arg(file, opened->error);
    } else if (haveDisplay()) {
        const GuiModule *gui = GuiModule::get(&error);
        if (gui && !gui->canOpenTraces())
            error = QCoreApplication::translate("CommandLine", "cannot open %1: this window cannot show saved runs yet")
                        .arg(file);
    }
    if (!error.isEmpty())
        printError(error);
    return error.isEmpty();
}

// Qt's GUI wants a private runtime folder. Where the session has none (a root shell, CI), Qt
// makes /tmp/runtime-<user> itself but says so on stderr; making it here keeps a headless
// export's output to what the program has to say.
void ensureRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QByteArray dir = QFile::encodeName(QDir::tempPath()) + "/runtime-" + QByteArray::number(getuid());
    if (mkdir(dir.constData(), 0700) != 0 && errno != EEXIST)
        return;
    struct stat st;
    if (lstat(dir.constData(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != getuid())
        return; // someone else's: let Qt say what it thinks of it
    if ((st.st_mode & 0777) != 0700 && chmod(dir.constData(), 0700) != 0)
        return;
    qputenv("XDG_RUNTIME_DIR", dir);
}

} // namespace

int main(int argc, char **argv)
{
    limitAllocatorArenas();
    raiseOpenFileLimit(8192);
    // A worker child starts lean: no application object, nothing but its role.
    if (argc >= 2 && std::strcmp(argv[1], kWorkerOption) == 0) {
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, nullptr);
        QStringList args;
        for (int i = 2; i < argc; ++i)
            args << QString::fromLocal8Bit(argv[i]);
        return runWorker(args, workerRoles());
    }

    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const ParseResult parsed = parseCommandLine(args);
    if (!parsed.error.isEmpty()) {
        printErrorTranslated(argc, argv, [&args] { return parseCommandLine(args).error; });
        return 2;
    }
    const Command &command = parsed.command;

    ChromeReadResult opened;
    if (command.kind == Command::Open && !readToOpen(command.file, &opened))
        return 2;
    if ((command.kind == Command::Gui || command.kind == Command::Open) && !haveDisplay()) {
        printErrorTranslated(argc, argv, [] {
            return QCoreApplication::translate("CommandLine", "no display to open the window on; try 'run ID' (see --help)");
        });
        return 2;
    }
    QString error;
    ensureRuntimeDir();
    const auto app = makeApplication(command, argc, argv, &error);
    if (!app) {
        printError(error);
        return 2;
    }
    QCoreApplication::setApplicationName(QStringLiteral("concurrency-lab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONLAB_VERSION));
    // The window speaks the language chosen in its menu, else the locale's; so does the rest.
    const bool window = command.kind == Command::Gui || command.kind == Command::Open;
    const QString chosen = window ? savedLanguage() : QString();
    setLanguage(chosen.isEmpty() ? systemLanguage() : chosen);

    switch (command.kind) {
    case Command::Help:
        printOut(usageText());
        return 0;
    case Command::Version:
        printOut(QStringLiteral("concurrency-lab %1\n").arg(QStringLiteral(CONLAB_VERSION)));
        return 0;
    case Command::List:
        printOut(listText());
        return 0;
    case Command::Run:
        return runCommand(command);
    case Command::Serve:
        return serveCommand(command);
    case Command::Gui:
        return GuiModule::get(&error)->runWindow();
    case Command::Open:
        return GuiModule::get(&error)->openWindow(opened.trace, command.file);
    }
    return 0;
}
