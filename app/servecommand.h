#pragma once

#include "commandline.h"

namespace conlab {

// `concurrency-lab serve …`: the crawler's practice site alone, until Ctrl+C. Prints the URLs
// to paste into a crawler. Returns the process exit code.
int serveCommand(const Command &command);

} // namespace conlab
