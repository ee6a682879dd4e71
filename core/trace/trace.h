#pragma once

#include "caption.h"
#include "event.h"
#include "lane.h"
#include "stringtable.h"

#include <QString>
#include <QVariantMap>

#include <memory>
#include <span>
#include <vector>

namespace conlab {

// A whole run as data: lanes, per-lane time-ordered events, labels, parameters, results, and
// the captions a user added.
// Built by draining a Recorder (live) or by reading a file; read by painters and writers.
class Trace
{
public:
    Trace();
    explicit Trace(std::shared_ptr<StringTable> strings);

    // Adds or replaces a lane (by id); lanes with higher ids than known grow the table.
    void setLane(const Lane &lane);
    // Events may arrive out of order across lanes; within a lane they are kept sorted by time
    // (stable, so events with equal times keep their recorded order).
    void append(const Event &e);
    void append(std::span<const Event> events);
    // Bulk load: the lane's events become `events`, sorted by time (stably) if they are not,
    // holding no more memory than they need.
    void setEvents(int lane, std::vector<Event> events);
    // Gives back what the per-lane vectors reserved beyond their events (after a live run,
    // whose vectors grew by doubling).
    void squeeze();
    // Bytes the events occupy, reserve included.
    size_t eventBytes() const;

    const std::vector<Lane> &lanes() const { return m_lanes; }
    const Lane *lane(int id) const;
    const std::vector<Event> &events(int lane) const;
    // Events of `lane` with from <= t < to.
    std::span<const Event> range(int lane, qint64 from, qint64 to) const;
    // Index of the last event of `lane` at or before t (-1 if none).
    int lastAtOrBefore(int lane, qint64 t) const;
    size_t eventCount() const { return m_eventCount; }
    qint64 endTime() const { return m_end; }
    void setEndTime(qint64 t);

    StringTable &strings() { return *m_strings; }
    const StringTable &strings() const { return *m_strings; }
    std::shared_ptr<StringTable> sharedStrings() const { return m_strings; }
    QString label(int id) const { return m_strings->at(id); }

    QString scenario;
    QString variant;
    QVariantMap parameters;
    QVariantMap results;
    QList<int> schedule; // the steps' lane numbers, in the order they were taken
    std::vector<Caption> captions; // the user's notes on the run, in time order
    qint64 wallNs = 0;
    qint64 idealNs = -1; // -1: the scenario has no ideal

private:
    std::shared_ptr<StringTable> m_strings;
    std::vector<Lane> m_lanes;
    void growAhead(size_t batchEvents);

    std::vector<std::vector<Event>> m_events;
    size_t m_growCursor = 0;
    size_t m_eventCount = 0;
    qint64 m_end = 0;
};

} // namespace conlab
