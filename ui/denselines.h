#pragma once

#include <QLineF>

#include <vector>

namespace conlab {

// Crowded arrows as the pixel lines they become: ends snapped to every other pixel column and
// to whole rows, each such line kept once. Lines are keyed by the pair of rows they join and, in
// it, by their ends; an upright line (the common case: an arrow far shorter than a pixel) is one
// bit in a row of bits across the view, so thousands of arrows are deduplicated without sorting.
class DenseLines
{
public:
    // Upright lines between `left` and `right` are kept as bits; any others as pairs of ends.
    DenseLines(qreal left, qreal right);

    void add(const QLineF &line);
    // Deduplicates what is not kept as bits; call once, after the last add().
    void finish();
    // Distinct lines, after finish().
    size_t count() const;

    // Upright lines crossing the same rows, from `top` to `bottom`, at each of `xs`.
    struct Band
    {
        qreal top;
        qreal bottom;
        std::vector<qreal> xs;
    };
    // The distinct lines: upright ones by band (in order of their rows), the others as they were.
    void split(std::vector<Band> &bands, std::vector<QLineF> &slanted) const;
    // Every distinct line, ends as they were added.
    void lines(std::vector<QLineF> &out) const;

private:
    struct Rows
    {
        qreal y1;
        qreal y2;
        std::vector<quint64> bits; // upright lines, by (x - m_base) / 2
        std::vector<std::pair<qreal, qreal>> ends; // other lines: x1, x2
    };
    template <typename F>
    void forEachUpright(const Rows &rows, F f) const;

    qreal m_base;  // the even column of bit 0
    size_t m_slots;
    std::vector<Rows> m_rows;
    size_t m_last = 0; // lines come in runs between the same rows
};

} // namespace conlab
