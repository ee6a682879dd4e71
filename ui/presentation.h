#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QObject>

class QAction;
class QSpinBox;
class QToolBar;
class QToolButton;

namespace conlab {

class MainWindow;

// Presentation mode (F11), for the back of a classroom: full screen, the timeline's type and
// rows 1.6 times their size and the window's text 1.5 times, black type and firm lines on
// white, the side panels folded away, and a bar of large controls: Run/Pause, Stop, a step per
// thread in step mode, and the speed (50 ms to 2 s a unit) to slow a run down for the class.
class Presentation : public QObject
{
    Q_OBJECT

public:
    static constexpr qreal kTimelineScale = 1.6;
    static constexpr qreal kTextScale = 1.5;

    explicit Presentation(MainWindow *window);

    bool isOn() const { return m_on; }
    void setOn(bool on);
    void toggle() { setOn(!m_on); }
    QToolBar *bar() const { return m_bar; }

signals:
    void changed(bool on);

private:
    void enter();
    void leave();
    void buildBar();
    void sync(); // the bar follows the run: Run or Pause, steps in step mode, the speed

    MainWindow *m_window;
    bool m_on = false;
    QToolBar *m_bar = nullptr;
    QToolButton *m_run = nullptr;
    QToolButton *m_stop = nullptr;
    QList<QToolButton *> m_steps;
    QHash<QToolButton *, QAction *> m_actions;
    QSpinBox *m_speed = nullptr;
    // What entering changed, put back on leaving.
    QByteArray m_geometry;
    QByteArray m_timelineSplit, m_panelSplit; // the splitters as they were before
    QFont m_font;
    bool m_leftVisible = true, m_rightVisible = true, m_wasDark = false;
    int m_theme = 0;
};

} // namespace conlab
