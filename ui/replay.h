#pragma once

#include "trace/trace.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace conlab {

// Plays a finished (or opened) run back: `trace()` holds exactly the source's events with
// time <= the play head, so a view of it shows the run as it stood at that moment. Moving
// forward appends what the play head passes; moving back starts again from the beginning.
// Captions come and go with the play head too, as subtitles: a note about a moment shows once
// the replay has reached it, never over lanes that have not got there yet.
class Replay : public QObject
{
    Q_OBJECT

public:
    explicit Replay(QObject *parent = nullptr);

    // The run to play back (not owned; must outlive its use). nullptr: nothing.
    void setSource(const Trace *source);
    const Trace *source() const { return m_source; }
    const Trace &trace() const { return m_trace; }
    qint64 playHead() const { return m_at; }
    qint64 end() const { return m_source ? m_source->endTime() : 0; }
    bool atEnd() const { return !m_source || m_at >= end(); }

    void seek(qint64 t);
    void nextEvent();     // to the next moment something happens ('.')
    void previousEvent(); // to the one before ('，')
    void play();
    void pause();
    bool playing() const { return m_timer.isActive(); }
    void setSpeed(double speed) { m_speed = speed; } // run time per real time
    double speed() const { return m_speed; }
    // The source's captions were edited: the copy shows them as they are now.
    void captionsChanged();

signals:
    void changed();
    void playingChanged(bool playing);

private:
    void rebuild();
    void advance();
    void showCaptions();

    const Trace *m_source = nullptr;
    Trace m_trace;
    std::vector<size_t> m_next; // per lane: index of the first source event not yet in m_trace
    qint64 m_at = 0;
    double m_speed = 1.0;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_playFrom = 0;
};

// The replay's controls under the timeline: play/pause, a scrubber, the time, the speed.
class ReplayBar : public QWidget
{
    Q_OBJECT

public:
    explicit ReplayBar(Replay *replay, QWidget *parent = nullptr);
    QSlider *scrubber() const { return m_slider; }

private:
    void refresh();

    Replay *m_replay;
    QToolButton *m_play;
    QSlider *m_slider;
    QLabel *m_time;
    QComboBox *m_speed;
};

} // namespace conlab
