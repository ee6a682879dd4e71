#pragma once

#include "trace/trace.h"

#include <QWidget>

class QLabel;

namespace conlab {

// Measured against ideal time, the scenario's results and every counter's latest value.
class ResultPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Status { Idle, Running, Finished, Stopped };

    explicit ResultPanel(QWidget *parent = nullptr);

    void showTrace(const Trace *trace, Status status, qint64 now);
    QString text() const;

private:
    QString rows(const Trace &trace, Status status, qint64 now) const;

    QLabel *m_label;
};

} // namespace conlab
