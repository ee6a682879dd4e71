#include "conlabheader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace conlab {

namespace {

QString fromUtf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

constexpr int kMaxLanes = 65536;

class ConlabHeaderReader
{
public:
    ConlabHeaderReader(ChromeEventParser &parser, ConlabHeader &out) : m_parser(parser), m_out(out) {}

    bool readHeader(od::value &conlab);

private:
    struct LaneExtras
    {
        qint64 id = -1, parent = -1, chromePid = 0, chromeTid = 0, events = 0;
        bool haveChromePid = false, haveChromeTid = false;
    };
    bool field(std::string_view key, od::value &v, const char *at);
    bool readMap(od::value &v, const char *what, QVariantMap *out);
    bool openArray(od::value &v, const char *notArray, od::array *array, std::string_view *start);
    template <class Item>
    bool forEachItem(od::value &v, const char *notArray, Item &&item);
    template <class Field>
    bool forEachField(od::object &object, const char *at, Field &&field);
    bool readSchedule(od::value &v);
    bool readLanes(od::value &v);
    bool readLane(od::value &v);
    bool laneField(std::string_view key, od::value &v, Lane &lane, LaneExtras &extra);
    bool readCaptions(od::value &v);
    bool readCaption(od::value &v);
    bool captionsOnKnownLanes();

    ChromeEventParser &m_parser;
    ConlabHeader &m_out;
    std::vector<bool> m_known; // lane ids listed so far
    // Where each caption starts in the file: its lane is checked once every lane is known, since
    // a reformatted file may list the captions before the lanes.
    std::vector<qint64> m_captionOffsets;
    bool m_sawFormat = false;
};

bool ConlabHeaderReader::readHeader(od::value &conlab)
{
    std::string_view start;
    if (!m_parser.token(conlab, &start))
        return false;
    od::object object;
    if (auto error = conlab.get_object().get(object)) {
        if (error == simdjson::INCORRECT_TYPE)
            return m_parser.fail(start.data(), QCoreApplication::translate("ChromeReader", "conlab is not an object"));
        return m_parser.jsonError(error, start.data());
    }
    if (!forEachField(object, start.data(), [&](std::string_view key, od::value &v) { return field(key, v, start.data()); }))
        return false;
    if (!m_sawFormat)
        return m_parser.fail(start.data(), QCoreApplication::translate("ChromeReader", "conlab has no format number"));
    if (m_known.empty())
        return m_parser.fail(start.data(), QCoreApplication::translate("ChromeReader", "conlab lists no lanes"));
    return captionsOnKnownLanes();
}

bool ConlabHeaderReader::field(std::string_view key, od::value &v, const char *at)
{
    Trace &t = *m_out.trace;
    std::string_view text;
    qint64 number = 0;
    if (key == "format") {
        if (!m_parser.integer(v, "conlab.format", &number))
            return false;
        m_sawFormat = true;
        return number == 1 || m_parser.fail(at, QCoreApplication::translate("ChromeReader", "format %1 is not one this program reads (it reads 1)").arg(number));
    }
    if (key == "scenario" || key == "variant") {
        if (!m_parser.string(v, key == "scenario" ? "conlab.scenario" : "conlab.variant", &text))
            return false;
        (key == "scenario" ? t.scenario : t.variant) = fromUtf8(text);
        return true;
    }
    if (key == "wall_ns")
        return m_parser.integer(v, "conlab.wall_ns", &t.wallNs);
    if (key == "ideal_ns")
        return m_parser.integer(v, "conlab.ideal_ns", &t.idealNs);
    if (key == "end_ns")
        return m_parser.integer(v, "conlab.end_ns", &m_out.endNs);
    if (key == "parameters")
        return readMap(v, "conlab.parameters", &t.parameters);
    if (key == "results")
        return readMap(v, "conlab.results", &t.results);
    if (key == "schedule")
        return readSchedule(v);
    if (key == "lanes")
        return readLanes(v);
    if (key == "captions")
        return readCaptions(v);
    return true;
}

// Parameters and results are small and of open shape; Qt's JSON reads them as the writer wrote
// them, so they convert back to the same text.
bool ConlabHeaderReader::readMap(od::value &v, const char *what, QVariantMap *out)
{
    std::string_view start, raw;
    if (!m_parser.token(v, &start))
        return false;
    od::object object;
    if (auto error = v.get_object().get(object)) {
        if (error == simdjson::INCORRECT_TYPE)
            return m_parser.fail(start.data(), QCoreApplication::translate("ChromeReader", "%1 is not an object").arg(QString::fromLatin1(what)));
        return m_parser.jsonError(error, start.data());
    }
    if (auto error = object.raw_json().get(raw))
        return m_parser.jsonError(error, start.data());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(raw.data(), qsizetype(raw.size())), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return m_parser.failAt(m_parser.offsetOf(raw.data()) + parseError.offset,
                               QCoreApplication::translate("ChromeReader", "%1 is not JSON: %2").arg(QString::fromLatin1(what), parseError.errorString()));
    *out = doc.object().toVariantMap();
    return true;
}

// `v` as an array, and where it starts (for messages); `notArray` is the message (a text of the
// ChromeReader context) when it is something else.
bool ConlabHeaderReader::openArray(od::value &v, const char *notArray, od::array *array, std::string_view *start)
{
    if (!m_parser.token(v, start))
        return false;
    if (auto error = v.get_array().get(*array)) {
        if (error == simdjson::INCORRECT_TYPE)
            return m_parser.fail(start->data(), QCoreApplication::translate("ChromeReader", notArray));
        return m_parser.jsonError(error, start->data());
    }
    return true;
}

// Reads the array `v` one element at a time: `item(element, start)` with where the array starts
// (for messages); `notArray` as for openArray.
template <class Item>
bool ConlabHeaderReader::forEachItem(od::value &v, const char *notArray, Item &&item)
{
    std::string_view start;
    od::array array;
    if (!openArray(v, notArray, &array, &start))
        return false;
    for (auto result : array) {
        od::value element;
        if (auto error = std::move(result).get(element))
            return m_parser.jsonError(error, start.data());
        if (!item(element, start))
            return false;
    }
    return true;
}

// Reads an object one field at a time: `field(key, value)`; `at` is where it starts (for messages).
template <class Field>
bool ConlabHeaderReader::forEachField(od::object &object, const char *at, Field &&field)
{
    for (auto result : object) {
        od::field f;
        std::string_view key;
        if (auto error = std::move(result).get(f))
            return m_parser.jsonError(error, at);
        if (auto error = f.unescaped_key().get(key))
            return m_parser.jsonError(error, at);
        if (!field(key, f.value()))
            return false;
    }
    return true;
}

bool ConlabHeaderReader::readSchedule(od::value &v)
{
    m_out.trace->schedule.clear();
    return forEachItem(v, QT_TRANSLATE_NOOP("ChromeReader", "conlab.schedule is not an array"),
                       [&](od::value &item, std::string_view start) {
                           qint64 lane = 0;
                           if (!m_parser.integer(item, "a schedule entry", &lane))
                               return false;
                           if (lane < std::numeric_limits<int>::min() || lane > std::numeric_limits<int>::max())
                               return m_parser.fail(start.data(), QCoreApplication::translate("ChromeReader", "a schedule entry is out of range"));
                           m_out.trace->schedule.append(int(lane));
                           return true;
                       });
}

bool ConlabHeaderReader::readLanes(od::value &v)
{
    return forEachItem(v, QT_TRANSLATE_NOOP("ChromeReader", "conlab.lanes is not an array"),
                       [&](od::value &item, std::string_view) { return readLane(item); });
}

// The fields of one entry of conlab.lanes; `extra` holds those that are not Lane's own.
bool ConlabHeaderReader::laneField(std::string_view key, od::value &v, Lane &lane, LaneExtras &extra)
{
    std::string_view text;
    if (key == "id")
        return m_parser.integer(v, "lane id", &extra.id);
    if (key == "kind") {
        if (!m_parser.string(v, "lane kind", &text))
            return false;
        return laneKindFromName(text, &lane.kind) ||
               m_parser.fail(text.data(), QCoreApplication::translate("ChromeReader", "lane kind '%1' is unknown").arg(quotedForMessage(text)));
    }
    if (key == "name") {
        if (!m_parser.string(v, "lane name", &text))
            return false;
        lane.name = fromUtf8(text);
        return true;
    }
    if (key == "pid")
        return m_parser.integer(v, "lane pid", &lane.pid);
    if (key == "ppid")
        return m_parser.integer(v, "lane ppid", &lane.ppid);
    if (key == "tid")
        return m_parser.integer(v, "lane tid", &lane.tid);
    if (key == "parent")
        return m_parser.integer(v, "lane parent", &extra.parent);
    if (key == "chrome_pid")
        return extra.haveChromePid = m_parser.integer(v, "lane chrome_pid", &extra.chromePid);
    if (key == "chrome_tid")
        return extra.haveChromeTid = m_parser.integer(v, "lane chrome_tid", &extra.chromeTid);
    if (key == "events")
        return m_parser.integer(v, "lane events", &extra.events);
    return true;
}

bool ConlabHeaderReader::readLane(od::value &v)
{
    std::string_view start;
    if (!m_parser.token(v, &start))
        return false;
    od::object object;
    if (v.get_object().get(object) != simdjson::SUCCESS)
        return m_parser.fail(start.data(), QCoreApplication::translate("ChromeReader", "a lane in conlab.lanes is not an object"));
    Lane lane;
    LaneExtras extra;
    if (!forEachField(object, start.data(), [&](std::string_view key, od::value &field) { return laneField(key, field, lane, extra); }))
        return false;
    if (extra.id < 0 || extra.id >= kMaxLanes)
        return m_parser.fail(start.data(), QCoreApplication::translate("ChromeReader", "lane id %1 is out of range").arg(extra.id));
    if (size_t(extra.id) < m_known.size() && m_known[size_t(extra.id)])
        return m_parser.fail(start.data(), QCoreApplication::translate("ChromeReader", "lane %1 is listed twice").arg(extra.id));
    if (!extra.haveChromePid || !extra.haveChromeTid)
        return m_parser.fail(start.data(), QCoreApplication::translate("ChromeReader", "lane %1 has no chrome_pid and chrome_tid").arg(extra.id));
    if (!m_out.laneIds.emplace(std::make_pair(extra.chromePid, extra.chromeTid), int(extra.id)).second)
        return m_parser.fail(start.data(), QCoreApplication::translate("ChromeReader", "lane %1 shares its Chrome pid and tid with another").arg(extra.id));
    lane.id = int(extra.id);
    lane.parent = extra.parent >= 0 && extra.parent < kMaxLanes ? int(extra.parent) : -1;
    m_out.trace->setLane(lane);
    if (m_known.size() <= size_t(lane.id)) {
        m_known.resize(size_t(lane.id) + 1);
        m_out.laneEvents.resize(size_t(lane.id) + 1);
    }
    // Only a hint: a lane's storage is reserved from it, so it must not be absurd.
    m_out.laneEvents[size_t(lane.id)] = extra.events > 0 && extra.events < (qint64(1) << 32) ? size_t(extra.events) : 0;
    m_known[size_t(lane.id)] = true;
    return true;
}

bool ConlabHeaderReader::readCaptions(od::value &v)
{
    m_out.trace->captions.clear();
    m_captionOffsets.clear();
    return forEachItem(v, QT_TRANSLATE_NOOP("ChromeReader", "conlab.captions is not an array"),
                       [&](od::value &item, std::string_view start) {
                           if (m_out.trace->captions.size() == kMaxCaptions)
                               return m_parser.fail(start.data(), QCoreApplication::translate("ChromeReader", "conlab.captions holds more than %1 captions").arg(kMaxCaptions));
                           return readCaption(item);
                       });
}

bool ConlabHeaderReader::readCaption(od::value &v)
{
    std::string_view start, text;
    if (!m_parser.token(v, &start))
        return false;
    const int number = int(m_out.trace->captions.size()) + 1; // as a person counts them
    od::object object;
    if (v.get_object().get(object) != simdjson::SUCCESS)
        return m_parser.fail(start.data(), QCoreApplication::translate("ChromeReader", "caption %1 is not an object").arg(number));
    qint64 lane = -1, t = -1;
    QString value;
    bool haveLane = false, haveTime = false, haveText = false;
    const bool read = forEachField(object, start.data(), [&](std::string_view key, od::value &field) {
        if (key == "lane")
            return haveLane = m_parser.integer(field, "caption lane", &lane);
        if (key == "t")
            return haveTime = m_parser.integer(field, "caption t", &t);
        if (key == "text") {
            if (!(haveText = m_parser.string(field, "caption text", &text)))
                return false;
            value = fromUtf8(text); // now: the parser's buffer may hold the next key's text after it
        }
        return true;
    });
    if (!read)
        return false;
    const char *missing = !haveLane ? "lane" : !haveTime ? "t" : !haveText ? "text" : nullptr;
    if (missing)
        return m_parser.fail(start.data(), QCoreApplication::translate("ChromeReader", "caption %1 has no \"%2\"").arg(number).arg(QLatin1String(missing)));
    if (t < 0)
        return m_parser.fail(start.data(), QCoreApplication::translate("ChromeReader", "caption %1: t %2 is negative").arg(number).arg(t));
    Caption caption{lane < 0 || lane > kMaxLanes ? -1 : int(lane), t, std::move(value)};
    if (caption.lane < 0)
        return m_parser.fail(start.data(), QCoreApplication::translate("ChromeReader", "caption %1: lane %2 is not one of the lanes in conlab.lanes").arg(number).arg(lane));
    if (caption.text.trimmed().isEmpty())
        return m_parser.fail(start.data(), QCoreApplication::translate("ChromeReader", "caption %1 has no text").arg(number));
    if (caption.text.size() > kMaxCaptionChars)
        return m_parser.fail(start.data(), QCoreApplication::translate("ChromeReader", "caption %1 is longer than %2 characters").arg(number).arg(kMaxCaptionChars));
    m_out.trace->captions.push_back(std::move(caption));
    m_captionOffsets.push_back(m_parser.offsetOf(start.data()));
    return true;
}

bool ConlabHeaderReader::captionsOnKnownLanes()
{
    const auto &captions = m_out.trace->captions;
    for (size_t i = 0; i < captions.size(); ++i) {
        const size_t lane = size_t(captions[i].lane);
        if (lane >= m_known.size() || !m_known[lane])
            return m_parser.failAt(m_captionOffsets[i], QCoreApplication::translate("ChromeReader", "caption %1: lane %2 is not one of the lanes in conlab.lanes")
                                                             .arg(i + 1)
                                                             .arg(captions[i].lane));
    }
    return true;
}

} // namespace

bool readConlabHeader(ChromeEventParser &parser, od::value &conlab, ConlabHeader *out)
{
    out->trace = std::make_unique<Trace>();
    return ConlabHeaderReader(parser, *out).readHeader(conlab);
}

} // namespace conlab
