#include "conlabimport.h"

#include "jsonnumber.h"

#include <QCoreApplication>

#include <limits>

namespace conlab {

namespace {

// No event of ours is shorter than 16 bytes of JSON: lane sizes adding up to more than that
// allows are not believed (they would reserve memory the file cannot fill).
constexpr size_t kMinEventBytes = 16;

} // namespace

ConlabImport::ConlabImport(ChromeEventParser &parser, ConlabHeader header, size_t eventBytes)
    : m_parser(parser), m_header(std::move(header)), m_labels(m_header.trace->strings()),
      m_events(m_header.trace->lanes().size())
{
    size_t total = 0;
    for (size_t n : m_header.laneEvents)
        total += n;
    if (total > eventBytes / kMinEventBytes)
        return;
    for (size_t lane = 0; lane < m_events.size() && lane < m_header.laneEvents.size(); ++lane)
        m_events[lane].reserve(m_header.laneEvents[lane]);
}

bool ConlabImport::fail(const ChromeEvent &e, const QString &message)
{
    return m_parser.failAt(e.offset, message);
}

int ConlabImport::laneOf(const ChromeEvent &e)
{
    // The writer puts a lane's events together: the last lane found is almost always it.
    if (e.pid == m_lastPid && e.tid == m_lastTid)
        return m_lastLane;
    const auto it = m_header.laneIds.find({e.pid, e.tid});
    if (it == m_header.laneIds.end())
        return -1;
    m_lastPid = e.pid;
    m_lastTid = e.tid;
    m_lastLane = it->second;
    return m_lastLane;
}

bool ConlabImport::smallInt(const ChromeEvent &e, qint64 v, const char *what, qint32 *out)
{
    if (v < std::numeric_limits<qint32>::min() || v > std::numeric_limits<qint32>::max())
        return fail(e, QCoreApplication::translate("ChromeReader", "%1 %2 is out of range").arg(QString::fromLatin1(what)).arg(v));
    *out = qint32(v);
    return true;
}

bool ConlabImport::add(const ChromeEvent &e)
{
    if (e.ph == 'M')
        return true; // names and sort order: the lanes say it all
    Event ev;
    switch (e.ph) {
    case 'X':
        ev.type = EventType::State;
        if (!stateFromName(e.name, &ev.state))
            return fail(e, QCoreApplication::translate("ChromeReader", "'%1' is not a state").arg(quotedForMessage(e.name)));
        if (const ChromeArg *label = e.arg("label"); label && label->kind == ChromeArg::String)
            ev.label = m_labels.id(label->text);
        break;
    case 'i':
        ev.label = m_labels.id(e.name);
        if (e.cat == "step") {
            ev.type = EventType::Step;
            const ChromeArg *line = e.arg("line");
            qint64 number = 0;
            if (!line || line->kind != ChromeArg::Number || parseInteger(line->text, &number) != NumberStatus::Ok)
                return fail(e, QCoreApplication::translate("ChromeReader", "a step without a whole line number"));
            if (!smallInt(e, number, "line", &ev.aux))
                return false;
        } else {
            ev.type = EventType::Mark;
            ev.aux = int(e.cat == "output" ? MarkKind::Output : e.cat == "result" ? MarkKind::Result : MarkKind::Note);
        }
        break;
    case 'C':
        ev.type = EventType::Counter;
        ev.label = m_labels.id(e.name);
        if (const ChromeArg *value = e.arg("value"); value && value->kind == ChromeArg::Number)
            ev.value = value->number;
        break;
    case 'b':
    case 'e':
    case 's':
    case 'f':
        ev.type = e.ph == 'b'   ? EventType::HoldBegin
                  : e.ph == 'e' ? EventType::HoldEnd
                  : e.ph == 's' ? EventType::FlowOut
                                : EventType::FlowIn;
        ev.label = m_labels.id(e.name);
        if (!e.idIsNumber)
            return fail(e, QCoreApplication::translate("ChromeReader", "'%1' event without a numeric id").arg(QLatin1Char(e.ph)));
        if (!smallInt(e, e.idNumber, "id", &ev.aux))
            return false;
        break;
    default:
        ++m_skipped;
        return true;
    }
    if (!e.hasTs)
        return fail(e, QCoreApplication::translate("ChromeReader", "no ts"));
    ev.t = e.ts;
    ev.lane = laneOf(e);
    if (ev.lane < 0)
        return fail(e, QCoreApplication::translate("ChromeReader", "pid %1 tid %2 is not one of the lanes in conlab.lanes").arg(e.pid).arg(e.tid));
    m_events[size_t(ev.lane)].push_back(ev);
    return true;
}

// With the lane sizes the writer recorded, each lane's vector was reserved at exactly its size:
// the Trace holds 32 bytes per event and nothing was copied or grown on the way.
Trace ConlabImport::finish()
{
    Trace &trace = *m_header.trace;
    for (size_t lane = 0; lane < m_events.size(); ++lane)
        trace.setEvents(int(lane), std::move(m_events[lane]));
    trace.setEndTime(m_header.endNs);
    return std::move(trace);
}

} // namespace conlab
