#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace conlab {

// The program's languages: English in the sources, Simplified Chinese from the translation
// built into the program (resources/translations). A language is named as in the file names:
// "en", "zh_CN".
QStringList languages();
// Its name in itself, for a menu: "English", "简体中文".
QString languageName(const QString &language);

// The language the locale asks for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG): Chinese for any
// zh locale, else English.
QString systemLanguage();
// The language chosen in the window's menu, or empty if none was; where the program keeps its
// settings (also used for the other window settings).
QString savedLanguage();
void saveLanguage(const QString &language);
std::unique_ptr<QSettings> programSettings();

// Installs the translation of `language` in the application (taking out the one installed
// before); English needs none. Returns false if the language is unknown. Call on the main
// thread before any run starts: scenario threads read the language for their listings.
// Needs the application object.
bool setLanguage(const QString &language);
QString currentLanguage();

// A resource in the current language: ":/listings/race-lock.py" becomes
// ":/listings/zh_CN/race-lock.py" in Chinese if that file exists, else stays as it is.
QString localizedResource(const QString &path);

} // namespace conlab
