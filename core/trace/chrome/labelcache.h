#pragma once

#include "trace/stringtable.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace conlab {

// Interns labels while a file is read: each distinct text costs one StringTable lookup (a
// lock and a QString); every repeat is a hash of bytes the parser already holds and one probe
// of a small open-addressed table. The views point into the file's buffer or the parser's, so a
// cache lives no longer than the document it reads.
class LabelCache
{
public:
    explicit LabelCache(StringTable &table) : m_table(table), m_slots(64) {}

    int id(std::string_view text)
    {
        const uint64_t h = hash(text);
        for (size_t i = h & (m_slots.size() - 1);; i = (i + 1) & (m_slots.size() - 1)) {
            Slot &slot = m_slots[i];
            if (slot.id < 0)
                return insert(slot, text, h);
            if (slot.hash == h && slot.text == text)
                return slot.id;
        }
    }

private:
    struct Slot
    {
        std::string_view text;
        uint64_t hash = 0;
        int id = -1;
    };

    static uint64_t hash(std::string_view text)
    {
        uint64_t h = 14695981039346656037ull; // FNV-1a: labels are short
        for (char c : text)
            h = (h ^ uint8_t(c)) * 1099511628211ull;
        return h;
    }

    int insert(Slot &slot, std::string_view text, uint64_t h)
    {
        slot = {text, h, m_table.intern(QString::fromUtf8(text.data(), qsizetype(text.size())))};
        const int id = slot.id;
        if (++m_used * 2 > m_slots.size())
            grow();
        return id;
    }

    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        for (const Slot &s : old) {
            if (s.id < 0)
                continue;
            size_t i = s.hash & (m_slots.size() - 1);
            while (m_slots[i].id >= 0)
                i = (i + 1) & (m_slots.size() - 1);
            m_slots[i] = s;
        }
    }

    StringTable &m_table;
    std::vector<Slot> m_slots; // a power of two in size, at most half full
    size_t m_used = 0;
};

} // namespace conlab
