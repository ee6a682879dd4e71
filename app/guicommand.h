#pragma once

#include "commandline.h"

#include <memory>

class QCoreApplication;

namespace conlab {

// The application object a command needs: a plain QCoreApplication for runs that write no
// picture, a QGuiApplication for picture exports (offscreen when there is no display at all),
// a QApplication for the window.
std::unique_ptr<QCoreApplication> makeApplication(const Command &command, int &argc, char **argv);

// True if a window can be shown: some display, or a platform chosen by the user.
bool haveDisplay();

// `concurrency-lab` and `concurrency-lab open FILE`: the window. Returns the exit code.
int guiCommand(const Command &command);

} // namespace conlab
