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

signals:
    void scenarioChosen(const Scenario *scenario);
};

} // namespace conlab
