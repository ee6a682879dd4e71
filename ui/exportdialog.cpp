#include "exportdialog.h"

#include "exporter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace conlab {

ExportDialog::ExportDialog(const QString &suggestedPath, QWidget *parent)
    : QDialog(parent)
    , m_path(new QLineEdit(suggestedPath, this))
    , m_format(new QLabel(this))
    , m_preset(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_whole(new QRadioButton(tr("The whole run"), this))
    , m_visible(new QRadioButton(tr("What the timeline shows now"), this))
{
    setWindowTitle(tr("Export"));
    m_path->setMinimumWidth(420);
    auto *browse = new QPushButton(tr("Choose…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    m_width->setRange(320, Exporter::kMaxSize.width());
    m_height->setRange(200, Exporter::kMaxSize.height());
    m_width->setValue(Exporter::kDefaultSize.width());
    m_height->setValue(Exporter::kDefaultSize.height());
    m_width->setSuffix(tr(" px"));
    m_height->setSuffix(tr(" px"));
    const QSize presets[] = {{1280, 720}, {1920, 1080}, {2560, 1440}, {3840, 2160}, {7680, 4320}};
    m_preset->addItem(tr("Custom"));
    for (const QSize &s : presets)
        m_preset->addItem(QStringLiteral("%1 × %2").arg(s.width()).arg(s.height()), s);
    m_preset->setCurrentIndex(2);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_preset);
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    m_whole->setChecked(true);
    auto *form = new QFormLayout;
    form->addRow(tr("File"), pathRow);
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("Picture size"), sizeRow);
    form->addRow(tr("Range"), m_whole);
    form->addRow(QString(), m_visible);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel")); // Qt's own translations may be missing
    m_ok->setText(tr("Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        const QSize s = m_preset->currentData().toSize();
        if (s.isValid()) {
            m_width->setValue(s.width());
            m_height->setValue(s.height());
        }
    });
    auto custom = [this] {
        if (m_preset->currentData().toSize() != size())
            m_preset->setCurrentIndex(0);
    };
    connect(m_width, &QSpinBox::valueChanged, this, custom);
    connect(m_height, &QSpinBox::valueChanged, this, custom);
    updateState();
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

QSize ExportDialog::size() const
{
    return {m_width->value(), m_height->value()};
}

bool ExportDialog::visibleRangeOnly() const
{
    return m_visible->isChecked();
}

void ExportDialog::browse()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export"), path(), tr("PNG picture (*.png);;SVG drawing (*.svg);;Chrome trace (*.json)"));
    if (!file.isEmpty())
        m_path->setText(file);
}

void ExportDialog::updateState()
{
    const QString lower = path().toLower();
    const bool png = lower.endsWith(QLatin1String(".png"));
    const bool svg = lower.endsWith(QLatin1String(".svg"));
    const bool json = lower.endsWith(QLatin1String(".json"));
    m_format->setText(png    ? tr("PNG picture")
                      : svg  ? tr("SVG drawing (scales without blur)")
                      : json ? tr("Chrome trace: opens in Perfetto and chrome://tracing; the range is always whole")
                             : tr("Name the file .png, .svg or .json"));
    m_preset->setEnabled(png || svg);
    m_width->setEnabled(png || svg);
    m_height->setEnabled(png || svg);
    m_whole->setEnabled(png || svg);
    m_visible->setEnabled(png || svg);
    m_ok->setEnabled(png || svg || json);
}

} // namespace conlab
