#pragma once

#include <QHash>
#include <QString>

#include <deque>
#include <mutex>

namespace conlab {

// Interned labels: events carry an int, the text lives here once. Thread-safe; interning
// takes a lock, so hot paths intern their labels before they start.
class StringTable
{
public:
    int intern(const QString &s);
    QString at(int id) const;
    int size() const;
    QStringList all() const;

private:
    mutable std::mutex m_mutex;
    std::deque<QString> m_strings;
    QHash<QString, int> m_ids;
};

} // namespace conlab
