#include "apptheme.h"

#include "timelinetheme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QWidget>

namespace conlab {

namespace {

// The palette the desktop gave us, taken before we change anything.
const QPalette &systemPalette()
{
    static const QPalette palette = QApplication::palette();
    return palette;
}

bool isDarkPalette(const QPalette &p)
{
    return p.color(QPalette::Window).lightness() < 128;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x23, 0x29, 0x30), base(0x1b, 0x20, 0x26), text(0xe8, 0xec, 0xf0);
    const QColor button(0x2d, 0x35, 0x3d), highlight(0x2f, 0x7f, 0xc8), muted(0x8a, 0x94, 0x9e);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, button);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x5a, 0x6e));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xf0));
    p.setColor(QPalette::Light, button.lighter(140));
    p.setColor(QPalette::Midlight, button.lighter(120));
    p.setColor(QPalette::Mid, button.darker(120));
    p.setColor(QPalette::Dark, base.darker(130));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, muted);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

} // namespace

void AppTheme::apply(Choice choice)
{
    const QPalette &system = systemPalette();
    s_choice = choice;
    const bool wantDark = choice == Dark || (choice == System && isDarkPalette(system));
    if (choice == System)
        QApplication::setPalette(system);
    else if (wantDark)
        QApplication::setPalette(darkPalette());
    else
        QApplication::setPalette(isDarkPalette(system) ? QApplication::style()->standardPalette() : system);
    TimelineTheme::setDark(wantDark);
    for (QWidget *w : QApplication::topLevelWidgets())
        w->update();
}

bool AppTheme::dark()
{
    return TimelineTheme::isDark();
}

QString AppTheme::key(Choice choice)
{
    switch (choice) {
    case Light: return QStringLiteral("light");
    case Dark: return QStringLiteral("dark");
    case System: break;
    }
    return QStringLiteral("system");
}

AppTheme::Choice AppTheme::fromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return Light;
    if (key == QLatin1String("dark"))
        return Dark;
    return System;
}

QString AppTheme::title(Choice choice)
{
    switch (choice) {
    case Light: return tr("&Light");
    case Dark: return tr("&Dark");
    case System: break;
    }
    return tr("Follow the &System");
}

} // namespace conlab
