#include "lessonpanel.h"

#include "i18n/language.h"
#include "scenarios/lessons.h"
#include "scenarios/scenario.h"
#include "trace/trace.h"

#include <QAction>
#include <QButtonGroup>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

namespace conlab {

namespace {
const QString kPredictKey = QStringLiteral("predict");

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

QString paragraph(const QString &heading, const QString &text)
{
    return QStringLiteral("<p><b>%1</b> %2</p>").arg(heading.toHtmlEscaped(), text.toHtmlEscaped());
}
} // namespace

LessonPanel::LessonPanel(QWidget *parent)
    : QWidget(parent)
    , m_predictAction(new QAction(tr("&Predict Before Each Run"), this))
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_before = wrappingLabel(content);
    m_questionBox = new QGroupBox(content);
    m_questionBox->setLayout(new QVBoxLayout);
    m_choices = new QButtonGroup(this);
    m_after = wrappingLabel(content);
    m_revealLabel = wrappingLabel(content);
    // After a run its news comes first: the reveal, what happened; then the lesson and question.
    layout->addWidget(m_revealLabel);
    layout->addWidget(m_after);
    layout->addWidget(m_before);
    layout->addWidget(m_questionBox);
    layout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_predictAction->setCheckable(true);
    m_predictAction->setChecked(programSettings()->value(kPredictKey, true).toBool());
    m_predictAction->setStatusTip(tr("Before a run, ask the class a question about it; after it, reveal the answer"));
    connect(m_predictAction, &QAction::toggled, this, &LessonPanel::predictToggled);
}

bool LessonPanel::predicting() const
{
    return m_predictAction->isChecked();
}

void LessonPanel::predictToggled(bool on)
{
    programSettings()->setValue(kPredictKey, on);
    m_questionBox->setVisible(on && !m_question.text.isEmpty());
    m_revealLabel->setVisible(on && !m_revealLabel->text().isEmpty());
}

void LessonPanel::setScenario(const Scenario *scenario, const QString &variant, const QVariantMap &params)
{
    m_after->clear();
    m_revealLabel->clear();
    m_revealLabel->hide();
    m_reveal = {};
    if (!scenario) {
        m_before->clear();
        m_question = {};
        showQuestion();
        return;
    }
    const Lessons::Before before = Lessons::before(*scenario, variant, params);
    m_before->setText(paragraph(tr("Watch:"), before.watch) + paragraph(tr("Ask the class:"), before.ask));
    const int keep = chosen();
    const Predictions::Question next = Predictions::question(*scenario, variant, params);
    const bool same = next.text == m_question.text && next.choices.size() == m_question.choices.size();
    m_question = next;
    showQuestion();
    if (same && keep >= 0)
        choose(keep);
}

void LessonPanel::showQuestion()
{
    for (QAbstractButton *b : m_choices->buttons()) {
        m_choices->removeButton(b);
        delete b;
    }
    m_questionBox->setTitle(tr("Predict: %1").arg(m_question.text));
    for (int i = 0; i < m_question.choices.size(); ++i) {
        // Lettered: the keys A, B, C … choose them (View ▸ Predict).
        auto *button = new QRadioButton(
            QStringLiteral("%1   %2").arg(QChar(u'A' + i), m_question.choices[i].text), m_questionBox);
        m_choices->addButton(button, i);
        m_questionBox->layout()->addWidget(button);
    }
    m_questionBox->setEnabled(true);
    m_questionBox->setVisible(predicting() && !m_question.text.isEmpty());
}

int LessonPanel::chosen() const
{
    return m_choices->checkedId();
}

bool LessonPanel::choose(int index)
{
    QAbstractButton *button = m_choices->button(index);
    if (!button || !m_questionBox->isEnabled())
        return false;
    button->setChecked(true);
    return true;
}

void LessonPanel::runStarted()
{
    m_questionBox->setEnabled(false); // the guess is in: no changing it once the run shows the answer
    m_after->clear();
    m_revealLabel->clear();
    m_revealLabel->hide();
    m_reveal = {};
}

void LessonPanel::runFinished(const Scenario &scenario, const Trace &trace, bool stopped)
{
    m_questionBox->setEnabled(true); // for the next run
    if (stopped) {
        m_after->setText(paragraph(tr("Stopped:"), tr("the run did not finish, so it answers nothing yet.")));
        return;
    }
    m_after->setText(paragraph(tr("What happened:"), Lessons::after(trace)));
    m_reveal = Predictions::reveal(scenario, trace);
    if (!predicting() || m_question.text.isEmpty() || m_reveal.measured.isEmpty())
        return;
    const int guess = chosen();
    const QString bornOut = m_reveal.choice >= 0 ? m_question.choices[m_reveal.choice].text : QString();
    QString text;
    if (guess < 0)
        text = m_reveal.choice >= 0 ? tr("Answer: %1, that is “%2”.").arg(m_reveal.measured, bornOut)
                                    : tr("Answer: %1, none of the choices.").arg(m_reveal.measured);
    else if (guess == m_reveal.choice)
        text = tr("Right! %1, as predicted: “%2”.").arg(m_reveal.measured, bornOut);
    else
        text = m_reveal.choice >= 0 ? tr("Not this time: the prediction was “%1”, but %2, that is “%3”.")
                                          .arg(m_question.choices[guess].text, m_reveal.measured, bornOut)
                                    : tr("Not this time: the prediction was “%1”, but %2, none of the choices.")
                                          .arg(m_question.choices[guess].text, m_reveal.measured);
    m_revealLabel->setText(QStringLiteral("<p style='font-size:large'><b>%1</b></p>").arg(text.toHtmlEscaped()));
    m_revealLabel->show();
    if (QAbstractButton *b = m_choices->button(m_reveal.choice))
        b->setText(b->text() + QStringLiteral("  ✔"));
}

QString LessonPanel::revealText() const
{
    return m_revealLabel->text();
}

QString LessonPanel::lessonText() const
{
    return m_before->text() + m_after->text();
}

} // namespace conlab
