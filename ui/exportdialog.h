#pragma once

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace conlab {

// File ▸ Export: where to, which format (by extension), what size, the whole run or what is
// on screen.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(const QString &suggestedPath, QWidget *parent = nullptr);

    QString path() const;
    QSize size() const;
    bool visibleRangeOnly() const;

private:
    void browse();
    void updateState();

    QLineEdit *m_path;
    QLabel *m_format;
    QComboBox *m_preset;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QRadioButton *m_whole;
    QRadioButton *m_visible;
    QPushButton *m_ok = nullptr;
};

} // namespace conlab
