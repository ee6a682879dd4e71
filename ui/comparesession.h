#pragma once

#include "trace/trace.h"

#include <QObject>
#include <QVariantMap>

#include <memory>
#include <vector>

namespace conlab {

class CompareView;
class RunController;
class Scenario;

// Compare: every variant of a scenario, one after the other, live on the window's timeline
// through its RunController (so the class watches each run), then all of them on the
// CompareView. Stop (or any run stopped) ends the comparison with what it has not shown.
class CompareSession : public QObject
{
    Q_OBJECT

public:
    CompareSession(RunController *controller, CompareView *view, QObject *parent = nullptr);

    void start(const Scenario &scenario, const QVariantMap &params);
    // Two runs already made: the run on screen and another (a saved file).
    void compare(const Trace &first, std::unique_ptr<Trace> second);
    void cancel();
    bool isActive() const { return m_scenario != nullptr; }

signals:
    void progressed(const QString &text);
    void finished(); // the comparison is on the view
    void cancelled();

private:
    void runFinished(bool stopped);
    void startNext();

    RunController *m_controller;
    CompareView *m_view;
    const Scenario *m_scenario = nullptr;
    QVariantMap m_params;
    QStringList m_variants;
    std::vector<std::unique_ptr<Trace>> m_done;
};

} // namespace conlab
