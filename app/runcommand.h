#pragma once

#include "commandline.h"

namespace conlab {

class Trace;

// `concurrency-lab run …`: runs the scenario headless, prints its output and a summary (or
// one JSON object), writes the export. Returns the process exit code.
int runCommand(const Command &command);

// The one JSON object of `run --json`.
QByteArray summaryJson(const Trace &trace);

} // namespace conlab
