#pragma once

// Internal to the trace reader.
#include "chromeevent.h"
#include "labelcache.h"
#include "trace/trace.h"

#include <limits>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace conlab {

// Turns a trace written by another tool into lanes and events: one lane per (pid, tid);
// `X` and `B`/`E` spans, which nest, flattened into the lane's states (the innermost span
// shows); `i`/`I` as marks, `C` as counters, `s`/`t`/`f` as flows, async `b`/`e` as hold bands;
// `M` names and sort order. Phases it does not show are skipped and counted. Times are moved so
// the earliest event is at 0.
class ChromeImport
{
public:
    explicit ChromeImport(ChromeEventParser &parser);
    ~ChromeImport();

    bool add(const ChromeEvent &e);
    Trace finish();

    qint64 skipped() const { return m_skipped; }
    QString skippedPhases() const; // "P ×12, O ×2"
    qint64 unclosedSpans() const { return m_unclosed; }

private:
    struct Span
    {
        qint64 begin = 0;
        qint64 end = 0;
        int label = -1;
        State state = State::Running;
    };
    struct Thread;
    struct Process
    {
        QString name;
        qint64 sortIndex = 0;
    };

    Thread &thread(qint64 pid, qint64 tid);
    bool metadata(const ChromeEvent &e);
    bool span(const ChromeEvent &e, Thread &t);
    void counter(const ChromeEvent &e, Thread &t);
    int idFor(std::unordered_map<std::string, int> &ids, const ChromeEvent &e);
    int seriesLabel(std::string_view name, std::string_view key);
    Span makeSpan(const ChromeEvent &e, qint64 end);
    bool fail(const ChromeEvent &e, const QString &message);
    void flatten(Thread &t, std::vector<Event> &out) const;
    QString laneName(const Thread &t, bool severalProcesses) const;

    ChromeEventParser &m_parser;
    std::unique_ptr<Trace> m_trace;
    LabelCache m_labels;
    std::vector<std::unique_ptr<Thread>> m_threads;
    std::map<std::pair<qint64, qint64>, Thread *> m_byIds;
    std::map<qint64, Process> m_processes;
    Thread *m_lastThread = nullptr;
    std::unordered_map<std::string, int> m_flowIds, m_asyncIds, m_seriesIds;
    std::map<char, qint64> m_skippedByPhase;
    qint64 m_skipped = 0;
    qint64 m_unclosed = 0;
    qint64 m_first = std::numeric_limits<qint64>::max();
    qint64 m_lastTime = std::numeric_limits<qint64>::min();
};

} // namespace conlab
