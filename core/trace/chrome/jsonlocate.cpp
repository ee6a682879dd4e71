#include "jsonlocate.h"

#include <QCoreApplication>

#include <vector>

namespace conlab {

namespace {

constexpr size_t kMaxDepth = 1024; // as simdjson's parser

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

bool endsWord(char c)
{
    return isSpace(c) || std::string_view(",:[]{}\"").find(c) != std::string_view::npos;
}

struct Open
{
    char bracket;
    size_t offset;
    qint64 elements = 0; // for the events array: events begun so far
    bool events = false; // this is the array of trace events
};

class Locator
{
public:
    explicit Locator(std::string_view json) : m_json(json) {}

    bool run(ReadProblem *out)
    {
        for (m_i = 0; m_i < m_json.size(); ++m_i) {
            const char c = m_json[m_i];
            if (isSpace(c))
                continue;
            if (m_done)
                return found(out, m_i, QCoreApplication::translate("ChromeReader", "not JSON at byte %1: more text after the end of the trace").arg(m_i));
            if (!step(c, out))
                return true;
        }
        if (!m_stack.empty())
            return truncated(out);
        if (!m_done)
            return found(out, m_json.size(), QCoreApplication::translate("ChromeReader", "not JSON: there is nothing in the file but spaces"));
        return false;
    }

private:
    bool found(ReadProblem *out, size_t offset, const QString &message)
    {
        out->offset = qint64(offset);
        out->message = message;
        return true;
    }

    // One token at m_i; false once a problem is recorded in `out`.
    bool step(char c, ReadProblem *out)
    {
        if (c == '"')
            return string(out);
        if (c == '{' || c == '[')
            return open(c, out);
        if (c == '}' || c == ']')
            return close(c, out);
        if (c != ',' && c != ':') { // a number or a word: to its end
            while (m_i + 1 < m_json.size() && !endsWord(m_json[m_i + 1]))
                ++m_i;
            m_done = m_stack.empty();
        }
        return true;
    }

    bool string(ReadProblem *out)
    {
        const size_t start = m_i;
        for (++m_i; m_i < m_json.size() && m_json[m_i] != '"'; ++m_i) {
            if (m_json[m_i] == '\\')
                ++m_i;
        }
        if (m_i >= m_json.size()) {
            found(out, start,
                  QCoreApplication::translate("ChromeReader", "truncated: the file ends (at byte %1) inside a string that starts at byte %2%3")
                      .arg(m_json.size())
                      .arg(start)
                      .arg(inEvent()));
            return false;
        }
        m_lastString = m_json.substr(start + 1, m_i - start - 1);
        m_done = m_stack.empty();
        return true;
    }

    bool open(char c, ReadProblem *out)
    {
        if (m_stack.size() >= kMaxDepth) {
            found(out, m_i,
                  QCoreApplication::translate("ChromeReader", "not JSON at byte %1: nested more than %2 levels deep%3").arg(m_i).arg(kMaxDepth).arg(inEvent()));
            return false;
        }
        Open o{c, m_i};
        if (!m_stack.empty() && m_stack.back().events)
            ++m_stack.back().elements;
        o.events = c == '[' && (m_stack.empty() ||
                                (m_stack.size() == 1 && m_stack[0].bracket == '{' && m_lastString == "traceEvents"));
        m_stack.push_back(o);
        return true;
    }

    bool close(char c, ReadProblem *out)
    {
        if (m_stack.empty()) {
            found(out, m_i, QCoreApplication::translate("ChromeReader", "not JSON at byte %1: '%2' closes nothing").arg(m_i).arg(QLatin1Char(c)));
            return false;
        }
        const Open &o = m_stack.back();
        if ((c == '}') != (o.bracket == '{')) {
            found(out, m_i,
                  QCoreApplication::translate("ChromeReader", "not JSON at byte %1: '%2' closes the '%3' at byte %4%5")
                      .arg(m_i)
                      .arg(QString(QLatin1Char(c)), QString(QLatin1Char(o.bracket)))
                      .arg(o.offset)
                      .arg(inEvent()));
            return false;
        }
        m_stack.pop_back();
        m_done = m_stack.empty();
        return true;
    }

    // ", in event K (which starts at byte M)" for the event the walk is in, if any.
    QString inEvent() const
    {
        for (size_t d = 1; d < m_stack.size(); ++d) {
            if (m_stack[d - 1].events)
                return QCoreApplication::translate("ChromeReader", ", in event %1 (which starts at byte %2)")
                    .arg(m_stack[d - 1].elements)
                    .arg(m_stack[d].offset);
        }
        return {};
    }

    bool truncated(ReadProblem *out)
    {
        const QString event = inEvent();
        if (!event.isEmpty())
            return found(out, m_json.size(),
                         QCoreApplication::translate("ChromeReader", "truncated: the file ends (at byte %1)%2").arg(m_json.size()).arg(event));
        return found(out, m_json.size(),
                     QCoreApplication::translate("ChromeReader", "truncated: the file ends (at byte %1) inside the '%2' at byte %3")
                         .arg(m_json.size())
                         .arg(QLatin1Char(m_stack.back().bracket))
                         .arg(m_stack.back().offset));
    }

    std::string_view m_json;
    size_t m_i = 0;
    std::vector<Open> m_stack;
    std::string_view m_lastString;
    bool m_done = false; // the root value is complete
};

// Length of the UTF-8 sequence starting with `lead` (0: not a valid lead byte).
int sequenceLength(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if (lead >= 0xc2 && lead <= 0xdf)
        return 2;
    if (lead >= 0xe0 && lead <= 0xef)
        return 3;
    if (lead >= 0xf0 && lead <= 0xf4)
        return 4;
    return 0;
}

} // namespace

bool locateProblem(std::string_view json, ReadProblem *out)
{
    return Locator(json).run(out);
}

qint64 firstInvalidUtf8(std::string_view text)
{
    const auto *s = reinterpret_cast<const unsigned char *>(text.data());
    const size_t n = text.size();
    for (size_t i = 0; i < n;) {
        const int len = sequenceLength(s[i]);
        if (len == 0 || i + size_t(len) > n)
            return qint64(i);
        for (int k = 1; k < len; ++k) {
            if ((s[i + size_t(k)] & 0xc0) != 0x80)
                return qint64(i);
        }
        // Overlong three- and four-byte forms, surrogates and code points past U+10FFFF.
        if ((s[i] == 0xe0 && s[i + 1] < 0xa0) || (s[i] == 0xed && s[i + 1] >= 0xa0) ||
            (s[i] == 0xf0 && s[i + 1] < 0x90) || (s[i] == 0xf4 && s[i + 1] >= 0x90))
            return qint64(i);
        i += size_t(len);
    }
    return -1;
}

} // namespace conlab
