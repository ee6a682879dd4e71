#include "fuzztargets.h"

#include "runtime/workerprotocol.h"
#include "trace/chromereader.h"
#include "trace/chromewriter.h"

#include <QByteArrayView>

#include <cstdlib>

namespace conlab::fuzz {

namespace {

// What the fuzzer must never see: a parse that claims success for something it did not read.
void require(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

int workerLine(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    WorkerMessage m;
    if (parseWorkerLine(bytes, &m)) {
        // A message that parsed formats back to a line that parses to the same message.
        QByteArray again;
        switch (m.kind) {
        case WorkerMessage::Hello: again = formatHello(m.pid, m.ppid, m.tid); break;
        case WorkerMessage::State: again = formatState(m.t, m.state); break;
        case WorkerMessage::Print: again = formatPrint(m.t, m.text); break;
        case WorkerMessage::Counter: again = formatCounter(m.t, m.text, m.value); break;
        case WorkerMessage::Step: again = formatStep(m.t, m.code, m.text); break;
        case WorkerMessage::Exit: again = formatExit(m.t, m.code); break;
        case WorkerMessage::Result: again = formatResult(m.t, m.text, m.value); break;
        }
        if (again.endsWith('\n'))
            again.chop(1);
        WorkerMessage back;
        require(parseWorkerLine(again, &back));
        require(back.kind == m.kind && back.t == m.t);
    }
    // The same bytes as a stream: every line on its own.
    for (QByteArrayView rest = bytes; !rest.isEmpty();) {
        const qsizetype nl = rest.indexOf('\n');
        const QByteArrayView line = nl < 0 ? rest : rest.first(nl);
        WorkerMessage each;
        parseWorkerLine(line, &each);
        rest = nl < 0 ? QByteArrayView() : rest.sliced(nl + 1);
    }
    return 0;
}

int traceReader(const uint8_t *data, size_t size)
{
    const ChromeReadResult first =
        readChromeTraceBytes(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!first.ok())
        return 0;
    // Whatever opens is written again, and what is written opens to the same bytes.
    const QByteArray written = toChromeJson(first.trace);
    const ChromeReadResult second = readChromeTraceBytes(written);
    require(second.ok());
    require(toChromeJson(second.trace) == written);
    return 0;
}

} // namespace conlab::fuzz
