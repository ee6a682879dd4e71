#pragma once

#include "stringtable.h"

#include <string_view>
#include <unordered_map>

namespace conlab {

// Interns labels while a file is read: each distinct text costs one StringTable lookup (a
// lock and a QString); every repeat is one hash of bytes the parser already holds. The views
// point into the parser's buffers, so a cache lives no longer than the document it reads.
class LabelCache
{
public:
    explicit LabelCache(StringTable &table)
        : m_table(table)
    {
    }

    int id(std::string_view text)
    {
        if (text == m_lastText && m_last >= 0)
            return m_last;
        auto it = m_ids.find(text);
        if (it == m_ids.end())
            it = m_ids.emplace(text, m_table.intern(QString::fromUtf8(text.data(), qsizetype(text.size())))).first;
        m_lastText = text;
        m_last = it->second;
        return m_last;
    }

private:
    StringTable &m_table;
    std::unordered_map<std::string_view, int> m_ids;
    std::string_view m_lastText;
    int m_last = -1;
};

} // namespace conlab
