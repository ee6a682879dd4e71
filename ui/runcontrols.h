#pragma once

#include "runtime/stepgate.h"

#include <QHash>
#include <QVariantMap>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace conlab {

class Scenario;

// Run settings generated from the scenario's tables: a variant combo, the mode (free, chaos,
// step) where lanes can be stepped, one editor per parameter (range and help from the table),
// Run, Pause and Stop. Values are kept per scenario.
class RunControls : public QWidget
{
    Q_OBJECT

public:
    static constexpr qint64 kGuiUnitMs = 500; // slow enough for a class to follow

    explicit RunControls(QWidget *parent = nullptr);

    void setScenario(const Scenario *scenario);
    const Scenario *scenario() const { return m_scenario; }
    QString variant() const;
    QVariantMap params() const;
    bool setVariant(const QString &id);
    // The next (by 1) or previous (by -1) variant, round the list; false while a run goes on.
    bool stepVariant(int by);
    bool setParam(const QString &id, const QVariant &value);
    // Free, Chaos or Step; offered only for scenarios whose lanes can be stepped.
    StepMode mode() const;
    bool setMode(StepMode mode);
    void setRunning(bool running);
    void setPaused(bool paused);

signals:
    void runRequested();
    void settingsChanged(); // the variant or a parameter changed
    void pauseRequested();
    void stopRequested();
    void compareRequested(); // every variant, one after the other, on one time axis

private:
    QWidget *makeEditor(const struct ParamSpec &spec, const QVariant &value);
    void remember();
    void updateVariantHelp();
    void updateModeHelp();

    const Scenario *m_scenario = nullptr;
    QComboBox *m_variant;
    QLabel *m_variantHelp;
    QWidget *m_modeBox;
    QComboBox *m_mode;
    QLabel *m_modeHelp;
    QFormLayout *m_form;
    QWidget *m_paramBox;
    QPushButton *m_run;
    QPushButton *m_pause;
    QPushButton *m_stop;
    QPushButton *m_compare;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QVariantMap> m_saved; // scenario id → its last values
    QHash<QString, QString> m_savedVariant;
    QHash<QString, int> m_savedMode;
};

} // namespace conlab
