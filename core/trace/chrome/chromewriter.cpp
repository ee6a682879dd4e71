#include "chromewriter.h"

#include "jsonout.h"
#include "trace/savefile.h"

#include <QBuffer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <set>

namespace conlab {

namespace {

struct LaneIds
{
    qint64 pid = 0;
    qint64 tid = 0;
    JsonOut::Padded json; // ,"pid":P,"tid":T — formatted once per lane, not per event
};

// Chrome identifies a lane by (pid, tid). Real ids where they are unique; a coroutine (no
// thread of its own) or a reused tid gets a synthetic one.
std::vector<LaneIds> chromeIds(const Trace &trace)
{
    std::vector<LaneIds> ids(trace.lanes().size());
    std::set<std::pair<qint64, qint64>> used;
    for (const Lane &lane : trace.lanes()) {
        LaneIds id{lane.pid > 0 ? lane.pid : 1, lane.tid, {}};
        if (id.tid <= 0 || used.count({id.pid, id.tid}))
            id.tid = 1'000'000'000 + lane.id;
        used.insert({id.pid, id.tid});
        id.json = JsonOut::padded(",\"pid\":" + std::to_string(id.pid) + ",\"tid\":" + std::to_string(id.tid));
        ids[size_t(lane.id)] = id;
    }
    return ids;
}

const char *markCategory(int kind)
{
    switch (MarkKind(kind)) {
    case MarkKind::Output:
        return "output";
    case MarkKind::Result:
        return "result";
    case MarkKind::Note:
        break;
    }
    return "mark";
}

class EventWriter
{
public:
    EventWriter(const Trace &trace, JsonOut &out)
        : m_trace(trace)
        , m_out(out)
        , m_ids(chromeIds(trace))
    {
        const QStringList all = trace.strings().all();
        m_labels.reserve(size_t(all.size()));
        for (const QString &s : all)
            m_labels.push_back(JsonOut::padded(JsonOut::quoted(s)));
    }

    void metadata()
    {
        std::set<qint64> pids;
        for (const Lane &lane : m_trace.lanes()) {
            const LaneIds &id = m_ids[size_t(lane.id)];
            if (pids.insert(id.pid).second) {
                begin("{\"ph\":\"M\"", id);
                m_out.raw(",\"name\":\"process_name\",\"args\":{\"name\":");
                m_out.string(processName(lane));
                m_out.raw("}}");
                begin("{\"ph\":\"M\"", id);
                m_out.raw(",\"name\":\"process_sort_index\",\"args\":{\"sort_index\":");
                m_out.integer(lane.id);
                m_out.raw("}}");
            }
            begin("{\"ph\":\"M\"", id);
            m_out.raw(",\"name\":\"thread_name\",\"args\":{\"name\":");
            m_out.string(lane.name);
            m_out.raw("}}");
            begin("{\"ph\":\"M\"", id);
            m_out.raw(",\"name\":\"thread_sort_index\",\"args\":{\"sort_index\":");
            m_out.integer(lane.id);
            m_out.raw("}}");
        }
    }

    void lane(const Lane &lane)
    {
        const LaneIds &id = m_ids[size_t(lane.id)];
        const auto &events = m_trace.events(lane.id);
        const size_t n = events.size();
        size_t next = 0; // the first State event after the current position
        for (size_t i = 0; i < n; ++i) {
            const Event &e = events[i];
            if (e.type == EventType::State) {
                // Each span is written where its State event is, so the file keeps the lane's
                // order and a reader rebuilds the same events. A span lasts until the next state.
                for (next = std::max(next, i + 1); next < n && events[next].type != EventType::State;)
                    ++next;
                span(e, next < n ? events[next].t : std::max(e.t, m_trace.endTime()), id);
                continue;
            }
            switch (e.type) {
            case EventType::Mark:
                instant(e, markCategory(e.aux), id);
                m_out.raw("}");
                break;
            case EventType::Step:
                instant(e, "step", id);
                m_out.raw(",\"args\":{\"line\":");
                m_out.integer(e.aux);
                m_out.raw("}}");
                break;
            case EventType::Counter:
                begin("{\"ph\":\"C\"", id);
                m_out.raw(",\"ts\":");
                m_out.micros(e.t);
                m_out.raw(",\"name\":");
                label(e.label);
                m_out.raw(",\"args\":{\"value\":");
                m_out.number(e.value);
                m_out.raw("}}");
                break;
            case EventType::HoldBegin:
                begin("{\"ph\":\"b\"", id);
                withId(e, ",\"cat\":\"lock\",\"ts\":");
                break;
            case EventType::HoldEnd:
                begin("{\"ph\":\"e\"", id);
                withId(e, ",\"cat\":\"lock\",\"ts\":");
                break;
            case EventType::FlowOut:
                begin("{\"ph\":\"s\"", id);
                withId(e, ",\"cat\":\"flow\",\"ts\":");
                break;
            case EventType::FlowIn:
                begin("{\"ph\":\"f\"", id);
                // The arrow's head binds to the span it lands in, not the next one.
                withId(e, ",\"cat\":\"flow\",\"ts\":", ",\"bp\":\"e\"");
                break;
            case EventType::State:
                break;
            }
        }
    }

private:
    QString processName(const Lane &lane) const
    {
        if (lane.kind == LaneKind::Process)
            return lane.name + QStringLiteral(" (pid ") + QString::number(lane.pid) + QLatin1Char(')');
        return QStringLiteral("concurrency-lab (pid ") + QString::number(lane.pid) + QLatin1Char(')');
    }

    // `head` is the opening up to the phase, e.g. {"ph":"X"
    template<size_t N>
    void begin(const char (&head)[N], const LaneIds &id)
    {
        m_out.separator();
        m_out.raw(head);
        m_out.raw(id.json);
    }

    // The ends of a lock band (b/e, the lock as id) and of a flow (s/f, the arrow as id) are one
    // shape after their phase: category, time, id, name. `extra` goes before the name.
    template <size_t N, size_t M = 1>
    void withId(const Event &e, const char (&catAndTs)[N], const char (&extra)[M] = "")
    {
        m_out.raw(catAndTs);
        m_out.micros(e.t);
        m_out.raw(",\"id\":");
        m_out.integer(e.aux);
        if constexpr (M > 1)
            m_out.raw(extra);
        m_out.raw(",\"name\":");
        label(e.label);
        m_out.raw("}");
    }

    void label(int id)
    {
        if (id >= 0 && size_t(id) < m_labels.size())
            m_out.raw(m_labels[size_t(id)]);
        else
            m_out.raw("\"\"");
    }

    void instant(const Event &e, const char *cat, const LaneIds &id)
    {
        begin("{\"ph\":\"i\"", id);
        m_out.raw(",\"s\":\"t\",\"cat\":\"");
        m_out.rawz(cat);
        m_out.raw("\",\"ts\":");
        m_out.micros(e.t);
        m_out.raw(",\"name\":");
        label(e.label);
    }

    void span(const Event &s, qint64 end, const LaneIds &id)
    {
        begin("{\"ph\":\"X\"", id);
        m_out.raw(",\"cat\":\"state\",\"ts\":");
        m_out.micros(s.t);
        m_out.raw(",\"dur\":");
        m_out.micros(end - s.t);
        m_out.raw(",\"name\":\"");
        m_out.rawz(stateName(s.state));
        m_out.raw("\"");
        if (s.label >= 0) {
            m_out.raw(",\"args\":{\"label\":");
            label(s.label);
            m_out.raw("}");
        }
        m_out.raw("}");
    }

    const Trace &m_trace;
    JsonOut &m_out;
    std::vector<LaneIds> m_ids;
    std::vector<JsonOut::Padded> m_labels;
};

// Only a run with captions has the field: a run without any is saved as it was before captions
// existed, byte for byte. The format number stays 1 because the field is optional: a reader that
// does not know it skips it (as ours skips unknown conlab fields) and still shows the whole run.
void writeCaptions(const Trace &trace, JsonOut &out)
{
    if (trace.captions.empty())
        return;
    out.raw(",\"captions\":[");
    for (size_t i = 0; i < trace.captions.size(); ++i) {
        const Caption &c = trace.captions[i];
        if (i)
            out.raw(",");
        out.raw("{\"lane\":");
        out.integer(c.lane);
        out.raw(",\"t\":");
        out.integer(c.t);
        out.raw(",\"text\":");
        out.string(c.text);
        out.raw("}");
    }
    out.raw("]");
}

void writeConlab(const Trace &trace, JsonOut &out)
{
    const auto ids = chromeIds(trace);
    out.raw("\"conlab\":{\"format\":1,\"scenario\":");
    out.string(trace.scenario);
    out.raw(",\"variant\":");
    out.string(trace.variant);
    out.raw(",\"wall_ns\":");
    out.integer(trace.wallNs);
    out.raw(",\"ideal_ns\":");
    out.integer(trace.idealNs);
    out.raw(",\"end_ns\":");
    out.integer(trace.endTime());
    // Parameters and results are small and of open shape: Qt's JSON is fine for them.
    out.raw(",\"parameters\":");
    out.raw(QJsonDocument(QJsonObject::fromVariantMap(trace.parameters)).toJson(QJsonDocument::Compact).toStdString());
    out.raw(",\"results\":");
    out.raw(QJsonDocument(QJsonObject::fromVariantMap(trace.results)).toJson(QJsonDocument::Compact).toStdString());
    out.raw(",\"schedule\":[");
    for (int i = 0; i < trace.schedule.size(); ++i) {
        if (i)
            out.raw(",");
        out.integer(trace.schedule[i]);
    }
    out.raw("],\"lanes\":[");
    for (const Lane &lane : trace.lanes()) {
        if (lane.id)
            out.raw(",");
        out.raw("{\"id\":");
        out.integer(lane.id);
        out.raw(",\"kind\":\"");
        out.rawz(laneKindName(lane.kind));
        out.raw("\",\"name\":");
        out.string(lane.name);
        out.raw(",\"pid\":");
        out.integer(lane.pid);
        out.raw(",\"ppid\":");
        out.integer(lane.ppid);
        out.raw(",\"tid\":");
        out.integer(lane.tid);
        out.raw(",\"parent\":");
        out.integer(lane.parent);
        out.raw(",\"chrome_pid\":");
        out.integer(ids[size_t(lane.id)].pid);
        out.raw(",\"chrome_tid\":");
        out.integer(ids[size_t(lane.id)].tid);
        // How many trace events are the lane's (one per Trace event): a reader sizes its storage
        // from it instead of growing it as the events come.
        out.raw(",\"events\":");
        out.integer(qint64(trace.events(lane.id).size()));
        out.raw("}");
    }
    out.raw("]");
    writeCaptions(trace, out);
    out.raw("}");
}

} // namespace

bool ChromeWriter::write(const Trace &trace, QIODevice &device)
{
    JsonOut out(device);
    out.raw("{\"displayTimeUnit\":\"ms\",\"traceEvents\":[");
    EventWriter events(trace, out);
    events.metadata();
    for (const Lane &lane : trace.lanes())
        events.lane(lane);
    out.raw("],");
    writeConlab(trace, out);
    out.raw("}\n");
    if (!out.finish()) {
        m_error = device.errorString();
        return false;
    }
    return true;
}

QByteArray toChromeJson(const Trace &trace)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    ChromeWriter().write(trace, buffer);
    return bytes;
}

QString saveChromeTrace(const Trace &trace, const QString &path)
{
    return saveFile(path, [&](QIODevice &out, QString *why) {
        ChromeWriter writer;
        if (writer.write(trace, out))
            return true;
        *why = writer.errorString();
        return false;
    });
}

} // namespace conlab
