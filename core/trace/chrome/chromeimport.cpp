#include "chromeimport.h"

#include <QCoreApplication>

#include <algorithm>

namespace conlab {

namespace {

QString fromUtf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace

struct ChromeImport::Thread
{
    qint64 pid = 0;
    qint64 tid = 0;
    QString name;
    qint64 sortIndex = 0;
    std::vector<Span> spans;
    std::vector<Span> open; // B events waiting for their E, innermost last
    std::vector<Event> events;
};

ChromeImport::ChromeImport(ChromeEventParser &parser)
    : m_parser(parser), m_trace(std::make_unique<Trace>()), m_labels(m_trace->strings())
{}

ChromeImport::~ChromeImport() = default;

bool ChromeImport::fail(const ChromeEvent &e, const QString &message)
{
    return m_parser.failAt(e.offset, message);
}

ChromeImport::Thread &ChromeImport::thread(qint64 pid, qint64 tid)
{
    if (m_lastThread && m_lastThread->pid == pid && m_lastThread->tid == tid)
        return *m_lastThread;
    Thread *&t = m_byIds[{pid, tid}];
    if (!t) {
        m_threads.push_back(std::make_unique<Thread>());
        t = m_threads.back().get();
        t->pid = pid;
        t->tid = tid;
        m_processes.try_emplace(pid);
    }
    m_lastThread = t;
    return *t;
}

bool ChromeImport::metadata(const ChromeEvent &e)
{
    const ChromeArg *name = e.arg("name");
    const ChromeArg *sortIndex = e.arg("sort_index");
    const bool haveName = name && name->kind == ChromeArg::String;
    const bool haveIndex = sortIndex && sortIndex->kind == ChromeArg::Number;
    if (e.name == "process_name" && haveName)
        m_processes[e.pid].name = fromUtf8(name->text);
    else if (e.name == "process_sort_index" && haveIndex)
        m_processes[e.pid].sortIndex = qint64(sortIndex->number);
    else if (e.name == "thread_name" && haveName)
        thread(e.pid, e.tid).name = fromUtf8(name->text);
    else if (e.name == "thread_sort_index" && haveIndex)
        thread(e.pid, e.tid).sortIndex = qint64(sortIndex->number);
    return true; // other metadata (labels, sampling rates …) shows nowhere here
}

ChromeImport::Span ChromeImport::makeSpan(const ChromeEvent &e, qint64 end)
{
    Span s;
    s.begin = e.ts;
    s.end = end;
    // A span named like one of our states shows as that state; any other as Running, named.
    if (!stateFromName(e.name, &s.state)) {
        s.state = State::Running;
        s.label = m_labels.id(e.name);
    }
    return s;
}

bool ChromeImport::span(const ChromeEvent &e, Thread &t)
{
    if (e.ph == 'X') {
        qint64 dur = 0;
        if (e.hasDur && !m_parser.micros(e.dur, "dur", &dur))
            return false;
        if (dur < 0)
            return fail(e, QCoreApplication::translate("ChromeReader", "dur is negative"));
        t.spans.push_back(makeSpan(e, e.ts + dur));
        m_lastTime = std::max(m_lastTime, e.ts + dur);
        return true;
    }
    if (e.ph == 'B') {
        t.open.push_back(makeSpan(e, e.ts));
        return true;
    }
    if (t.open.empty())
        return fail(e, QCoreApplication::translate("ChromeReader", "E with no open B on pid %1 tid %2").arg(e.pid).arg(e.tid));
    Span s = t.open.back();
    t.open.pop_back();
    if (e.ts < s.begin)
        return fail(e, QCoreApplication::translate("ChromeReader", "E is earlier than its B (pid %1 tid %2)").arg(e.pid).arg(e.tid));
    s.end = e.ts;
    t.spans.push_back(s);
    return true;
}

// One counter event can carry several series (args keys): each becomes a counter of its own.
void ChromeImport::counter(const ChromeEvent &e, Thread &t)
{
    int numbers = 0;
    for (int i = 0; i < e.argCount; ++i)
        numbers += e.args[i].kind == ChromeArg::Number;
    for (int i = 0; i < e.argCount; ++i) {
        const ChromeArg &a = e.args[i];
        if (a.kind != ChromeArg::Number)
            continue;
        int label;
        if (numbers == 1 && !e.name.empty())
            label = m_labels.id(e.name);
        else if (e.name.empty())
            label = m_labels.id(a.key);
        else
            label = seriesLabel(e.name, a.key);
        t.events.push_back(Event::make(e.ts, 0, EventType::Counter, label, 0, a.number));
    }
}

// Flow and async ids are numbers or strings, scoped by category: each distinct one gets a
// small number of its own.
int ChromeImport::idFor(std::unordered_map<std::string, int> &ids, const ChromeEvent &e)
{
    std::string key(e.cat);
    key.push_back('\x1f');
    key.append(e.id);
    return ids.try_emplace(std::move(key), int(ids.size())).first->second;
}

int ChromeImport::seriesLabel(std::string_view name, std::string_view key)
{
    std::string both(name);
    both.push_back('\x1f');
    both.append(key);
    auto it = m_seriesIds.find(both);
    if (it == m_seriesIds.end()) {
        const int id = m_trace->strings().intern(fromUtf8(name) + QLatin1Char(' ') + fromUtf8(key));
        it = m_seriesIds.emplace(std::move(both), id).first;
    }
    return it->second;
}

bool ChromeImport::add(const ChromeEvent &e)
{
    if (e.ph == 0)
        return fail(e, QCoreApplication::translate("ChromeReader", "no ph (phase)"));
    if (e.ph == 'M')
        return metadata(e);
    static constexpr std::string_view kShown = "XBEiICbestf";
    if (kShown.find(e.ph) == std::string_view::npos) {
        ++m_skipped;
        ++m_skippedByPhase[e.ph];
        return true;
    }
    if (!e.hasTs)
        return fail(e, QCoreApplication::translate("ChromeReader", "no ts"));
    m_first = std::min(m_first, e.ts);
    m_lastTime = std::max(m_lastTime, e.ts);
    Thread &t = thread(e.pid, e.tid);
    switch (e.ph) {
    case 'X':
    case 'B':
    case 'E':
        return span(e, t);
    case 'i':
    case 'I':
        t.events.push_back(Event::make(e.ts, 0, EventType::Mark, m_labels.id(e.name), int(MarkKind::Note)));
        return true;
    case 'C':
        counter(e, t);
        return true;
    case 'b':
    case 'e': {
        if (!e.hasId)
            return fail(e, QCoreApplication::translate("ChromeReader", "async '%1' event without an id").arg(QLatin1Char(e.ph)));
        const auto type = e.ph == 'b' ? EventType::HoldBegin : EventType::HoldEnd;
        t.events.push_back(Event::make(e.ts, 0, type, m_labels.id(e.name), idFor(m_asyncIds, e)));
        return true;
    }
    default: // s, t, f
        if (!e.hasId)
            return fail(e, QCoreApplication::translate("ChromeReader", "flow '%1' event without an id").arg(QLatin1Char(e.ph)));
        const int flow = idFor(m_flowIds, e);
        const int label = m_labels.id(e.name);
        if (e.ph != 's')
            t.events.push_back(Event::make(e.ts, 0, EventType::FlowIn, label, flow));
        if (e.ph != 'f')
            t.events.push_back(Event::make(e.ts, 0, EventType::FlowOut, label, flow));
        return true;
    }
}

// Spans nest (or, written carelessly, overlap): the lane shows the innermost one open, and
// Idle between spans. Sorted by start, longest first, a stack of open spans gives that order.
void ChromeImport::flatten(Thread &t, std::vector<Event> &out) const
{
    std::stable_sort(t.spans.begin(), t.spans.end(), [](const Span &a, const Span &b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
    std::vector<const Span *> stack;
    auto closeUntil = [&](qint64 t) {
        while (!stack.empty() && stack.back()->end <= t) {
            const qint64 end = stack.back()->end;
            stack.pop_back();
            while (!stack.empty() && stack.back()->end <= end) // overlapped spans that ended under it
                stack.pop_back();
            if (stack.empty())
                out.push_back(Event::makeState(end, 0, State::Idle));
            else
                out.push_back(Event::makeState(end, 0, stack.back()->state, stack.back()->label));
        }
    };
    for (const Span &s : t.spans) {
        closeUntil(s.begin);
        stack.push_back(&s);
        out.push_back(Event::makeState(s.begin, 0, s.state, s.label));
    }
    closeUntil(std::numeric_limits<qint64>::max());
}

QString ChromeImport::laneName(const Thread &t, bool severalProcesses) const
{
    const Process &p = m_processes.at(t.pid);
    QString name = t.name;
    if (name.isEmpty())
        name = t.tid == t.pid && !p.name.isEmpty() ? p.name : QCoreApplication::translate("ChromeReader", "tid %1").arg(t.tid);
    if (severalProcesses && name != p.name)
        name = (p.name.isEmpty() ? QCoreApplication::translate("ChromeReader", "pid %1").arg(t.pid) : p.name) + QStringLiteral(": ") + name;
    return name;
}

Trace ChromeImport::finish()
{
    std::vector<Thread *> order;
    for (auto &t : m_threads)
        order.push_back(t.get());
    std::stable_sort(order.begin(), order.end(), [this](const Thread *a, const Thread *b) {
        const Process &pa = m_processes.at(a->pid), &pb = m_processes.at(b->pid);
        return std::tie(pa.sortIndex, a->pid, a->sortIndex, a->tid) <
               std::tie(pb.sortIndex, b->pid, b->sortIndex, b->tid);
    });
    const qint64 origin = m_first == std::numeric_limits<qint64>::max() ? 0 : m_first;
    const qint64 end = std::max(m_lastTime, origin);
    const bool severalProcesses = m_processes.size() > 1;
    for (size_t i = 0; i < order.size(); ++i) {
        Thread &t = *order[i];
        for (Span s : t.open) { // B without its E: the span lasts to the end of the trace
            s.end = end;
            t.spans.push_back(s);
            ++m_unclosed;
        }
        Lane lane;
        lane.id = int(i);
        lane.kind = t.tid == t.pid ? LaneKind::Main : LaneKind::Thread;
        lane.name = laneName(t, severalProcesses);
        lane.pid = t.pid;
        lane.tid = t.tid;
        m_trace->setLane(lane);
        std::vector<Event> events;
        events.reserve(t.spans.size() * 2 + t.events.size());
        flatten(t, events);
        events.insert(events.end(), t.events.begin(), t.events.end());
        for (Event &e : events)
            e.t -= origin;
        t.events = {};
        m_trace->setEvents(lane.id, std::move(events));
    }
    m_trace->setEndTime(end - origin);
    m_trace->wallNs = end - origin;
    return std::move(*m_trace);
}

QString ChromeImport::skippedPhases() const
{
    QStringList parts;
    for (const auto &[phase, count] : m_skippedByPhase)
        parts << QStringLiteral("%1 ×%2")
                     .arg(phase == '?' ? QStringLiteral("(long name)") : QString(QLatin1Char(phase)))
                     .arg(count);
    return parts.join(QStringLiteral(", "));
}

} // namespace conlab
