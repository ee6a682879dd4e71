#include "savefile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace conlab {

QString saveFile(const QString &path, const std::function<bool(QIODevice &out, QString *why)> &write)
{
    auto failed = [&](const QString &why) {
        return QCoreApplication::translate("SaveFile", "cannot write %1: %2").arg(path, why);
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return failed(file.errorString());
    QString why;
    if (!write(file, &why)) {
        file.cancelWriting();
        return failed(why.isEmpty() ? file.errorString() : why);
    }
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

QString saveFile(const QString &path, const QByteArray &bytes)
{
    return saveFile(path, [&](QIODevice &out, QString *why) {
        if (out.write(bytes) == bytes.size())
            return true;
        *why = out.errorString();
        return false;
    });
}

} // namespace conlab
