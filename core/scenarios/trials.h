#pragma once

// Trials moved to experiments/. This name stays only for ui/histogrampainter.h, which the
// timeline painting rewrite is changing at the same time; drop it once that include says
// "experiments/trials.h".
#include "experiments/trials.h"
