#include "replay.h"

#include "timeaxis.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QToolButton>

#include <algorithm>
#include <limits>

namespace conlab {

Replay::Replay(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(16);
    connect(&m_timer, &QTimer::timeout, this, &Replay::advance);
}

void Replay::setSource(const Trace *source)
{
    pause();
    m_source = source;
    m_at = end();
    rebuild();
    emit changed();
}

void Replay::rebuild()
{
    m_trace = m_source ? Trace(m_source->sharedStrings()) : Trace();
    m_next.assign(m_source ? m_source->lanes().size() : 0, 0);
    if (!m_source)
        return;
    m_trace.scenario = m_source->scenario;
    m_trace.variant = m_source->variant;
    m_trace.parameters = m_source->parameters;
    m_trace.wallNs = m_source->wallNs;
    m_trace.idealNs = m_source->idealNs;
    for (const Lane &lane : m_source->lanes())
        m_trace.setLane(lane);
    m_trace.setEndTime(end()); // the axis keeps the whole run
    const qint64 at = m_at;
    m_at = -1;
    seek(at);
}

void Replay::seek(qint64 t)
{
    if (!m_source)
        return;
    t = std::clamp<qint64>(t, 0, end());
    if (t < m_at) {
        m_at = t;
        rebuild();
        emit changed();
        return;
    }
    std::vector<Event> passed;
    const auto &lanes = m_source->lanes();
    for (size_t i = 0; i < lanes.size(); ++i) {
        const std::vector<Event> &events = m_source->events(lanes[i].id);
        size_t &n = m_next[i];
        while (n < events.size() && events[n].t <= t)
            passed.push_back(events[n++]);
    }
    if (!passed.empty())
        m_trace.append(passed);
    m_at = t;
    if (atEnd())
        m_trace.results = m_source->results;
    showCaptions();
    emit changed();
}

void Replay::showCaptions()
{
    m_trace.captions.clear();
    if (!m_source)
        return;
    // At the end, all of them: a caption may sit past the last event (a file edited by hand).
    for (const Caption &c : m_source->captions) {
        if (c.t <= m_at || atEnd())
            m_trace.captions.push_back(c);
    }
}

void Replay::captionsChanged()
{
    showCaptions();
    emit changed();
}

void Replay::nextEvent()
{
    if (!m_source)
        return;
    qint64 next = std::numeric_limits<qint64>::max();
    const auto &lanes = m_source->lanes();
    for (size_t i = 0; i < lanes.size(); ++i) {
        const std::vector<Event> &events = m_source->events(lanes[i].id);
        if (m_next[i] < events.size())
            next = std::min(next, events[m_next[i]].t);
    }
    pause();
    seek(next == std::numeric_limits<qint64>::max() ? end() : next);
}

void Replay::previousEvent()
{
    if (!m_source)
        return;
    // The latest moment before the play head at which something happened.
    qint64 previous = 0;
    for (const Lane &lane : m_source->lanes()) {
        const std::vector<Event> &events = m_source->events(lane.id);
        auto it = std::lower_bound(events.begin(), events.end(), m_at,
                                   [](const Event &e, qint64 t) { return e.t < t; });
        if (it != events.begin())
            previous = std::max(previous, std::prev(it)->t);
    }
    pause();
    seek(previous);
}

void Replay::play()
{
    if (!m_source || playing())
        return;
    if (atEnd())
        seek(0);
    m_playFrom = m_at;
    m_clock.start();
    m_timer.start();
    emit playingChanged(true);
}

void Replay::pause()
{
    if (!playing())
        return;
    m_timer.stop();
    emit playingChanged(false);
}

void Replay::advance()
{
    seek(m_playFrom + qint64(double(m_clock.nsecsElapsed()) * m_speed));
    if (atEnd())
        pause();
}

ReplayBar::ReplayBar(Replay *replay, QWidget *parent)
    : QWidget(parent)
    , m_replay(replay)
    , m_play(new QToolButton(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_time(new QLabel(this))
    , m_speed(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Replay"), this);
    title->setToolTip(tr("Play the run back: the timeline shows it as it stood at the play head. "
                         "'.' and ',' step to the next and the previous event."));
    auto *previous = new QToolButton(this);
    previous->setText(QStringLiteral("◀"));
    previous->setToolTip(tr("Previous event (,)"));
    auto *next = new QToolButton(this);
    next->setText(QStringLiteral("▶|"));
    next->setToolTip(tr("Next event (.)"));
    m_play->setToolTip(tr("Play or pause the replay"));
    m_slider->setRange(0, 1000);
    m_slider->setToolTip(tr("Drag to move the play head"));
    for (double s : {0.1, 0.25, 0.5, 1.0, 2.0, 4.0})
        m_speed->addItem(tr("%1×").arg(s), s);
    m_speed->setCurrentIndex(3);
    m_speed->setToolTip(tr("Replay speed against the run's own time"));
    m_time->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00.000 s / 00.000 s")));
    layout->addWidget(title);
    layout->addWidget(previous);
    layout->addWidget(m_play);
    layout->addWidget(next);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_time);
    layout->addWidget(m_speed);
    connect(previous, &QToolButton::clicked, replay, &Replay::previousEvent);
    connect(next, &QToolButton::clicked, replay, &Replay::nextEvent);
    connect(m_play, &QToolButton::clicked, this, [this] { m_replay->playing() ? m_replay->pause() : m_replay->play(); });
    connect(m_slider, &QSlider::sliderMoved, this, [this](int v) {
        m_replay->pause();
        m_replay->seek(qint64(double(m_replay->end()) * v / 1000.0));
    });
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this] { m_replay->setSpeed(m_speed->currentData().toDouble()); });
    connect(replay, &Replay::changed, this, &ReplayBar::refresh);
    connect(replay, &Replay::playingChanged, this, &ReplayBar::refresh);
    refresh();
}

void ReplayBar::refresh()
{
    m_play->setText(m_replay->playing() ? tr("Pause") : tr("Play"));
    const qint64 end = m_replay->end();
    if (!m_slider->isSliderDown()) {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(end > 0 ? int(1000.0 * double(m_replay->playHead()) / double(end) + 0.5) : 1000);
    }
    m_time->setText(tr("%1 / %2").arg(TimeAxis::formatDuration(m_replay->playHead()), TimeAxis::formatDuration(end)));
}

} // namespace conlab
