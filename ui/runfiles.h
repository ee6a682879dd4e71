#pragma once

#include <QObject>

class QWidget;

namespace conlab {

class RunController;
class TimelineView;

// Save, Export and Copy Image for the run on screen: the dialogs, then the files.
class RunFiles : public QObject
{
    Q_OBJECT

public:
    RunFiles(QWidget *window, RunController *controller, TimelineView *timeline);

    void save();
    void exportPicture();
    void copyImage();

signals:
    void message(const QString &text);

private:
    QString suggestedName(const QString &extension) const;

    QWidget *m_window;
    RunController *m_controller;
    TimelineView *m_timeline;
};

} // namespace conlab
