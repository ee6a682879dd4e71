#pragma once

#include <QListWidget>

namespace conlab {

class Scenario;

// The scenarios in the tutorial's order, each with its one-line description.
class ScenarioList : public QListWidget
{
    Q_OBJECT

public:
    explicit ScenarioList(QWidget *parent = nullptr);

    const Scenario *current() const;
    bool select(const QString &id);
    // The next (by 1) or previous (by -1) scenario, round the list.
    void stepScenario(int by);

signals:
    void scenarioChosen(const Scenario *scenario);
};

} // namespace conlab
