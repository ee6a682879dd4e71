#pragma once

#include <QtGlobal>

#include <string_view>

namespace conlab {

// Exact reading of JSON numbers as scaled integers, from the number's own text: a trace's
// "ts":1234.567 in µs becomes 1234567 ns with no trip through a double, so times written
// with three decimals come back to the nanosecond, whatever their size.
enum class NumberStatus { Ok, NotNumber, OutOfRange, NotInteger };

// Reads `text` (a JSON number token, trailing whitespace allowed) times 10^scale, rounded
// to the nearest integer (halves away from zero). Results stay within ±kMaxScaled, so sums
// and differences of a few of them cannot overflow.
NumberStatus parseScaled(std::string_view text, int scale, qint64 *out);
// Like parseScaled with scale 0, but the number must be a whole one ("3", "3.0", "3e2").
NumberStatus parseInteger(std::string_view text, qint64 *out);

constexpr qint64 kMaxScaled = qint64(1) << 61; // 73 years of nanoseconds

} // namespace conlab
