#pragma once

// Internal to the trace reader.
#include "chromeevent.h"
#include "chromeimport.h"
#include "chromereader.h"
#include "conlabheader.h"
#include "conlabimport.h"
#include "tracebuffer.h"

#include <memory>

namespace conlab {

// Reads one trace document held in a TraceBuffer into a ChromeReadResult: finds its form
// (object or bare array, a cut array closed), finds our "conlab" object if there is one, streams
// the events into the importer that fits, and turns any problem into one line with its offset.
class ChromeDocument
{
public:
    ChromeDocument(TraceBuffer &buffer, ChromeReadResult &result) : m_buffer(buffer), m_result(result) {}

    void run();

private:
    bool prepare(size_t *begin);
    bool readTailHeader();
    bool readObject(size_t begin);
    bool readArray();
    bool readEvents(od::value &events);
    bool finish();

    bool fail(qint64 offset, const QString &message);
    // A problem with the file's structure: located by a walk over the bytes if simdjson could not
    // say where it is; else `known` (if given) or simdjson's word for it.
    bool structural(simdjson::error_code error, const ReadProblem *known = nullptr);
    bool located(); // true if the walk over the bytes found the problem (then in m_result.error)
    bool problem(const ReadProblem &p, qint64 event = 0); // the event parser's or an importer's

    TraceBuffer &m_buffer;
    ChromeReadResult &m_result;
    od::parser m_parser;
    od::document m_doc;
    std::unique_ptr<ChromeEventParser> m_events;
    std::unique_ptr<ChromeEvent> m_event = std::make_unique<ChromeEvent>();
    std::unique_ptr<ConlabHeader> m_header; // read, events not yet
    std::unique_ptr<ConlabImport> m_conlab;
    std::unique_ptr<ChromeImport> m_foreign;
    size_t m_cut = 0; // a cut array's end, where prepare() added the ]
};
} // namespace conlab
