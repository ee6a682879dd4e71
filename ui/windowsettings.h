#pragma once

class QSettings;

namespace conlab {

class MainWindow;

// What the window remembers from one start to the next: its geometry, the last scenario with
// its variant and speed, and the theme. Read when the window opens, written when it closes.
class WindowSettings
{
public:
    static void restore(MainWindow &window, const QSettings &settings);
    static void save(const MainWindow &window, QSettings &settings);
};

} // namespace conlab
