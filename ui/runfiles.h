#pragma once

#include <QObject>

#include <memory>

class QUrl;
class QWidget;

namespace conlab {

class RunController;
class Trace;
class TimelineView;

// Open, Save, Export and Copy Image for the run on screen: the dialogs, then the files.
class RunFiles : public QObject
{
    Q_OBJECT

public:
    RunFiles(QWidget *window, RunController *controller, TimelineView *timeline);

    // File ▸ Open: asks for a file, then openFile.
    void open();
    // Reads a saved run or another tool's trace and puts it on screen; a file that does not
    // open gets a message box naming the problem and where in the file it is.
    bool openFile(const QString &path);
    // Asks for a file and reads it (nullptr if none was chosen or it does not open).
    std::unique_ptr<Trace> askAndRead(const QString &title);
    // The first .json file among dropped URLs, or empty.
    static QString droppedFile(const QList<QUrl> &urls);
    void save();
    void exportPicture();
    void copyImage();
    // The same for runs stacked on one time axis (the Compare tab).
    void exportComparison(const QList<const Trace *> &runs);
    void copyComparison(const QList<const Trace *> &runs);

signals:
    void message(const QString &text);
    void saved(const QString &path); // the run on screen is in that file now
    // A file is on screen; `notes` says what reading it found worth knowing (may be empty).
    void opened(const QString &path, const QString &notes);

private:
    // nullptr, after a message box naming the problem, if the file does not open.
    std::unique_ptr<Trace> read(const QString &path, QString *notes);
    QString suggestedName(const QString &extension) const;

    QWidget *m_window;
    RunController *m_controller;
    TimelineView *m_timeline;
};

} // namespace conlab
