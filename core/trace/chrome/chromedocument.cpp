#include "chromedocument.h"

#include "jsonlocate.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace conlab {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

} // namespace

bool ChromeDocument::fail(qint64 offset, const QString &message)
{
    m_result.error = offset >= 0 ? QCoreApplication::translate("ChromeReader", "at byte %1: %2").arg(offset).arg(message) : message;
    return false;
}

bool ChromeDocument::located()
{
    // Where a cut array was closed above, the problem is in what the file really holds: an
    // event cut in half, not the ] added after it.
    const std::string_view json(m_buffer.bytes.get(), m_cut ? m_cut : m_buffer.size);
    ReadProblem p;
    if (!locateProblem(json, &p))
        return false;
    m_result.error = p.message;
    return true;
}

bool ChromeDocument::structural(simdjson::error_code error, const ReadProblem *known)
{
    if (error == simdjson::UTF8_ERROR) {
        const std::string_view json(m_buffer.bytes.get(), m_buffer.size);
        m_result.error = QCoreApplication::translate("ChromeReader", "not JSON at byte %1: the text is not valid UTF-8").arg(firstInvalidUtf8(json));
        return false;
    }
    if (located())
        return false;
    if (known && known->offset >= 0)
        m_result.error = QCoreApplication::translate("ChromeReader", "not JSON at byte %1: %2").arg(known->offset).arg(known->message);
    else
        m_result.error = QCoreApplication::translate("ChromeReader", "not JSON: %1").arg(describe(error));
    return false;
}

bool ChromeDocument::problem(const ReadProblem &p, qint64 event)
{
    const QString at = p.offset >= 0 ? QCoreApplication::translate("ChromeReader", " at byte %1").arg(p.offset) : QString();
    switch (p.kind) {
    case ReadProblem::Whole:
        m_result.error = p.message;
        break;
    case ReadProblem::Syntax:
        // Unbalanced brackets and the like are named better by a walk over the bytes, which
        // also sees past a cut array's added ]; else simdjson's word for it, where it stopped.
        if (located())
            return false;
        m_result.error = event > 0 ? QCoreApplication::translate("ChromeReader", "not JSON%1 (in event %2): %3").arg(at).arg(event).arg(p.message)
                                   : QCoreApplication::translate("ChromeReader", "not JSON%1: %2").arg(at, p.message);
        break;
    case ReadProblem::Value:
        m_result.error = event > 0 ? QCoreApplication::translate("ChromeReader", "event %1%2: %3").arg(event).arg(at, p.message)
                                   : QCoreApplication::translate("ChromeReader", "the conlab object%1: %2").arg(at, p.message);
        break;
    }
    return false;
}

// Finds where the JSON starts (after a byte-order mark and spaces) and gives a bare array cut
// short its closing ]: the format allows leaving it out, so a trace cut off after a complete
// event still opens. A trailing comma before the end goes too.
bool ChromeDocument::prepare(size_t *begin)
{
    char *b = m_buffer.bytes.get();
    size_t i = 0;
    if (m_buffer.size >= 3 && std::memcmp(b, "\xef\xbb\xbf", 3) == 0)
        i = 3;
    while (i < m_buffer.size && isSpace(b[i]))
        ++i;
    if (i == m_buffer.size)
        return fail(-1, QCoreApplication::translate("ChromeReader", "not JSON: there is nothing in the file but spaces"));
    if (b[i] != '{' && b[i] != '[')
        return fail(-1, QCoreApplication::translate("ChromeReader", "not JSON at byte %1: a trace starts with { or [, this with '%2'")
                            .arg(i)
                            .arg(QString::fromUtf8(b + i, 1)));
    *begin = i;
    if (b[i] == '{')
        return true;
    size_t end = m_buffer.size;
    while (end > i && isSpace(b[end - 1]))
        --end;
    if (b[end - 1] == ']' && end - 1 > i) {
        size_t k = end - 1;
        while (k > i + 1 && isSpace(b[k - 1]))
            --k;
        if (b[k - 1] == ',')
            b[k - 1] = ' ';
        return true;
    }
    m_result.stats.cutArray = true;
    m_cut = end;
    if (end - 1 > i && b[end - 1] == ',')
        b[end - 1] = ' ';
    b[end] = ']';
    m_buffer.size = end + 1; // the padding after it was zeroed by allocate(), one byte more than needed
    return true;
}

void ChromeDocument::run()
{
    size_t begin = 0;
    if (!prepare(&begin))
        return;
    const char *json = m_buffer.bytes.get();
    if (auto error = m_parser.iterate(json + begin, m_buffer.size - begin, m_buffer.capacity - begin).get(m_doc)) {
        structural(error);
        return;
    }
    m_events = std::make_unique<ChromeEventParser>(m_doc, json);
    if (!(json[begin] == '{' ? readObject(begin) : readArray()))
        return;
    const char *after = nullptr; // simdjson reads one value and stops: more is not JSON
    if (m_doc.current_location().get(after) == simdjson::SUCCESS) {
        m_result.error = QCoreApplication::translate("ChromeReader", "not JSON at byte %1: more text after the end of the trace").arg(after - json);
        return;
    }
    finish();
}

// Our writer puts "conlab" last, after the events. Found at the end of the file first, it lets
// the events be read in one pass instead of being read past and read again after a rewind.
// Anything unexpected here only means the slower way: the main pass finds real problems.
bool ChromeDocument::readTailHeader()
{
    const char *b = m_buffer.bytes.get();
    size_t end = m_buffer.size;
    while (end > 0 && isSpace(b[end - 1]))
        --end;
    if (end == 0 || b[--end] != '}') // the top-level object's closing brace
        return true;
    const size_t window = std::min<size_t>(end, 4 << 20);
    const size_t found = std::string_view(b + end - window, window).rfind("\"conlab\"");
    if (found == std::string_view::npos)
        return true;
    size_t before = end - window + found;
    size_t j = before + 8;
    while (before > 0 && isSpace(b[before - 1]))
        --before;
    while (j < end && isSpace(b[j]))
        ++j;
    if (before == 0 || (b[before - 1] != ',' && b[before - 1] != '{') || j == end || b[j] != ':')
        return true;
    for (++j; j < end && isSpace(b[j]);)
        ++j;
    od::parser parser;
    od::document doc;
    od::value conlab;
    if (j == end || b[j] != '{' || parser.iterate(b + j, end - j, m_buffer.capacity - j).get(doc) ||
        doc.get_value().get(conlab))
        return true;
    ChromeEventParser headerParser(doc, b);
    auto header = std::make_unique<ConlabHeader>();
    if (!readConlabHeader(headerParser, conlab, header.get()))
        return headerParser.problem().kind == ReadProblem::Syntax || problem(headerParser.problem());
    m_header = std::move(header);
    return true;
}

// "conlab" may come before the events (a reformatted file with sorted keys), after them (ours,
// found by readTailHeader) or, rarely, after them out of its reach: then the events, read as a
// foreign trace's, are read again as ours.
bool ChromeDocument::readObject(size_t begin)
{
    if (!readTailHeader())
        return false;
    bool sawEvents = false;
    for (int pass = 0; pass < 2; ++pass) {
        bool again = false;
        od::object root;
        if (auto error = m_doc.get_object().get(root))
            return structural(error);
        for (auto result : root) {
            od::field f;
            std::string_view key;
            if (std::move(result).get(f) != simdjson::SUCCESS || f.unescaped_key().get(key) != simdjson::SUCCESS)
                return structural(simdjson::TAPE_ERROR);
            if (key == "conlab" && !m_header && !m_conlab) {
                auto header = std::make_unique<ConlabHeader>();
                if (!readConlabHeader(*m_events, f.value(), header.get()))
                    return problem(m_events->problem());
                m_header = std::move(header);
                again = sawEvents;
            } else if (key == "traceEvents" && !sawEvents) {
                sawEvents = true;
                if (!readEvents(f.value()))
                    return false;
            }
        }
        if (!sawEvents)
            return fail(qint64(begin), QCoreApplication::translate("ChromeReader", "the object has no traceEvents array"));
        if (!again)
            return true;
        m_foreign.reset();
        sawEvents = false;
        m_doc.rewind();
    }
    return true;
}

bool ChromeDocument::readArray()
{
    od::value root;
    if (auto error = m_doc.get_value().get(root))
        return structural(error);
    return readEvents(root);
}

bool ChromeDocument::readEvents(od::value &events)
{
    std::string_view start;
    if (!m_events->token(events, &start))
        return problem(m_events->problem());
    od::array array;
    if (auto error = events.get_array().get(array)) {
        if (error == simdjson::INCORRECT_TYPE)
            return fail(m_events->offsetOf(start.data()), QCoreApplication::translate("ChromeReader", "traceEvents is not an array"));
        return structural(error);
    }
    if (m_header) {
        m_conlab = std::make_unique<ConlabImport>(*m_events, std::move(*m_header), m_buffer.size);
        m_header.reset();
    } else {
        m_foreign = std::make_unique<ChromeImport>(*m_events);
    }
    qint64 count = 0;
    ChromeEvent &e = *m_event;
    for (auto result : array) {
        ++count;
        if (auto error = result.error()) {
            m_events->jsonError(error, nullptr);
            return problem(m_events->problem(), count);
        }
        if (!m_events->parse(std::move(result).value_unsafe(), e))
            return problem(m_events->problem(), count);
        if (!(m_conlab ? m_conlab->add(e) : m_foreign->add(e)))
            return problem(m_events->problem(), count);
    }
    m_result.stats.events = count;
    return true;
}

bool ChromeDocument::finish()
{
    ChromeReadStats &stats = m_result.stats;
    if (m_conlab) {
        stats.conlab = true;
        stats.skipped = m_conlab->skipped();
        m_result.trace = m_conlab->finish();
        return true;
    }
    stats.skipped = m_foreign->skipped();
    stats.skippedPhases = m_foreign->skippedPhases();
    m_result.trace = m_foreign->finish();
    stats.unclosedSpans = m_foreign->unclosedSpans();
    if (m_result.trace.lanes().empty())
        return fail(-1, stats.skipped ? QCoreApplication::translate("ChromeReader", "none of the %1 trace events is of a kind shown here (%2)")
                                            .arg(stats.skipped)
                                            .arg(stats.skippedPhases)
                                      : QCoreApplication::translate("ChromeReader", "the file holds no trace events"));
    return true;
}

} // namespace conlab
