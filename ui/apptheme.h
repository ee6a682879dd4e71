#pragma once

#include <QCoreApplication>
#include <QString>

namespace conlab {

// Light and dark for the whole window: the widgets' palette and the timeline's colours.
// "System" follows the palette the desktop gave the program at start. Pictures are drawn
// light whatever the window shows (TimelineTheme::LightPictures).
class AppTheme
{
    Q_DECLARE_TR_FUNCTIONS(AppTheme)

public:
    enum Choice { System, Light, Dark };

    static void apply(Choice choice);
    static Choice choice() { return s_choice; }
    static bool dark();
    static QString key(Choice choice);                  // for settings: "system", "light", "dark"
    static Choice fromKey(const QString &key);          // unknown keys: System
    static QString title(Choice choice);                // for the menu

private:
    static inline Choice s_choice = System;
};

} // namespace conlab
