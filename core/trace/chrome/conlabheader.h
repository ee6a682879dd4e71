#pragma once

// Internal to the trace reader.
#include "chromeevent.h"
#include "trace/trace.h"

#include <map>
#include <memory>
#include <vector>

namespace conlab {

// The "conlab" object of a saved run: the run's metadata, its lanes, and which Chrome pid/tid
// stands for each lane.
struct ConlabHeader
{
    std::unique_ptr<Trace> trace; // metadata and lanes, no events yet
    std::map<std::pair<qint64, qint64>, int> laneIds;
    std::vector<size_t> laneEvents; // events per lane as the writer counted them (0: unknown)
    qint64 endNs = 0;
};

// Reads it from `conlab`; false with parser.problem() set.
bool readConlabHeader(ChromeEventParser &parser, od::value &conlab, ConlabHeader *out);

} // namespace conlab
