#include "jsonnumber.h"

#include <cstdint>

namespace conlab {

namespace {

constexpr int kMaxDigits = 19; // 10^19 - 1 still fits in 64 bits unsigned

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// The number as mantissa · 10^exponent, split from its text following JSON's grammar.
struct Decimal
{
    uint64_t mantissa = 0;
    int64_t exponent = 0;
    bool negative = false;
    bool dropped = false; // nonzero digits past the 19 kept (only sub-unit precision is lost)
};

void addDigit(Decimal &d, char c, int *digits, bool fraction)
{
    if (*digits == 0 && c == '0') { // leading zeros carry no precision, only a place
        if (fraction)
            --d.exponent;
        return;
    }
    if (*digits < kMaxDigits) {
        d.mantissa = d.mantissa * 10 + uint64_t(c - '0');
        ++*digits;
        if (fraction)
            --d.exponent;
    } else {
        d.dropped |= c != '0';
        if (!fraction)
            ++d.exponent;
    }
}

bool split(std::string_view text, Decimal *out)
{
    const char *p = text.data();
    const char *end = p + text.size();
    while (end > p && isSpace(end[-1]))
        --end;
    Decimal d;
    int digits = 0;
    if (p < end && *p == '-') {
        d.negative = true;
        ++p;
    }
    if (p == end || !isDigit(*p) || (*p == '0' && p + 1 < end && isDigit(p[1])))
        return false;
    for (; p < end && isDigit(*p); ++p)
        addDigit(d, *p, &digits, false);
    if (p < end && *p == '.') {
        if (++p == end || !isDigit(*p))
            return false;
        for (; p < end && isDigit(*p); ++p)
            addDigit(d, *p, &digits, true);
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        ++p;
        bool minus = false;
        if (p < end && (*p == '+' || *p == '-'))
            minus = *p++ == '-';
        if (p == end || !isDigit(*p))
            return false;
        int64_t e = 0;
        for (; p < end && isDigit(*p); ++p)
            e = e < 1'000'000 ? e * 10 + (*p - '0') : e; // beyond this it is out of range anyway
        d.exponent += minus ? -e : e;
    }
    *out = d;
    return p == end;
}

constexpr uint64_t kPow10[] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000};

// The forms a trace is nearly all made of, "1234" and "1234.567": at most 18 digits, no
// exponent, nothing after but spaces. False for anything else, which the full path reads.
bool splitPlain(std::string_view text, Decimal *out)
{
    const char *p = text.data();
    const char *end = p + text.size();
    Decimal d;
    if (p < end && *p == '-') {
        d.negative = true;
        ++p;
    }
    const char *first = p;
    for (; p < end && isDigit(*p); ++p)
        d.mantissa = d.mantissa * 10 + uint64_t(*p - '0');
    int digits = int(p - first);
    if (digits == 0 || (digits > 1 && *first == '0'))
        return false;
    if (p < end && *p == '.') {
        const char *fraction = ++p;
        for (; p < end && isDigit(*p); ++p)
            d.mantissa = d.mantissa * 10 + uint64_t(*p - '0');
        if (p == fraction)
            return false;
        d.exponent = -(p - fraction);
        digits += int(p - fraction);
    }
    while (p < end && isSpace(*p))
        ++p;
    if (p != end || digits > 18)
        return false;
    *out = d;
    return true;
}

} // namespace

NumberStatus parseScaled(std::string_view text, int scale, qint64 *out)
{
    Decimal d;
    if (!splitPlain(text, &d) && !split(text, &d))
        return NumberStatus::NotNumber;
    uint64_t v = d.mantissa;
    const int64_t e = d.exponent + scale;
    if (e >= 0 && e <= 9 && v <= uint64_t(kMaxScaled) / kPow10[e]) {
        v *= kPow10[e];
        *out = d.negative ? -qint64(v) : qint64(v);
        return NumberStatus::Ok;
    }
    if (v == 0) {
        *out = 0;
        return NumberStatus::Ok;
    }
    if (e >= 0) {
        for (int64_t i = 0; i < e; ++i) {
            if (v > uint64_t(kMaxScaled) / 10)
                return NumberStatus::OutOfRange;
            v *= 10;
        }
    } else if (e < -kMaxDigits) {
        v = 0; // below half a unit: rounds to zero
    } else {
        uint64_t p = 1;
        for (int64_t i = 0; i < -e; ++i)
            p *= 10;
        const uint64_t r = v % p;
        v /= p;
        if (r >= p - r)
            ++v;
    }
    if (v > uint64_t(kMaxScaled))
        return NumberStatus::OutOfRange;
    *out = d.negative ? -qint64(v) : qint64(v);
    return NumberStatus::Ok;
}

NumberStatus parseInteger(std::string_view text, qint64 *out)
{
    Decimal d;
    if (splitPlain(text, &d) && d.exponent == 0) { // digits only: the usual pid, tid, id
        if (d.mantissa > uint64_t(kMaxScaled))
            return NumberStatus::OutOfRange;
        *out = d.negative ? -qint64(d.mantissa) : qint64(d.mantissa);
        return NumberStatus::Ok;
    }
    if (!split(text, &d))
        return NumberStatus::NotNumber;
    if (d.dropped)
        return NumberStatus::OutOfRange; // more than 19 significant digits
    qint64 rounded = 0;
    const NumberStatus s = parseScaled(text, 0, &rounded);
    if (s != NumberStatus::Ok)
        return s;
    // Whole if no digit stands below the units: either no negative exponent, or the digits
    // it cuts off are zeros.
    uint64_t v = d.mantissa;
    for (int64_t e = d.exponent; e < 0 && v; ++e) {
        if (v % 10)
            return NumberStatus::NotInteger;
        v /= 10;
    }
    *out = rounded;
    return NumberStatus::Ok;
}

} // namespace conlab
