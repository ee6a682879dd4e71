#include "chromereader.h"

#include "chromedocument.h"
#include "tracebuffer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace conlab {

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / double(1 << 20), 'f', 1);
}

} // namespace

QString ChromeReadStats::summary() const
{
    QStringList parts;
    if (skipped)
        parts << QCoreApplication::translate("ChromeReader", "%1 events of kinds not shown here skipped (%2)").arg(skipped).arg(skippedPhases);
    if (unclosedSpans)
        parts << QCoreApplication::translate("ChromeReader", "%1 spans without an end closed at the end of the trace").arg(unclosedSpans);
    if (cutArray)
        parts << QCoreApplication::translate("ChromeReader", "the event list has no closing ]");
    return parts.join(QStringLiteral("; "));
}

ChromeReadResult readChromeTraceBytes(QByteArrayView json)
{
    ChromeReadResult result;
    if (json.size() > kMaxTraceFileBytes) {
        result.error = QCoreApplication::translate("ChromeReader", "the trace is %1 MB; traces over %2 MB are not opened")
                           .arg(megabytes(json.size()), megabytes(kMaxTraceFileBytes));
        return result;
    }
    if (json.isEmpty()) {
        result.error = QCoreApplication::translate("ChromeReader", "the file is empty (0 bytes)");
        return result;
    }
    TraceBuffer buffer;
    if (!buffer.allocate(size_t(json.size()))) {
        result.error = QCoreApplication::translate("ChromeReader", "not enough memory to read %1 MB").arg(megabytes(json.size()));
        return result;
    }
    std::memcpy(buffer.bytes.get(), json.data(), size_t(json.size()));
    ChromeDocument(buffer, result).run();
    return result;
}

ChromeReadResult readChromeTrace(const QString &path)
{
    ChromeReadResult result;
    QFile file(path);
    if (QFileInfo(path).isDir()) {
        result.error = QCoreApplication::translate("ChromeReader", "it is a directory");
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = file.errorString();
        return result;
    }
    const qint64 size = file.size();
    if (size > kMaxTraceFileBytes) {
        result.error = QCoreApplication::translate("ChromeReader", "the file is %1 MB; files over %2 MB are not opened")
                           .arg(megabytes(size), megabytes(kMaxTraceFileBytes));
        return result;
    }
    if (size == 0) {
        result.error = QCoreApplication::translate("ChromeReader", "the file is empty (0 bytes)");
        return result;
    }
    TraceBuffer buffer;
    if (!buffer.allocate(size_t(size))) {
        result.error = QCoreApplication::translate("ChromeReader", "not enough memory to read %1 MB").arg(megabytes(size));
        return result;
    }
    for (qint64 done = 0; done < size;) {
        const qint64 n = file.read(buffer.bytes.get() + done, size - done);
        if (n <= 0) {
            result.error = QCoreApplication::translate("ChromeReader", "cannot read it: %1").arg(file.errorString());
            return result;
        }
        done += n;
    }
    ChromeDocument(buffer, result).run();
    return result;
}

} // namespace conlab
