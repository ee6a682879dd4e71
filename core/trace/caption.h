#pragma once

#include <QString>

#include <vector>

namespace conlab {

// A note a user pinned to a moment of a lane ("here the lock changes hands"). Captions belong
// to the run, not to any event: they are kept in a list on the Trace and saved with it.
struct Caption
{
    int lane = -1;
    qint64 t = 0; // nanoseconds since the run's start, as events
    QString text;

    friend bool operator==(const Caption &a, const Caption &b) = default;
};

// Longer texts and more captions than these are not believed when a file is read: a note is a
// line, and each caption is laid out at every repaint.
constexpr qsizetype kMaxCaptionChars = 1000;
constexpr size_t kMaxCaptions = 10000;

// Where a new caption goes so the list stays in time order (then lane order): files list them
// as they are in time, and captions added at the same moment keep the order they were added in.
inline size_t captionInsertIndex(const std::vector<Caption> &captions, int lane, qint64 t)
{
    size_t i = captions.size();
    while (i > 0 && (captions[i - 1].t > t || (captions[i - 1].t == t && captions[i - 1].lane > lane)))
        --i;
    return i;
}

} // namespace conlab
