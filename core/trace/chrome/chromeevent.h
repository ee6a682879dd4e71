#pragma once

// Internal to the trace reader: includes simdjson, which conlab_core links privately, so
// only core's own sources include this header.
#include <QString>

#include <simdjson.h>

#include <string_view>

namespace conlab {

namespace od = simdjson::ondemand;

// What went wrong, and where: a byte offset into the file.
struct ReadProblem
{
    enum Kind {
        Value,  // a value of the wrong type or range, an event that makes no sense
        Syntax, // not JSON: `message` says what simdjson found
        Whole,  // `message` is complete, offset included
    };
    qint64 offset = -1;
    QString message;
    Kind kind = Value;
};

struct ChromeArg
{
    enum Kind : quint8 { Other, Number, String };
    std::string_view key;
    std::string_view text; // String: the text; Number: the number as written
    double number = 0;     // Number
    Kind kind = Other;
};

// One trace event's fields as written, before anyone interprets them. Strings point into the
// parser's buffers and live as long as the document; times are in nanoseconds.
struct ChromeEvent
{
    static constexpr int kMaxArgs = 16;
    qint64 offset = 0; // of its '{'
    char ph = 0;       // 0: none; '?': a phase name longer than one character
    bool hasTs = false;
    bool hasDur = false;
    bool hasId = false;
    bool idIsNumber = false;
    qint64 pid = 0;
    qint64 tid = 0;
    qint64 ts = 0;
    std::string_view dur; // as written: read with ChromeEventParser::micros where it is needed
    qint64 idNumber = 0;
    std::string_view name, cat, bp, scope;
    std::string_view id; // the id as written: a number's digits or a string's text
    int argCount = 0;    // args kept, at most kMaxArgs (more are read past)
    ChromeArg args[kMaxArgs];

    const ChromeArg *arg(std::string_view key) const
    {
        for (int i = 0; i < argCount; ++i) {
            if (args[i].key == key)
                return &args[i];
        }
        return nullptr;
    }
};

// Reads trace events one at a time with simdjson's on-demand API: fields in any order, unknown
// fields skipped unread, numbers taken exactly from their text.
class ChromeEventParser
{
public:
    ChromeEventParser(od::document &doc, const char *base);

    // Reads one element of the events array. False with problem() set.
    bool parse(od::value &&element, ChromeEvent &out);
    const ReadProblem &problem() const { return m_problem; }

    // Record a problem at a position in the buffer; always false, for `return fail(…)`.
    bool fail(const char *at, const QString &message);
    // A simdjson error: placed where the parser stands if it knows, else at `at`.
    bool jsonError(simdjson::error_code error, const char *at);
    bool failAt(qint64 offset, const QString &message);
    qint64 offsetOf(const char *at) const { return qint64(at - m_base); }

    // Typed values, with a problem naming `what` if the type is wrong.
    bool string(od::value &v, const char *what, std::string_view *out);
    bool integer(od::value &v, const char *what, qint64 *out);
    // A time in µs as written (e.g. an event's dur) to nanoseconds.
    bool micros(std::string_view token, const char *what, qint64 *out);
    bool token(od::value &v, std::string_view *out)
    {
        *out = v.raw_json_token(); // the value as written, up to the next token
        return true;
    }

private:
    bool field(od::field &f, ChromeEvent &out);
    bool phase(od::value &v, ChromeEvent &out);
    bool readArgs(od::value &v, ChromeEvent &out);
    bool readArg(od::field &f, ChromeEvent &out);
    bool micros(od::value &v, const char *what, qint64 *out);
    bool id(od::value &v, ChromeEvent &out);
    // pid and tid repeat from one event to the next: the same text, the same number.
    struct Remembered
    {
        std::string_view text;
        qint64 value = 0;
    };
    bool rememberedInteger(od::value &v, const char *what, Remembered &last, qint64 *out);

    od::document &m_doc;
    const char *m_base;
    ReadProblem m_problem;
    Remembered m_pid, m_tid;
};

// A piece of the file quoted in a message: one line (control characters replaced), and cut
// short, since it may be a megabyte of digits.
QString quotedForMessage(std::string_view text);

// A simdjson error code as a sentence.
QString describe(simdjson::error_code error);

} // namespace conlab
