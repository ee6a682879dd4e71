#include "language.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace conlab {

namespace {

const QString kEnglish = QStringLiteral("en");
const QString kChinese = QStringLiteral("zh_CN");

// Kept on the application object, not in a static: the executable and its window module
// each link their own copy of this library, and both must see the language chosen at start.
// Written once before any run; scenario threads only read it.
constexpr char kLanguageProperty[] = "conlab_language";

// Ours, and Qt's own for its standard dialogs (package qt6-translations-l10n, if installed).
QTranslator *&installed()
{
    static QTranslator *translator = nullptr;
    return translator;
}

QTranslator *&installedQt()
{
    static QTranslator *translator = nullptr;
    return translator;
}

void remove(QTranslator *&translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
    translator = nullptr;
}

} // namespace

QStringList languages()
{
    return {kEnglish, kChinese};
}

QString languageName(const QString &language)
{
    if (language == kChinese)
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QString systemLanguage()
{
    const QStringList wanted = QLocale::system().uiLanguages();
    if (!wanted.isEmpty() && wanted.first().startsWith(QLatin1String("zh")))
        return kChinese;
    return kEnglish;
}

std::unique_ptr<QSettings> programSettings()
{
    return std::make_unique<QSettings>(QStringLiteral("concurrency-lab"), QStringLiteral("concurrency-lab"));
}

QString savedLanguage()
{
    const QString saved = programSettings()->value(QStringLiteral("language")).toString();
    return languages().contains(saved) ? saved : QString();
}

void saveLanguage(const QString &language)
{
    programSettings()->setValue(QStringLiteral("language"), language);
}

bool setLanguage(const QString &language)
{
    if (!languages().contains(language) || !QCoreApplication::instance())
        return false;
    remove(installed());
    remove(installedQt());
    if (language != kEnglish) {
        auto loaded = std::make_unique<QTranslator>();
        if (!loaded->load(QStringLiteral(":/i18n/concurrency-lab_%1.qm").arg(language)))
            return false;
        installed() = loaded.release();
        QCoreApplication::installTranslator(installed());
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            installedQt() = qt.release();
            QCoreApplication::installTranslator(installedQt());
        }
    }
    QCoreApplication::instance()->setProperty(kLanguageProperty, language);
    return true;
}

QString currentLanguage()
{
    const QCoreApplication *app = QCoreApplication::instance();
    const QString language = app ? app->property(kLanguageProperty).toString() : QString();
    return language.isEmpty() ? kEnglish : language;
}

QString localizedResource(const QString &path)
{
    const QString language = currentLanguage();
    if (language == kEnglish)
        return path;
    const QFileInfo info(path);
    const QString local = info.path() + QLatin1Char('/') + language + QLatin1Char('/') + info.fileName();
    return QFileInfo::exists(local) ? local : path;
}

} // namespace conlab
