#pragma once

#include "trace/trace.h"

#include <QByteArrayView>
#include <QString>

namespace conlab {

// What reading a trace file found besides the Trace itself.
struct ChromeReadStats
{
    bool conlab = false;      // one of our own saved runs, rebuilt exactly
    qint64 events = 0;        // trace events in the file, metadata included
    qint64 skipped = 0;       // events of phases not shown here (e.g. samples, objects), skipped
    QString skippedPhases;    // which phases, e.g. "P ×12, O ×2"
    qint64 unclosedSpans = 0; // B events with no E, closed at the end of the trace
    bool cutArray = false;    // a bare array without its closing ] (the format allows it)

    // One line for a status bar; empty when there is nothing to say.
    QString summary() const;
};

struct ChromeReadResult
{
    Trace trace;
    // Empty on success, else one line naming the problem and its byte offset, e.g.
    // "event 17 at byte 1234: ts is not a number (\"12\")".
    QString error;
    ChromeReadStats stats;

    bool ok() const { return error.isEmpty(); }
};

// Files larger than this are refused before they are read into memory.
constexpr qint64 kMaxTraceFileBytes = qint64(1) << 30;

// Reads Chrome Trace Event JSON (simdjson, on-demand). A file this program saved (with its
// "conlab" object) comes back as exactly the Trace it was written from; a trace from another
// tool opens as lanes per (pid, tid). Both the object form {"traceEvents":[…]} and the bare
// array form, whose closing ] may be missing. Never throws; a malformed file gives an error.
ChromeReadResult readChromeTrace(const QString &path);
ChromeReadResult readChromeTraceBytes(QByteArrayView json);

} // namespace conlab
