#include "stringtable.h"

namespace conlab {

int StringTable::intern(const QString &s)
{
    std::lock_guard lock(m_mutex);
    auto it = m_ids.constFind(s);
    if (it != m_ids.cend())
        return it.value();
    const int id = int(m_strings.size());
    m_strings.push_back(s);
    m_ids.insert(s, id);
    return id;
}

QString StringTable::at(int id) const
{
    std::lock_guard lock(m_mutex);
    if (id < 0 || id >= int(m_strings.size()))
        return {};
    return m_strings[size_t(id)];
}

int StringTable::size() const
{
    std::lock_guard lock(m_mutex);
    return int(m_strings.size());
}

QStringList StringTable::all() const
{
    std::lock_guard lock(m_mutex);
    return QStringList(m_strings.begin(), m_strings.end());
}

} // namespace conlab
