#pragma once

#include "scenarios/predictions.h"

#include <QWidget>

class QAction;
class QButtonGroup;
class QGroupBox;
class QLabel;

namespace conlab {

class Scenario;
class Trace;

// The lesson beside the results: before a run, what to watch for and the question for the
// class, with the choices to predict from (when predicting is on); after it, what happened in
// the run's own figures and which choice the run bore out.
class LessonPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LessonPanel(QWidget *parent = nullptr);

    // Checkable, remembered between sessions: ask for a prediction before each run.
    QAction *predictAction() const { return m_predictAction; }
    bool predicting() const;

    // The scenario and settings on screen while no run is: the lesson and question for them.
    void setScenario(const Scenario *scenario, const QString &variant, const QVariantMap &params);
    void runStarted();
    void runFinished(const Scenario &scenario, const Trace &trace, bool stopped);

    // The class's choice (-1: none); choosing is possible until a run starts.
    int chosen() const;
    bool choose(int index);
    const Predictions::Question &question() const { return m_question; }
    // After a run: the choice it bore out (-1: none), and the reveal as shown.
    int revealed() const { return m_reveal.choice; }
    QString revealText() const;
    QString lessonText() const;

private:
    void showQuestion();
    void predictToggled(bool on);

    QLabel *m_before;
    QGroupBox *m_questionBox;
    QButtonGroup *m_choices;
    QLabel *m_after;
    QLabel *m_revealLabel;
    QAction *m_predictAction;
    Predictions::Question m_question;
    Predictions::Reveal m_reveal;
};

} // namespace conlab
