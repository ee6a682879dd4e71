#pragma once

#include <QObject>

namespace conlab {

// The one place that knows which stretch of time is on screen and how far the rows are
// scrolled. While a run is live and the user has not moved the view, it follows "now":
// the whole run so far stays in view, with room for what is expected to come.
class TimelineViewport : public QObject
{
    Q_OBJECT

public:
    explicit TimelineViewport(QObject *parent = nullptr);

    qint64 from() const { return m_from; }
    qint64 to() const { return m_to; }
    qint64 span() const { return m_to - m_from; }
    qreal scrollY() const { return m_scrollY; }
    bool following() const { return m_following; }

    // The trace grew (or a new one came): `end` is its end, `expectedEnd` how long the run
    // should take (0 if unknown). Keeps following if the view follows.
    void setExtent(qint64 end, qint64 expectedEnd);
    void setLive(bool live);
    bool live() const { return m_live; }

    void setRange(qint64 from, qint64 to);   // the user chose a range: stop following
    void zoom(double factor, qint64 anchor); // factor > 1 zooms in, anchor stays put
    void pan(qint64 dt);
    void fit();                              // whole run; follows again while live
    void setScrollY(qreal y, qreal maxY);

    static constexpr qint64 kMinSpan = 2'000; // 2 µs across the plot is as far as zoom goes

signals:
    void changed();

private:
    void apply(qint64 from, qint64 to);
    qint64 fitEnd() const;

    qint64 m_from = 0;
    qint64 m_to = 1'000'000'000;
    qint64 m_end = 0;
    qint64 m_expectedEnd = 0;
    qreal m_scrollY = 0;
    bool m_following = true;
    bool m_live = false;
};

} // namespace conlab
