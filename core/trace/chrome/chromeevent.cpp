#include "chromeevent.h"

#include "jsonnumber.h"

#include <QCoreApplication>

namespace conlab {

namespace {

std::string_view trimmed(std::string_view token)
{
    while (!token.empty() &&
           (token.back() == ' ' || token.back() == '\n' || token.back() == '\r' || token.back() == '\t'))
        token.remove_suffix(1);
    return token;
}

// Labels are short: a plain loop beats a call to memchr.
bool hasBackslash(std::string_view s)
{
    for (char c : s) {
        if (c == '\\')
            return true;
    }
    return false;
}

QString quoted(std::string_view token)
{
    return quotedForMessage(trimmed(token));
}

QString numberProblem(NumberStatus status, const char *what, std::string_view token)
{
    const QString name = QString::fromLatin1(what);
    switch (status) {
    case NumberStatus::OutOfRange:
        return QCoreApplication::translate("ChromeReader", "%1 is out of range (%2)").arg(name, quoted(token));
    case NumberStatus::NotInteger:
        return QCoreApplication::translate("ChromeReader", "%1 is not a whole number (%2)").arg(name, quoted(token));
    case NumberStatus::NotNumber:
    case NumberStatus::Ok:
        break;
    }
    return QCoreApplication::translate("ChromeReader", "%1 is not a number (%2)").arg(name, quoted(token));
}

} // namespace

QString quotedForMessage(std::string_view text)
{
    const bool cut = text.size() > 32;
    QString shown = QString::fromUtf8(text.data(), qsizetype(cut ? 32 : text.size()));
    for (QChar &c : shown) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QChar::ReplacementCharacter;
    }
    return cut ? shown + QStringLiteral("…") : shown;
}

QString describe(simdjson::error_code error)
{
    switch (error) {
    case simdjson::TAPE_ERROR:
        return QCoreApplication::translate("ChromeReader", "missing or extra commas, colons, braces or keys");
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
        return QCoreApplication::translate("ChromeReader", "the file ends inside an object or array");
    case simdjson::UNCLOSED_STRING:
        return QCoreApplication::translate("ChromeReader", "a string is never closed");
    case simdjson::UTF8_ERROR:
        return QCoreApplication::translate("ChromeReader", "the text is not valid UTF-8");
    case simdjson::DEPTH_ERROR:
        return QCoreApplication::translate("ChromeReader", "objects and arrays are nested too deeply");
    case simdjson::STRING_ERROR:
        return QCoreApplication::translate("ChromeReader", "a string has a bad escape or an unescaped control character");
    case simdjson::T_ATOM_ERROR:
    case simdjson::F_ATOM_ERROR:
    case simdjson::N_ATOM_ERROR:
        return QCoreApplication::translate("ChromeReader", "a word that is not true, false or null");
    case simdjson::NUMBER_ERROR:
        return QCoreApplication::translate("ChromeReader", "a malformed or out-of-range number");
    case simdjson::EMPTY:
        return QCoreApplication::translate("ChromeReader", "there is no JSON in it");
    case simdjson::CAPACITY:
    case simdjson::MEMALLOC:
        return QCoreApplication::translate("ChromeReader", "not enough memory to read it");
    default:
        break;
    }
    return QString::fromUtf8(simdjson::error_message(error));
}

ChromeEventParser::ChromeEventParser(od::document &doc, const char *base) : m_doc(doc), m_base(base) {}

bool ChromeEventParser::fail(const char *at, const QString &message)
{
    return failAt(at ? offsetOf(at) : -1, message);
}

bool ChromeEventParser::failAt(qint64 offset, const QString &message)
{
    m_problem = {offset, message, ReadProblem::Value};
    return false;
}

bool ChromeEventParser::jsonError(simdjson::error_code error, const char *at)
{
    const char *where = nullptr;
    if (m_doc.current_location().get(where) != simdjson::SUCCESS)
        where = at;
    m_problem = {where ? offsetOf(where) : -1, describe(error), ReadProblem::Syntax};
    return false;
}

bool ChromeEventParser::parse(od::value &&element, ChromeEvent &out)
{
    const std::string_view start = element.raw_json_token();
    out.offset = offsetOf(start.data());
    out.ph = 0;
    out.hasTs = out.hasDur = out.hasId = out.idIsNumber = false;
    out.pid = out.tid = out.ts = out.idNumber = 0;
    out.name = out.cat = out.bp = out.scope = out.id = out.dur = {};
    out.argCount = 0;
    od::object object;
    if (auto error = element.get_object().get(object)) {
        if (error == simdjson::INCORRECT_TYPE)
            return fail(start.data(), QCoreApplication::translate("ChromeReader", "not an object (%1)").arg(quoted(start)));
        return jsonError(error, start.data());
    }
    for (auto result : object) {
        if (auto error = result.error())
            return jsonError(error, start.data());
        // By reference: a copy of the field would be read back through a stalled store.
        od::field &&f = std::move(result).value_unsafe();
        if (!field(f, out))
            return false;
    }
    return true;
}

// Keys are matched as written (escaped keys are not ours and are skipped like unknown ones).
bool ChromeEventParser::field(od::field &f, ChromeEvent &out)
{
    const od::raw_json_string key = f.key();
    od::value &v = f.value();
    switch (key.raw()[0]) {
    case 'p':
        if (key.unsafe_is_equal("ph"))
            return phase(v, out);
        if (key.unsafe_is_equal("pid"))
            return rememberedInteger(v, "pid", m_pid, &out.pid);
        break;
    case 't':
        if (key.unsafe_is_equal("ts")) {
            out.hasTs = true;
            return micros(v, "ts", &out.ts);
        }
        if (key.unsafe_is_equal("tid"))
            return rememberedInteger(v, "tid", m_tid, &out.tid);
        break;
    case 'd':
        if (key.unsafe_is_equal("dur")) {
            out.hasDur = true;
            return token(v, &out.dur);
        }
        break;
    case 'n':
        if (key.unsafe_is_equal("name"))
            return string(v, "name", &out.name);
        break;
    case 'c':
        if (key.unsafe_is_equal("cat"))
            return string(v, "cat", &out.cat);
        break;
    case 'i':
        if (key.unsafe_is_equal("id"))
            return id(v, out);
        break;
    case 'a':
        if (key.unsafe_is_equal("args"))
            return readArgs(v, out);
        break;
    case 'b':
        if (key.unsafe_is_equal("bp"))
            return string(v, "bp", &out.bp);
        break;
    case 's':
        if (key.unsafe_is_equal("s"))
            return string(v, "s", &out.scope);
        break;
    default:
        break;
    }
    return true; // a field nobody reads: skipped unparsed
}

bool ChromeEventParser::phase(od::value &v, ChromeEvent &out)
{
    std::string_view t;
    if (!token(v, &t))
        return false;
    if (t.size() >= 3 && t[0] == '"' && t[2] == '"' && t[1] != '\\') { // "X": one character, no escape
        out.ph = t[1];
        return true;
    }
    std::string_view text;
    if (!string(v, "ph", &text))
        return false;
    out.ph = text.size() == 1 ? text[0] : '?';
    return true;
}

bool ChromeEventParser::string(od::value &v, const char *what, std::string_view *out)
{
    std::string_view t;
    if (!token(v, &t))
        return false;
    if (t.empty() || t[0] != '"')
        return fail(t.data(), QCoreApplication::translate("ChromeReader", "%1 is not a string (%2)").arg(QString::fromLatin1(what), quoted(t)));
    // Without escapes a string's text is its bytes in the file (UTF-8 already checked): no copy.
    const std::string_view quotedText = trimmed(t);
    if (quotedText.size() >= 2 && quotedText.back() == '"' && !hasBackslash(quotedText)) {
        *out = quotedText.substr(1, quotedText.size() - 2);
        return true;
    }
    if (auto error = v.get_string().get(*out))
        return jsonError(error, t.data());
    return true;
}

bool ChromeEventParser::integer(od::value &v, const char *what, qint64 *out)
{
    std::string_view t;
    if (!token(v, &t))
        return false;
    const NumberStatus status = parseInteger(t, out);
    return status == NumberStatus::Ok || fail(t.data(), numberProblem(status, what, t));
}

bool ChromeEventParser::micros(od::value &v, const char *what, qint64 *out)
{
    std::string_view t;
    return token(v, &t) && micros(t, what, out);
}

bool ChromeEventParser::micros(std::string_view t, const char *what, qint64 *out)
{
    const NumberStatus status = parseScaled(t, 3, out);
    return status == NumberStatus::Ok || fail(t.data(), numberProblem(status, what, t));
}

bool ChromeEventParser::rememberedInteger(od::value &v, const char *what, Remembered &last, qint64 *out)
{
    std::string_view t;
    if (!token(v, &t))
        return false;
    if (t.size() == last.text.size()) {
        size_t i = 0;
        while (i < t.size() && t[i] == last.text[i])
            ++i;
        if (i == t.size()) {
            *out = last.value;
            return true;
        }
    }
    const NumberStatus status = parseInteger(t, out);
    if (status != NumberStatus::Ok)
        return fail(t.data(), numberProblem(status, what, t));
    last = {t, *out};
    return true;
}

bool ChromeEventParser::id(od::value &v, ChromeEvent &out)
{
    std::string_view t;
    if (!token(v, &t))
        return false;
    out.hasId = true;
    if (!t.empty() && t[0] == '"')
        return string(v, "id", &out.id);
    const NumberStatus status = parseInteger(t, &out.idNumber);
    if (status != NumberStatus::Ok)
        return fail(t.data(), numberProblem(status, "id", t));
    out.idIsNumber = true;
    out.id = trimmed(t);
    return true;
}

bool ChromeEventParser::readArgs(od::value &v, ChromeEvent &out)
{
    std::string_view t;
    if (!token(v, &t))
        return false;
    od::object object;
    if (auto error = v.get_object().get(object)) {
        if (error == simdjson::INCORRECT_TYPE)
            return fail(t.data(), QCoreApplication::translate("ChromeReader", "args is not an object (%1)").arg(quoted(t)));
        return jsonError(error, t.data());
    }
    for (auto result : object) {
        if (auto error = result.error())
            return jsonError(error, t.data());
        od::field &&f = std::move(result).value_unsafe();
        if (!readArg(f, out))
            return false;
    }
    return true;
}

bool ChromeEventParser::readArg(od::field &f, ChromeEvent &out)
{
    if (out.argCount == ChromeEvent::kMaxArgs)
        return true;
    ChromeArg &arg = out.args[out.argCount];
    if (auto error = f.unescaped_key().get(arg.key))
        return jsonError(error, nullptr);
    std::string_view t;
    if (!token(f.value(), &t))
        return false;
    arg.kind = ChromeArg::Other;
    if (!t.empty() && t[0] == '"') {
        if (!string(f.value(), "an args value", &arg.text))
            return false;
        arg.kind = ChromeArg::String;
    } else if (!t.empty() && (t[0] == '-' || (t[0] >= '0' && t[0] <= '9'))) {
        if (f.value().get_double().get(arg.number) != simdjson::SUCCESS) {
            qint64 whole = 0;
            NumberStatus status = parseScaled(t, 0, &whole);
            if (status == NumberStatus::Ok)
                status = NumberStatus::OutOfRange;
            return fail(t.data(), numberProblem(status, "an args value", t));
        }
        arg.text = trimmed(t);
        arg.kind = ChromeArg::Number;
    }
    ++out.argCount; // objects, arrays, booleans: kept as Other, their contents skipped
    return true;
}

} // namespace conlab
