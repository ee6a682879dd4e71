#pragma once

// Internal to the trace reader.
#include "chromeevent.h"
#include "conlabheader.h"
#include "labelcache.h"
#include "trace/trace.h"

#include <map>
#include <memory>
#include <vector>

namespace conlab {

// Rebuilds one of our own saved runs exactly: the "conlab" object gives the lanes (and which
// Chrome pid/tid stands for each) and the run's metadata; the events map one to one back onto
// the Trace's events, in the order the writer wrote them.
class ConlabImport
{
public:
    // `eventBytes`: the size of the events array in the file, to reserve room up front.
    ConlabImport(ChromeEventParser &parser, ConlabHeader header, size_t eventBytes);

    bool add(const ChromeEvent &e);
    qint64 skipped() const { return m_skipped; }
    Trace finish();

private:
    int laneOf(const ChromeEvent &e);
    bool smallInt(const ChromeEvent &e, qint64 v, const char *what, qint32 *out);
    bool fail(const ChromeEvent &e, const QString &message);

    ChromeEventParser &m_parser;
    ConlabHeader m_header;
    LabelCache m_labels;
    std::vector<std::vector<Event>> m_events; // per lane
    qint64 m_skipped = 0;
    qint64 m_lastPid = -1, m_lastTid = -1;
    int m_lastLane = -1;
};

} // namespace conlab
