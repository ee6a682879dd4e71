#include "languagemenu.h"

#include "i18n/language.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>

namespace conlab {

QMenu *addLanguageMenu(QMenu *parent)
{
    QMenu *menu = parent->addMenu(QCoreApplication::translate("LanguageMenu", "&Language"));
    auto *group = new QActionGroup(menu);
    const QString saved = savedLanguage();
    const QString shown = saved.isEmpty() ? currentLanguage() : saved;
    for (const QString &language : languages()) {
        QAction *action = menu->addAction(languageName(language));
        action->setCheckable(true);
        action->setChecked(language == shown);
        action->setData(language);
        action->setStatusTip(QCoreApplication::translate("LanguageMenu", "Applies the next time the program starts"));
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu, [language] { saveLanguage(language); });
    }
    return menu;
}

} // namespace conlab
