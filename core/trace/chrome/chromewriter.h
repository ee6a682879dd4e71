#pragma once

#include "trace/trace.h"

#include <QIODevice>

namespace conlab {

// Writes a Trace as Chrome Trace Event JSON, streaming (no document tree in memory):
// state spans as `X`, marks and steps as `i`, counters as `C`, flows as `s`/`f`, Hold bands
// as async `b`/`e` with the lock as id, `M` names and sort order; `ts`/`dur` in µs with three
// decimals (exact nanoseconds). Our own fields sit under "conlab" so the run reopens exactly.
class ChromeWriter
{
public:
    // Returns false (with errorString()) if the device fails.
    bool write(const Trace &trace, QIODevice &out);
    QString errorString() const { return m_error; }

private:
    QString m_error;
};

// Convenience: the whole JSON as bytes.
QByteArray toChromeJson(const Trace &trace);

// Saves the run to `path` atomically (QSaveFile): the file is replaced only once every byte is
// written, and a failed or short write leaves what was there before. Returns an error message,
// empty on success.
QString saveChromeTrace(const Trace &trace, const QString &path);

} // namespace conlab
