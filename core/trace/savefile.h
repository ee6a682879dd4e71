#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <functional>

namespace conlab {

// Writes `path` atomically: the new content replaces the old only once every byte of it is
// written, and any failure leaves the old file as it was and nothing beside it. The file is
// written unbuffered, so a short write (a full disk, a file-size limit) fails the write that
// made it: through QSaveFile's own buffer the failure only reaches commit(), which does not
// report it, and a cut file would replace a whole one.
// `write` returns false with `why` set if it fails. Returns an error message, empty on success.
QString saveFile(const QString &path, const std::function<bool(QIODevice &out, QString *why)> &write);
QString saveFile(const QString &path, const QByteArray &bytes);

} // namespace conlab
